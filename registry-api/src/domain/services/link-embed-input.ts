// What an admin sends to embed a link service, and which link URLs can be embedded at all.
import { SANDBOX_TOKENS, type SandboxToken } from '@palapa/sdk';
import { z } from 'zod';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);

/**
 * Why `url` cannot be a link service's address, or null when it can: https, or plain http on
 * this machine only (an OPD developer's app on localhost), the rule external plugin origins follow.
 */
export function linkUrlProblem(url: string): string | null {
  if (!URL.canParse(url)) return 'must be an https:// URL';
  const { protocol, hostname } = new URL(url);
  if (protocol === 'https:') return null;
  if (protocol === 'http:' && LOOPBACK_HOSTS.has(hostname)) return null;
  return 'must be an https:// URL (plain http only for localhost, for development)';
}

/** The origin of a link URL, or null when it has none to compare. */
export function linkOrigin(url: string | null): string | null {
  return url !== null && URL.canParse(url) ? new URL(url).origin : null;
}

const isSandboxToken = (token: string): token is SandboxToken => (SANDBOX_TOKENS as readonly string[]).includes(token);

const sandboxTokenSchema = z
  .string()
  .max(100)
  .superRefine((token, ctx) => {
    if (isSandboxToken(token)) return;
    const shown = JSON.stringify(token.slice(0, 40));
    ctx.addIssue({
      code: 'custom',
      message: token.startsWith('allow-top-navigation')
        ? `${shown} is never allowed: an embedded app must not move the citizen's whole tab away from the portal (it asks the portal to navigate through the bridge instead)`
        : `${shown} is not a sandbox token the portal grants; choose from ${SANDBOX_TOKENS.join(', ')}`,
    });
  });

/**
 * `{ linkEmbed: { sandbox: [...] } }` embeds the service in an iframe with those sandbox tokens;
 * `{ linkEmbed: null }` stops embedding (the app opens in a new tab only). Tokens come back
 * de-duplicated, in the SDK's order, so an unchanged choice compares equal.
 */
export const linkEmbedBodySchema = z.strictObject({
  linkEmbed: z
    .strictObject({ sandbox: z.array(sandboxTokenSchema).max(SANDBOX_TOKENS.length * 2) })
    .transform(({ sandbox }) => ({ sandbox: SANDBOX_TOKENS.filter((token) => sandbox.includes(token)) }))
    .nullable()
    .describe(`the iframe's sandbox tokens (from ${SANDBOX_TOKENS.join(', ')}), or null to open the app in a new tab only`),
});
export type LinkEmbedBody = z.output<typeof linkEmbedBodySchema>;
