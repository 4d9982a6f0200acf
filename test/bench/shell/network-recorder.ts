import { gzipSync } from 'node:zlib';
import type { CDPSession } from 'playwright-core';

export interface Transfer {
  url: string;
  type: string;
  /** Bytes on the wire as Chromium counted them (headers included; compressed if the server compressed). */
  sentBytes: number;
  /** The body's size. */
  bytes: number;
  /** The body gzipped at level 9: what a compressing server or CDN would send. Images stay as they are. */
  gzipBytes: number;
}

interface ResponseReceived {
  requestId: string;
  type?: string;
  response: { url: string; mimeType: string };
}

const COMPRESSIBLE = /javascript|json|text|css|html|svg|xml|manifest/;

/** Records every response that finishes while `action` runs, with its sizes. */
export async function recordTransfers(cdp: CDPSession, action: () => Promise<void>): Promise<Transfer[]> {
  const responses = new Map<string, ResponseReceived>();
  const finished: Array<Promise<Transfer | null>> = [];
  const onResponse = (event: ResponseReceived) => responses.set(event.requestId, event);
  const onFinished = (event: { requestId: string; encodedDataLength: number }) => {
    const received = responses.get(event.requestId);
    if (!received || received.response.url.startsWith('data:')) return;
    finished.push(
      cdp
        .send('Network.getResponseBody', { requestId: event.requestId })
        .then((body) => {
          const bytes = Buffer.from(body.body, body.base64Encoded ? 'base64' : 'utf8');
          const compressible = COMPRESSIBLE.test(received.response.mimeType);
          return {
            url: received.response.url,
            type: received.type ?? received.response.mimeType,
            sentBytes: event.encodedDataLength,
            bytes: bytes.length,
            gzipBytes: compressible ? gzipSync(bytes, { level: 9 }).length : bytes.length,
          };
        })
        // A response without a body (a 304, a redirect) still cost its headers.
        .catch(() => ({ url: received.response.url, type: received.type ?? '', sentBytes: event.encodedDataLength, bytes: 0, gzipBytes: 0 })),
    );
  };
  cdp.on('Network.responseReceived', onResponse);
  cdp.on('Network.loadingFinished', onFinished);
  try {
    await action();
  } finally {
    cdp.off('Network.responseReceived', onResponse);
    cdp.off('Network.loadingFinished', onFinished);
  }
  return (await Promise.all(finished)).filter((t): t is Transfer => t !== null);
}

export const isScript = (t: Transfer) => t.type === 'Script' || /javascript/.test(t.type) || /\.m?js(\?|$)/.test(t.url);
