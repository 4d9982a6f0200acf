// The one network call of the gateway. The whole exchange (answer and body) has one deadline and
// the body a size cap, so the citizen always gets a JSON answer: never a hung request, never a
// half-streamed body from a back end that died midway.

export interface UpstreamAnswer {
  status: number;
  headers: Headers;
  body: Uint8Array;
}

/** Why the back end gave no usable answer; the route turns it into 502 or 504. */
export class UpstreamFailure extends Error {
  constructor(
    readonly kind: 'timeout' | 'unreachable' | 'too_large',
    message: string,
  ) {
    super(message);
    this.name = 'UpstreamFailure';
  }
}

export interface ForwardOptions {
  method: string;
  headers: Headers;
  body: Uint8Array | undefined;
  timeoutMs: number;
  maxResponseBytes: number;
}

export async function forwardRequest(url: URL, options: ForwardOptions): Promise<UpstreamAnswer> {
  const signal = AbortSignal.timeout(options.timeoutMs);
  try {
    const response = await fetch(url, {
      method: options.method,
      headers: options.headers,
      body: options.body as BodyInit | undefined,
      // A redirect is the back end's answer to pass on (rewritten by the route), not ours to follow.
      redirect: 'manual',
      signal,
    });
    const body = await readCapped(response, options.maxResponseBytes);
    return { status: response.status, headers: response.headers, body };
  } catch (error) {
    if (error instanceof UpstreamFailure) throw error;
    if (signal.aborted) throw new UpstreamFailure('timeout', `no complete answer within ${options.timeoutMs} ms`);
    throw new UpstreamFailure('unreachable', describe(error));
  }
}

async function readCapped(response: Response, maxBytes: number): Promise<Uint8Array> {
  const declared = Number(response.headers.get('content-length') ?? NaN);
  if (declared > maxBytes) {
    await response.body?.cancel().catch(() => {});
    throw new UpstreamFailure('too_large', `the answer is larger than ${maxBytes} bytes`);
  }
  if (!response.body) return new Uint8Array();
  const chunks: Uint8Array[] = [];
  let size = 0;
  for await (const chunk of response.body as unknown as AsyncIterable<Uint8Array>) {
    size += chunk.byteLength;
    if (size > maxBytes) {
      await response.body.cancel().catch(() => {});
      throw new UpstreamFailure('too_large', `the answer is larger than ${maxBytes} bytes`);
    }
    chunks.push(chunk);
  }
  return Buffer.concat(chunks);
}

/** undici hides the useful part (ECONNREFUSED, ENOTFOUND…) in `cause`. */
function describe(error: unknown): string {
  const cause = error instanceof Error && error.cause instanceof Error ? error.cause : error;
  const code = (cause as { code?: unknown }).code;
  return typeof code === 'string' ? code : cause instanceof Error ? cause.message : 'unknown error';
}
