import { Agent as HttpAgent, request as httpRequest } from 'node:http';
import { Agent as HttpsAgent, request as httpsRequest } from 'node:https';

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

// node:http rather than fetch: on this path it costs about half the CPU per call (measured with
// test/bench/gateway), and it passes bodies through as sent (no decompression and re-framing).
const agents = {
  'http:': new HttpAgent({ keepAlive: true, maxSockets: 256 }),
  'https:': new HttpsAgent({ keepAlive: true, maxSockets: 256 }),
};

export function forwardRequest(url: URL, options: ForwardOptions): Promise<UpstreamAnswer> {
  return new Promise((resolve, reject) => {
    let settled = false;
    const finish = (outcome: UpstreamAnswer | UpstreamFailure) => {
      if (settled) return;
      settled = true;
      clearTimeout(timer);
      if (outcome instanceof UpstreamFailure) {
        request.destroy();
        reject(outcome);
      } else resolve(outcome);
    };
    const tooLarge = () => new UpstreamFailure('too_large', `the answer is larger than ${options.maxResponseBytes} bytes`);
    const headers: Record<string, string> = {};
    options.headers.forEach((value, name) => {
      headers[name] = value;
    });
    if (options.body) headers['content-length'] = String(options.body.byteLength);
    // Armed before the request exists; it can only fire later, once `request` is assigned.
    const timer = setTimeout(() => finish(new UpstreamFailure('timeout', `no complete answer within ${options.timeoutMs} ms`)), options.timeoutMs);
    const send = url.protocol === 'https:' ? httpsRequest : httpRequest;
    const agent = url.protocol === 'https:' ? agents['https:'] : agents['http:'];
    const request = send(url, { method: options.method, headers, agent }, (response) => {
      const status = response.statusCode ?? 0;
      // A status a Response cannot carry (101 after all, or nonsense) is a bad answer, not a 500.
      if (status < 200 || status > 599) return finish(new UpstreamFailure('unreachable', `status ${status}`));
      if (Number(response.headers['content-length'] ?? NaN) > options.maxResponseBytes) return finish(tooLarge());
      const chunks: Buffer[] = [];
      let size = 0;
      response.on('data', (chunk: Buffer) => {
        size += chunk.byteLength;
        if (size > options.maxResponseBytes) finish(tooLarge());
        else chunks.push(chunk);
      });
      response.on('end', () => finish({ status, headers: headersOf(response.rawHeaders), body: Buffer.concat(chunks) }));
      response.on('error', (error) => finish(new UpstreamFailure('unreachable', describe(error))));
      response.on('aborted', () => finish(new UpstreamFailure('unreachable', 'the answer was cut off')));
    });
    request.on('error', (error) => finish(new UpstreamFailure('unreachable', describe(error))));
    request.end(options.body);
  });
}

/** The answer's headers as sent; a value a Headers object cannot hold is dropped, not fatal. */
function headersOf(raw: string[]): Headers {
  const headers = new Headers();
  for (let index = 0; index + 1 < raw.length; index += 2) {
    try {
      headers.append(raw[index] ?? '', raw[index + 1] ?? '');
    } catch {
      // An invalid name or value from the back end: leave it out.
    }
  }
  return headers;
}

/** The useful part of a socket error (ECONNREFUSED, ENOTFOUND, HPE_INVALID_…). */
function describe(error: unknown): string {
  const code = (error as { code?: unknown }).code;
  return typeof code === 'string' ? code : error instanceof Error ? error.message : 'unknown error';
}
