import { z } from 'zod';

/**
 * An OPD back end's base URL: http or https, a host, no credentials (they would be forwarded to
 * every log on the way), no query or fragment (the citizen's request supplies those). Kept without
 * a trailing slash, so that `<upstream><path>` joins with exactly one.
 */
export const upstreamUrlSchema = z
  .string()
  .trim()
  .max(2000)
  .superRefine((value, ctx) => {
    const problem = upstreamUrlProblem(value);
    if (problem) ctx.addIssue({ code: 'custom', message: problem });
  })
  .transform((value) => {
    const url = new URL(value);
    return `${url.origin}${url.pathname.replace(/\/+$/, '')}`;
  });

function upstreamUrlProblem(value: string): string | null {
  if (!URL.canParse(value)) return 'must be an absolute http:// or https:// URL';
  const url = new URL(value);
  if (url.protocol !== 'http:' && url.protocol !== 'https:') return 'must be an http:// or https:// URL';
  if (!url.hostname) return 'must name a host';
  if (url.username || url.password) return 'must not contain a user name or password';
  if (url.search || url.hash || value.includes('?') || value.includes('#')) return 'must not have a query (?…) or fragment (#…)';
  if (/%2f|%5c|\\/i.test(url.pathname) || url.pathname.includes('//')) return 'must have a plain path (no encoded slashes or empty segments)';
  return null;
}
