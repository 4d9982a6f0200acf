/**
 * Who is asking: the citizen the gateway signed for, or nobody. Identity headers without a valid
 * signature are refused outright (401), never silently read: only the gateway may set them.
 */
import { GATEWAY_HEADERS, verifyGatewaySignature, type GatewayUser } from '@palapa/sdk/gateway';

export type Caller = { kind: 'citizen'; user: GatewayUser } | { kind: 'anonymous' } | { kind: 'forged'; reason: string };

export async function callerOf(request: Request, secret: (() => Promise<string> | string) | undefined): Promise<Caller> {
  const claimsIdentity = Object.values(GATEWAY_HEADERS).some((name) => request.headers.has(name));
  if (!claimsIdentity) return { kind: 'anonymous' };
  if (!secret) return { kind: 'forged', reason: 'no_secret' };
  const url = new URL(request.url);
  const result = verifyGatewaySignature({ method: request.method, path: `${url.pathname}${url.search}`, headers: request.headers, secret: await secret() });
  return result.ok ? { kind: 'citizen', user: result.user } : { kind: 'forged', reason: result.reason };
}
