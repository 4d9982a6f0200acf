import type { LinkEmbed, LocalizedList, SandboxToken, ServiceDetail } from '@palapa/sdk';
import type { BodyValidator } from './api-client';
import { entryProblem, entryWithDefaults, isFilled, isObject, isText, textWithDefault } from './catalogue-check';

/**
 * One service's detail (`GET /api/v1/catalogue/:slug`) checked by hand, mirroring the SDK's
 * `serviceDetailSchema`, for the same reason as `catalogue-check.ts`: with zod, tapping a service
 * on a cold visit downloaded ~24 KiB gzip more before the plugin could start. Held to the SDK
 * schema by `service-detail-check.test.ts`. Like the schema, it fills the English defaults.
 */
export const serviceDetailCheck: BodyValidator<ServiceDetail> = {
  safeParse(body) {
    const problem = serviceDetailProblem(body);
    return problem === null ? { success: true, data: withDefaults(body as ServiceDetail) } : { success: false, error: { message: problem } };
  },
};

const STANDARD_TEXTS = ['processingTime', 'fee', 'product', 'complaintChannel'] as const;
const STANDARD_LISTS = ['requirements', 'procedure', 'legalBasis'] as const;

/** The first thing wrong with `value` as a service detail, or null. */
export function serviceDetailProblem(value: unknown): string | null {
  const problem = entryProblem(value);
  if (problem) return problem;
  const detail = value as Record<string, unknown>;
  if (!isText(detail.description)) return 'description';
  if (detail.linkUrl !== null && typeof detail.linkUrl !== 'string') return 'linkUrl';
  if (detail.linkEmbed !== undefined && detail.linkEmbed !== null && !isLinkEmbed(detail.linkEmbed)) return 'linkEmbed';
  const standard = detail.standard;
  if (!isObject(standard)) return 'standard';
  for (const key of STANDARD_TEXTS) if (!isText(standard[key])) return `standard.${key}`;
  for (const key of STANDARD_LISTS) if (!isList(standard[key])) return `standard.${key}`;
  return null;
}

/**
 * The SDK's `SANDBOX_TOKENS`, copied (the SDK module holding them brings zod); the test holds the
 * two lists equal. Whatever the registry says, nothing else ever reaches an iframe's sandbox.
 */
export const SANDBOX_TOKENS: readonly SandboxToken[] = [
  'allow-scripts',
  'allow-forms',
  'allow-same-origin',
  'allow-popups',
  'allow-popups-to-escape-sandbox',
  'allow-downloads',
  'allow-modals',
];
const TOKENS: ReadonlySet<unknown> = new Set(SANDBOX_TOKENS);

/** `linkEmbedSchema`: `{ sandbox }`, every token one the portal grants. */
function isLinkEmbed(value: unknown): value is LinkEmbed {
  return isObject(value) && Array.isArray(value.sandbox) && value.sandbox.every((token) => TOKENS.has(token));
}

/** `localizedListSchema`: at most 100 items of 1–1000 characters; English optional. */
function isList(value: unknown): boolean {
  const items = (list: unknown) => Array.isArray(list) && list.length <= 100 && list.every((item) => isFilled(item) && (item as string).length <= 1000);
  return isObject(value) && items(value.id) && (value.en === undefined || items(value.en));
}

function withDefaults(detail: ServiceDetail): ServiceDetail {
  const list = (value: LocalizedList) => ({ id: value.id, en: value.en ?? [] });
  const { standard } = detail;
  const texts = Object.fromEntries(STANDARD_TEXTS.map((key) => [key, textWithDefault(standard[key])]));
  const lists = Object.fromEntries(STANDARD_LISTS.map((key) => [key, list(standard[key])]));
  return {
    ...entryWithDefaults(detail),
    description: textWithDefault(detail.description),
    linkEmbed: detail.linkEmbed ?? null,
    standard: { ...standard, ...texts, ...lists },
  };
}
