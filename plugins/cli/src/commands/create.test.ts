import { parseManifest } from '@palapa/sdk';
import { mkdtempSync, readFileSync, rmSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { CliError } from '../cli-error';
import { pluginFiles, tagNameFor } from '../scaffold/plugin-template';
import { assertSlug, resolveTemplateInput, titleFromSlug, writePlugin } from './create';

describe('palapa create', () => {
  const scratch = mkdtempSync(join(tmpdir(), 'palapa-cli-create-'));
  afterAll(() => rmSync(scratch, { recursive: true, force: true }));

  it('validates the slug with the SDK rules', () => {
    expect(() => assertSlug('cek-pbb')).not.toThrow();
    for (const bad of ['Cek-PBB', 'cek_pbb', '-cek', 'cek--pbb', 'a'.repeat(65), '']) {
      expect(() => assertSlug(bad), bad).toThrow(CliError);
    }
  });

  it('without a terminal, needs --name-id unless --yes', async () => {
    await expect(resolveTemplateInput('cek-pbb', {}, false)).rejects.toThrow(/--name-id/);
    expect(await resolveTemplateInput('cek-pbb', { yes: true }, false)).toEqual({ slug: 'cek-pbb', name: { id: 'Cek Pbb', en: 'Cek Pbb' }, opd: 'OPD' });
    expect(await resolveTemplateInput('cek-pbb', { nameId: 'Cek PBB', nameEn: 'Tax check', opd: 'BPKPD' }, false)).toEqual({
      slug: 'cek-pbb',
      name: { id: 'Cek PBB', en: 'Tax check' },
      opd: 'BPKPD',
    });
    expect(titleFromSlug('antrean-mpp')).toBe('Antrean Mpp');
  });

  it('writes a manifest the SDK schema accepts, named after the slug', () => {
    const files = pluginFiles({ slug: '112-darurat', name: { id: 'Darurat "112"', en: 'Emergency' }, opd: 'Diskominfo' });
    const parsed = parseManifest(JSON.parse(files.get('palapa.json') ?? ''));
    expect(parsed.ok && parsed.manifest.remote).toBe('palapa_112_darurat');
    // A custom element name must start with a letter; a slug may not.
    expect(tagNameFor('112-darurat')).toMatch(/^[a-z][a-z0-9]*-[a-z0-9-]+$/);
    expect(files.get('src/plugin.ts')).toContain("litLifecycles('plugin-112-darurat')");
    expect(files.get('vite.config.ts')).toContain("palapaPlugin({ root: import.meta.dirname })");
    // Names land in code as string literals, quotes escaped.
    expect(files.get('src/strings.ts')).toContain('title: "Darurat \\"112\\""');
    expect([...files.keys()]).toEqual(expect.arrayContaining(['package.json', 'tsconfig.json', 'src/strings.test.ts', 'src/plugin-112-darurat.ts']));
  });

  it('writes into an empty or new folder and refuses one with files in it', async () => {
    const target = join(scratch, 'cek-pbb');
    const written = await writePlugin(target, { slug: 'cek-pbb', name: { id: 'Cek PBB', en: 'Tax check' }, opd: 'BPKPD' });
    expect(written).toContain('palapa.json');
    expect(JSON.parse(readFileSync(join(target, 'palapa.json'), 'utf8')).slug).toBe('cek-pbb');
    const busy = join(scratch, 'busy');
    mkdirSync(busy);
    writeFileSync(join(busy, 'keep.txt'), 'data');
    await expect(writePlugin(busy, { slug: 'busy', name: { id: 'B', en: 'B' }, opd: 'X' })).rejects.toThrow(/not empty/);
    expect(readFileSync(join(busy, 'keep.txt'), 'utf8')).toBe('data');
  });
});
