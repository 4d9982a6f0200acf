import { mkdtempSync, rmSync, statSync, writeFileSync, mkdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { CliError } from './cli-error';
import { configPath, loadCredentials, normaliseRegistry, saveCredentials } from './config';

describe('config', () => {
  const folders: string[] = [];
  const scratch = () => {
    const folder = mkdtempSync(join(tmpdir(), 'palapa-cli-config-'));
    folders.push(folder);
    return folder;
  };
  afterEach(() => {
    for (const folder of folders.splice(0)) rmSync(folder, { recursive: true, force: true });
  });

  it('lives under XDG_CONFIG_HOME, or ~/.config without it', () => {
    expect(configPath({ XDG_CONFIG_HOME: '/x/conf', HOME: '/home/a' })).toBe('/x/conf/palapa/config.json');
    expect(configPath({ HOME: '/home/a' })).toBe('/home/a/.config/palapa/config.json');
  });

  it('saves with mode 0600, even over an older file that anyone could read', async () => {
    const env = { XDG_CONFIG_HOME: scratch() };
    mkdirSync(join(env.XDG_CONFIG_HOME, 'palapa'));
    writeFileSync(configPath(env), '{}', { mode: 0o644 });
    await saveCredentials({ registry: 'https://portal.kota.go.id', token: 'palapa_rahasia' }, env);
    expect(statSync(configPath(env)).mode & 0o777).toBe(0o600);
    expect(await loadCredentials(env)).toEqual({ registry: 'https://portal.kota.go.id', token: 'palapa_rahasia' });
  });

  it('lets PALAPA_REGISTRY and PALAPA_TOKEN override the file', async () => {
    const env: Record<string, string> = { XDG_CONFIG_HOME: scratch() };
    await saveCredentials({ registry: 'https://lama.go.id', token: 'palapa_lama' }, env);
    env.PALAPA_TOKEN = 'palapa_baru';
    expect(await loadCredentials(env)).toEqual({ registry: 'https://lama.go.id', token: 'palapa_baru' });
    env.PALAPA_REGISTRY = 'https://baru.go.id/';
    expect(await loadCredentials(env)).toEqual({ registry: 'https://baru.go.id', token: 'palapa_baru' });
  });

  it('asks to log in when there is neither file nor environment', async () => {
    await expect(loadCredentials({ XDG_CONFIG_HOME: scratch() })).rejects.toThrow(/palapa login/);
  });

  it('refuses a corrupt file with a sentence, not a JSON parser error', async () => {
    const env = { XDG_CONFIG_HOME: scratch() };
    mkdirSync(join(env.XDG_CONFIG_HOME, 'palapa'));
    writeFileSync(configPath(env), '{ rusak');
    await expect(loadCredentials(env)).rejects.toBeInstanceOf(CliError);
  });

  it('accepts http(s) registry addresses only, without credentials in them', () => {
    expect(normaliseRegistry(' https://portal.kota.go.id/ ')).toBe('https://portal.kota.go.id');
    expect(() => normaliseRegistry('portal.kota.go.id')).toThrow(CliError);
    expect(() => normaliseRegistry('ftp://portal.kota.go.id')).toThrow(/http/);
    expect(() => normaliseRegistry('https://a:b@portal.kota.go.id')).toThrow(/password/);
  });
});
