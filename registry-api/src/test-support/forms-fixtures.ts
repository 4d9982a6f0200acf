// Forms for tests: a definition with every kind of check, a form service to file against, files.
import { randomBytes, randomUUID } from 'node:crypto';
import type { SignedInClient } from './actors';
import { call, serviceBody, uniqueSlug } from './staff-api';

type Requester = { request: (path: string, init?: RequestInit) => Response | Promise<Response> };
const t = (id: string) => ({ id, en: `${id} (en)` });

/** A text, a NIK, a choice with a conditional text, and a file field (PDF/PNG/JPEG ≤ 100 KB). */
export const TEST_DEFINITION = {
  spec: 1,
  sections: [
    {
      key: 'data',
      title: t('Data'),
      fields: [
        { key: 'nama', type: 'text', label: t('Nama'), required: true, maxLength: 100 },
        { key: 'nik', type: 'nik', label: t('NIK'), required: true },
        { key: 'jenis', type: 'choice', label: t('Jenis'), required: true, options: [{ value: 'biasa', label: t('Biasa') }, { value: 'lain', label: t('Lain') }] },
        { key: 'keterangan', type: 'text', label: t('Keterangan'), required: true, visibleWhen: { field: 'jenis', anyOf: ['lain'] } },
        { key: 'berkas', type: 'file', label: t('Berkas'), required: false, accept: ['application/pdf', 'image/png', 'image/jpeg'], maxSizeKb: 100 },
      ],
    },
  ],
};

export const VALID_NIK = '3576014101900001';
export const validValues = (overrides: Record<string, unknown> = {}) => ({ nama: 'Budi Santoso', nik: VALID_NIK, jenis: 'biasa', ...overrides });

/** A new BPKPD form service with TEST_DEFINITION published as version 1. */
export async function createFormService(app: Requester, admin: SignedInClient, options: { opd?: string; processingDays?: number } = {}): Promise<string> {
  const slug = uniqueSlug('formulir');
  const created = await call(app, 'POST', '/services', admin.headers, serviceBody(slug, { kind: 'form', opd: options.opd ?? 'bpkpd' }));
  if (created.status !== 201) throw new Error(`service: ${created.status} ${await created.text()}`);
  const published = await call(app, 'PUT', `/services/${slug}/form`, admin.headers, { definition: TEST_DEFINITION, processingDays: options.processingDays ?? 5 });
  if (published.status !== 201) throw new Error(`definition: ${published.status} ${await published.text()}`);
  return slug;
}

export const newKey = () => randomUUID();

export function file(app: Requester, slug: string, values: Record<string, unknown>, options: { key?: string; headers?: Record<string, string>; version?: number } = {}) {
  return call(app, 'POST', `/forms/${slug}/requests`, { 'Idempotency-Key': options.key ?? newKey(), ...options.headers }, { definitionVersion: options.version ?? 1, values });
}

export interface Filed {
  trackingCode: string;
  verifier: string;
  status: string;
  dueDate: string;
  createdAt: string;
  definitionVersion: number;
}

export async function fileOk(app: Requester, slug: string, values: Record<string, unknown> = validValues(), options: Parameters<typeof file>[3] = {}): Promise<Filed> {
  const response = await file(app, slug, values, options);
  if (response.status !== 201) throw new Error(`filing: ${response.status} ${await response.text()}`);
  return (await response.json()) as Filed;
}

/** A 1×1 PNG. */
export const PNG = Buffer.from(
  '89504e470d0a1a0a0000000d49484452000000010000000108060000001f15c4890000000d4944415478da63f8ffff3f0005fe02fea7d6a4a00000000049454e44ae426082',
  'hex',
);
export const PDF = Buffer.from('%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\ntrailer\n<< /Root 1 0 R >>\n%%EOF\n');
export const HTML = Buffer.from('<!doctype html><html><body><script>alert(1)</script></body></html>');

export function uploadBody(field: string, bytes: Uint8Array, name: string, type: string): FormData {
  const data = new FormData();
  data.set('field', field);
  data.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

export function attachmentBody(bytes: Uint8Array, name: string, type: string): FormData {
  const data = new FormData();
  data.set('file', new File([new Uint8Array(bytes)], name, { type }));
  return data;
}

/** Random bytes that are no known type, of `size`. */
export const noise = (size: number) => randomBytes(size);
