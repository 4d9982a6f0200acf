import type { SessionUser } from '../services/session';
import type { ConsoleStringKey } from './console-strings';

/** The console's pages under /konsol, in Indonesian like the rest of the portal's addresses. */
export type ConsoleSection =
  | { page: 'queue'; menu: 'queue' }
  | { page: 'services'; menu: 'services' }
  | { page: 'service'; menu: 'services'; slug: string }
  | { page: 'service-form'; menu: 'services'; slug: string | null }
  | { page: 'form-editor'; menu: 'services'; slug: string }
  | { page: 'requests'; menu: 'services'; slug: string }
  | { page: 'request'; menu: 'services'; slug: string; code: string }
  | { page: 'audit'; menu: 'audit' }
  | { page: 'opds'; menu: 'opds' }
  | { page: 'users'; menu: 'users' }
  | { page: 'tokens'; menu: 'tokens' }
  | { page: 'failures'; menu: 'failures' }
  | { page: 'usage'; menu: 'usage' }
  | { page: 'not-found'; menu: null };

type MenuKey = Exclude<ConsoleSection['menu'], null>;
interface MenuEntry {
  key: MenuKey;
  path: string;
  label: ConsoleStringKey;
  adminOnly: boolean;
}

const MENU: MenuEntry[] = [
  { key: 'queue', path: '/konsol/antrean', label: 'console.section.queue', adminOnly: true },
  { key: 'services', path: '/konsol/layanan', label: 'console.section.services', adminOnly: false },
  { key: 'audit', path: '/konsol/audit', label: 'console.section.audit', adminOnly: true },
  { key: 'opds', path: '/konsol/opd', label: 'console.section.opds', adminOnly: true },
  { key: 'users', path: '/konsol/pengguna', label: 'console.section.users', adminOnly: true },
  { key: 'tokens', path: '/konsol/token', label: 'console.section.tokens', adminOnly: false },
  { key: 'failures', path: '/konsol/laporan', label: 'console.section.failures', adminOnly: true },
  { key: 'usage', path: '/konsol/penggunaan', label: 'console.section.usage', adminOnly: true },
];

const SLUG = /^[a-z0-9]+(?:-[a-z0-9]+)*$/;
/** A request's tracking code, e.g. MJK-7QK4M9. */
const TRACKING_CODE = /^[A-Z0-9]{2,8}-[A-Z0-9]{4,12}$/;

export function sectionsFor(user: SessionUser): MenuEntry[] {
  return MENU.filter((entry) => user.role === 'admin' || !entry.adminOnly);
}

/** Maps the path after /konsol/ to a page; admin-only pages are not-found for publishers. */
export function resolveSection(section: string, user: SessionUser): ConsoleSection {
  const parts = section.split('/').filter(Boolean);
  const [first, second, third] = parts;
  if (!first) return user.role === 'admin' ? { page: 'queue', menu: 'queue' } : { page: 'services', menu: 'services' };
  if (first === 'layanan') {
    if (!second && parts.length === 1) return { page: 'services', menu: 'services' };
    if (second === 'baru' && parts.length === 2) return { page: 'service-form', menu: 'services', slug: null };
    if (second && SLUG.test(second) && parts.length === 2) return { page: 'service', menu: 'services', slug: second };
    if (second && SLUG.test(second) && third === 'ubah' && parts.length === 3) return { page: 'service-form', menu: 'services', slug: second };
    if (second && SLUG.test(second) && third === 'formulir' && parts.length === 3) return { page: 'form-editor', menu: 'services', slug: second };
    if (second && SLUG.test(second) && third === 'permohonan' && parts.length === 3) return { page: 'requests', menu: 'services', slug: second };
    const code = parts[3];
    if (second && SLUG.test(second) && third === 'permohonan' && code && TRACKING_CODE.test(code) && parts.length === 4) {
      return { page: 'request', menu: 'services', slug: second, code };
    }
    return { page: 'not-found', menu: null };
  }
  const entry = parts.length === 1 ? MENU.find((candidate) => candidate.path === `/konsol/${first}`) : undefined;
  if (!entry || (entry.adminOnly && user.role !== 'admin')) return { page: 'not-found', menu: null };
  return { page: entry.key, menu: entry.key } as ConsoleSection;
}
