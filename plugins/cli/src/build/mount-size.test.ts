import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { importedSpecifiers, mountedFiles } from './mount-size';

describe('the JavaScript loaded at mount', () => {
  const dist = mkdtempSync(join(tmpdir(), 'palapa-cli-dist-'));
  afterAll(() => rmSync(dist, { recursive: true, force: true }));

  it('reads the import forms minifiers write', () => {
    const code = `import{t as e}from"./assets/a.js";import"./b.js";n(()=>import(\`./assets/c.js\`));import('../d.js');import x from 'lit';`;
    expect(importedSpecifiers(code)).toEqual(['./assets/a.js', './b.js', './assets/c.js', '../d.js']);
  });

  it('follows static and dynamic imports from the entry, skips shared fallbacks and unreachable files', async () => {
    mkdirSync(join(dist, 'assets'));
    writeFileSync(join(dist, 'remoteEntry.js'), `import{a}from"./assets/runtime.js";const p=()=>import(\`./assets/plugin.js\`);`);
    writeFileSync(join(dist, 'assets/runtime.js'), 'export const a = 1; import("./x__prebuild__lit.js");');
    // Relative to its own folder, as the browser resolves it.
    writeFileSync(join(dist, 'assets/plugin.js'), `import"./runtime.js";import"./view.js";`);
    writeFileSync(join(dist, 'assets/view.js'), 'x'.repeat(5000));
    writeFileSync(join(dist, 'assets/x__prebuild__lit.js'), 'lit copy the shell replaces');
    writeFileSync(join(dist, 'assets/unused.js'), 'never imported');
    const files = await mountedFiles(dist, 'remoteEntry.js');
    expect(files.map((file) => file.path)).toEqual(['remoteEntry.js', 'assets/runtime.js', 'assets/plugin.js', 'assets/view.js']);
    const view = files.find((file) => file.path === 'assets/view.js');
    expect(view?.bytes).toBe(5000);
    expect(view?.gzipBytes).toBeLessThan(100);
  });
});
