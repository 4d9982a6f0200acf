import { isAbsolute } from 'node:path';
import { describe, expect, it } from 'vitest';
import { loadConfig } from './config';

describe('loadConfig', () => {
  it('has defaults for a bare environment: port 8080, PGlite, the demo seed', () => {
    const config = loadConfig({});
    expect(config.port).toBe(8080);
    expect(config.host).toBe('0.0.0.0');
    expect(config.databaseUrl).toBeUndefined();
    expect(config.seed).toBe('demo');
    for (const dir of [config.dataDir, config.shellDir, config.pluginsDir]) expect(isAbsolute(dir)).toBe(true);
    expect(config.shellDir).toMatch(/shell[/\\]dist$/);
  });

  it('reads the environment', () => {
    const config = loadConfig({ PORT: '3000', DATABASE_URL: 'postgresql://db/palapa', PALAPA_SEED: 'none', PALAPA_DATA_DIR: 'rel/data' });
    expect(config).toMatchObject({ port: 3000, databaseUrl: 'postgresql://db/palapa', seed: 'none' });
    expect(isAbsolute(config.dataDir)).toBe(true);
  });

  it('treats an empty DATABASE_URL as not set', () => {
    expect(loadConfig({ DATABASE_URL: '' }).databaseUrl).toBeUndefined();
  });

  it('reads the bundle size limit and the origins OPDs may host plugin entries on', () => {
    const defaults = loadConfig({});
    expect(defaults.bundleLimits.maxCompressedBytes).toBe(10 * 1024 * 1024);
    expect(defaults.externalOrigins).toEqual([]);
    const config = loadConfig({ PALAPA_MAX_BUNDLE_MB: '2.5', PALAPA_EXTERNAL_ORIGINS: 'https://layanan.bpkpd.go.id, http://localhost:5173' });
    expect(config.bundleLimits).toMatchObject({ maxCompressedBytes: 2.5 * 1024 * 1024, maxUncompressedBytes: 12.5 * 1024 * 1024 });
    expect(config.externalOrigins).toEqual(['https://layanan.bpkpd.go.id', 'http://localhost:5173']);
  });

  it.each([
    ['PALAPA_EXTERNAL_ORIGINS', 'http://opd.example.go.id', /must use https/],
    ['PALAPA_EXTERNAL_ORIGINS', 'https://opd.example.go.id/plugins', /origin only/],
    ['PALAPA_EXTERNAL_ORIGINS', 'opd.example.go.id', /not a URL origin/],
    ['PALAPA_MAX_BUNDLE_MB', '0', /PALAPA_MAX_BUNDLE_MB/],
    ['PALAPA_MAX_BUNDLE_MB', '500', /at most 200/],
  ])('refuses %s=%s, saying why', (name, value, message) => {
    expect(() => loadConfig({ [name]: value })).toThrow(message);
  });

  it.each([
    ['PORT', 'abc'],
    ['PORT', '70000'],
    ['DATABASE_URL', 'mysql://x'],
    ['PALAPA_SEED', 'everything'],
  ])('refuses %s=%s with one sentence naming the variable', (name, value) => {
    expect(() => loadConfig({ [name]: value })).toThrow(new RegExp(`^Invalid configuration: ${name}`));
  });
});
