import { parseManifest, type PluginManifest } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { containerProblem } from './federation-entry';

const manifest = (() => {
  const parsed = parseManifest({ spec: 1, slug: 'cek-pbb', version: '1.0.0', name: { id: 'Cek PBB' }, remote: 'palapa_cek_pbb' });
  if (!parsed.ok) throw new Error(parsed.problems.join());
  return parsed.manifest as PluginManifest;
})();

// The shape @module-federation/vite writes, minified.
const container = `var c={"./plugin":async()=>import("./assets/plugin-x.js")},_=\`palapa_cek_pbb\`;async function M(){return c}export{M as get,N as init};`;

describe('the federation container check', () => {
  it('accepts a container named after the slug that exports get and init and exposes ./plugin', () => {
    expect(containerProblem(container, manifest)).toBeNull();
  });

  it('refuses an entry that names another container', () => {
    expect(containerProblem(container.replace('palapa_cek_pbb', 'palapa_lain'), manifest)?.en).toMatch(/does not name the federation container "palapa_cek_pbb"/);
  });

  it('refuses an entry that is not a container (no get/init exports)', () => {
    expect(containerProblem(container.replace('export{M as get,N as init}', 'export{M as x}'), manifest)?.en).toMatch(/get and init/);
  });

  it('refuses a container that does not expose ./plugin', () => {
    expect(containerProblem(container.replace('"./plugin"', '"./lain"'), manifest)?.en).toMatch(/does not expose "\.\/plugin"/);
  });
});
