// Between the service form's fields and the registry's service body (POST /services, PATCH /services/{slug}).
import type { LocalizedList, LocalizedText } from '@palapa/sdk';
import { SANDBOX_TOKENS } from '../services/service-detail-check';
import type { StaffService } from './console-types';

export const TEXT_FIELDS = ['processingTime', 'fee', 'product', 'complaintChannel'] as const;
export const LIST_FIELDS = ['requirements', 'procedure', 'legalBasis'] as const;

type Read = (name: string) => string;

const text = (read: Read, name: string): LocalizedText => ({ id: read(`${name}.id`).trim(), en: read(`${name}.en`).trim() });
const lines = (value: string) =>
  value
    .split('\n')
    .map((line) => line.trim())
    .filter(Boolean);
const list = (read: Read, name: string): LocalizedList => ({ id: lines(read(`${name}.id`)), en: lines(read(`${name}.en`)) });

/** The catalogue fields and standard as the API takes them; PATCH sends exactly this. */
export function catalogueBody(read: Read, kind: StaffService['kind']): Record<string, unknown> {
  const standard: Record<string, unknown> = {};
  for (const field of TEXT_FIELDS) standard[field] = text(read, field);
  for (const field of LIST_FIELDS) standard[field] = list(read, field);
  return {
    name: text(read, 'name'),
    summary: text(read, 'summary'),
    description: text(read, 'description'),
    category: read('category').trim(),
    keywords: read('keywords')
      .split(',')
      .map((keyword) => keyword.trim().toLowerCase())
      .filter(Boolean),
    ...(kind === 'link' ? { linkUrl: read('linkUrl').trim() } : {}),
    standard,
  };
}

/** POST /services: the catalogue fields plus what is fixed at creation. */
export function newServiceBody(read: Read): Record<string, unknown> {
  const kind = read('kind') as StaffService['kind'];
  const opd = read('opd').trim();
  return { slug: read('slug').trim(), kind, ...(opd ? { opd } : {}), ...catalogueBody(read, kind) };
}

/** A form field's starting value when editing `service` (empty for a new one). */
export function initialValue(service: StaffService | null, name: string): string {
  if (!service) return '';
  const [field, language] = name.split('.') as [string, 'id' | 'en' | undefined];
  const source: unknown = field in service.standard ? service.standard[field as keyof StaffService['standard']] : (service as unknown as Record<string, unknown>)[field];
  if (field === 'category') return service.category.slug;
  if (field === 'keywords') return service.keywords.join(', ');
  if (field === 'linkUrl') return service.linkUrl ?? '';
  if (!language || typeof source !== 'object' || source === null) return '';
  const value = (source as Record<string, unknown>)[language];
  return Array.isArray(value) ? value.join('\n') : typeof value === 'string' ? value : '';
}

/**
 * PUT /services/{slug}/link-embed from the admin's embed checkboxes, or null when it would change
 * nothing (the choice `service` already has), so saving the rest of the form does not touch it.
 */
export function linkEmbedBody(service: StaffService | null, embed: boolean, tokens: readonly string[]): { linkEmbed: { sandbox: string[] } | null } | null {
  const linkEmbed = embed ? { sandbox: SANDBOX_TOKENS.filter((token) => tokens.includes(token)) } : null;
  const current = service?.linkEmbed ? SANDBOX_TOKENS.filter((token) => service.linkEmbed?.sandbox.includes(token)).join(' ') : null;
  const wanted = linkEmbed ? linkEmbed.sandbox.join(' ') : null;
  return current === wanted ? null : { linkEmbed };
}
