// Requests to the publishing API, for tests: bodies that pass validation and a terse caller.
import { randomBytes } from 'node:crypto';

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };

const text = (id: string) => ({ id, en: `${id} (en)` });
const list = (...items: string[]) => ({ id: items, en: items });

/** A fresh, unused service slug. */
export const uniqueSlug = (prefix = 'layanan') => `${prefix}-${randomBytes(4).toString('hex')}`;

/** A valid POST /services body for a service in the demo city's "pajak" category. */
export function serviceBody(slug: string, overrides: Record<string, unknown> = {}): Record<string, unknown> {
  return {
    slug,
    kind: 'module',
    name: text(`Layanan ${slug}`),
    summary: text('Ringkasan layanan.'),
    description: text('Deskripsi layanan yang lengkap.'),
    category: 'pajak',
    keywords: ['pajak', 'uji'],
    standard: {
      requirements: list('KTP-el'),
      procedure: list('Buka layanan', 'Isi formulir'),
      processingTime: text('1 hari kerja'),
      fee: text('Gratis'),
      product: text('Bukti layanan'),
      complaintChannel: text('Call Center 112'),
      legalBasis: list('UU 25/2009'),
    },
    ...overrides,
  };
}

/** Sends a request as `headers` (a signed-in client's, or none); a non-string body is sent as JSON. */
export function call(app: Requester, method: string, path: string, headers: Record<string, string> = {}, body?: unknown): Promise<Response> {
  const init: RequestInit = { method, headers: { ...headers } };
  if (body instanceof FormData) init.body = body;
  else if (body !== undefined) {
    init.body = typeof body === 'string' ? body : JSON.stringify(body);
    init.headers = { 'Content-Type': 'application/json', ...headers };
  }
  return Promise.resolve(app.request(`/api/v1${path}`, init));
}

export async function errorOf(response: Response): Promise<{ status: number; code: string; message: string }> {
  const body = (await response.json()) as { error?: { code: string; message: string } };
  return { status: response.status, code: body.error?.code ?? '(none)', message: body.error?.message ?? JSON.stringify(body) };
}
