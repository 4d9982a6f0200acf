import { describe, expect, it } from 'vitest';
import type { SessionUser } from '../services/session';
import { resolveSection, sectionsFor } from './console-sections';

const admin: SessionUser = { id: '1', email: 'admin@kota.go.id', name: 'Admin', role: 'admin', opd: null };
const publisher: SessionUser = { id: '2', email: 'bpkpd@kota.go.id', name: 'Tim BPKPD', role: 'publisher', opd: { slug: 'bpkpd', name: 'BPKPD' } };

describe('console sections', () => {
  it('opens the approval queue for admins and their services for publishers', () => {
    expect(resolveSection('', admin)).toEqual({ page: 'queue', menu: 'queue' });
    expect(resolveSection('', publisher)).toEqual({ page: 'services', menu: 'services' });
  });

  it('knows service pages, forms and the menu pages', () => {
    expect(resolveSection('layanan/cek-pbb', publisher)).toEqual({ page: 'service', menu: 'services', slug: 'cek-pbb' });
    expect(resolveSection('layanan/cek-pbb/ubah', publisher)).toEqual({ page: 'service-form', menu: 'services', slug: 'cek-pbb' });
    expect(resolveSection('layanan/baru', publisher)).toEqual({ page: 'service-form', menu: 'services', slug: null });
    expect(resolveSection('audit', admin)).toEqual({ page: 'audit', menu: 'audit' });
    expect(resolveSection('token', publisher)).toEqual({ page: 'tokens', menu: 'tokens' });
    expect(resolveSection('penggunaan', admin)).toEqual({ page: 'usage', menu: 'usage' });
    expect(resolveSection('penggunaan', publisher).page).toBe('not-found');
  });

  it('knows a form service\'s editor, its request inbox and one request', () => {
    expect(resolveSection('layanan/ppid/formulir', publisher)).toEqual({ page: 'form-editor', menu: 'services', slug: 'ppid' });
    expect(resolveSection('layanan/ppid/permohonan', publisher)).toEqual({ page: 'requests', menu: 'services', slug: 'ppid' });
    expect(resolveSection('layanan/ppid/permohonan/MJK-7QK4M9', publisher)).toEqual({ page: 'request', menu: 'services', slug: 'ppid', code: 'MJK-7QK4M9' });
    expect(resolveSection('layanan/ppid/permohonan/<script>', publisher).page).toBe('not-found');
    expect(resolveSection('layanan/ppid/permohonan/MJK-7QK4M9/x', publisher).page).toBe('not-found');
  });

  it('hides admin pages from publishers and refuses odd paths', () => {
    for (const path of ['audit', 'pengguna', 'opd', 'antrean', 'laporan']) expect(resolveSection(path, publisher).page).toBe('not-found');
    for (const path of ['layanan/Cek', 'layanan/a/b/c', 'audit/x', 'apa']) expect(resolveSection(path, admin).page).toBe('not-found');
    expect(sectionsFor(publisher).map((entry) => entry.key)).toEqual(['services', 'tokens']);
  });
});
