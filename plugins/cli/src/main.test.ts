// The command line as a person meets it: the real bin, as a child process, for the paths that
// fail before any network or build. Every failure is a sentence and exit code 1, never a stack.
import { execFile } from 'node:child_process';
import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const BIN = join(import.meta.dirname, '../bin/palapa.js');

function palapa(args: string[], cwd: string, env: Record<string, string> = {}) {
  return new Promise<{ code: number; stdout: string; stderr: string }>((resolve) => {
    execFile(process.execPath, [BIN, ...args], { cwd, env: { ...process.env, ...env } }, (error, stdout, stderr) =>
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr }),
    );
  });
}

const STACK_LINE = /^\s+at .+:\d+:\d+\)?$/m;

describe('palapa (the bin)', () => {
  const folder = mkdtempSync(join(tmpdir(), 'palapa-cli-main-'));
  afterAll(() => rmSync(folder, { recursive: true, force: true }));

  it('refuses an invalid slug and a missing name without a terminal', async () => {
    const bad = await palapa(['create', 'Cek_PBB'], folder);
    expect(bad.code).toBe(1);
    expect(bad.stderr).toContain('palapa: Slug "Cek_PBB" tidak valid');
    const nameless = await palapa(['create', 'cek-pbb'], folder);
    expect(nameless.code).toBe(1);
    expect(nameless.stderr).toContain('--name-id');
    expect(bad.stderr + nameless.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses to build a folder whose manifest is invalid, naming the problem, before running Vite', async () => {
    writeFileSync(
      join(folder, 'palapa.json'),
      JSON.stringify({ spec: 1, slug: 'cek-pbb', version: '1.0', name: { id: 'Cek PBB' }, remote: 'palapa_lain' }),
    );
    const run = await palapa(['build'], folder);
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('version must be semver');
    expect(run.stderr).toContain('remote must be "palapa_cek_pbb"');
    expect(run.stdout).not.toContain('building');
    expect(run.stderr).not.toMatch(STACK_LINE);
  });

  it('refuses a login without a terminal unless both flags are given', async () => {
    const run = await palapa(['login', '--registry', 'http://127.0.0.1:9'], folder, { PALAPA_TOKEN: '', XDG_CONFIG_HOME: folder });
    expect(run.code).toBe(1);
    expect(run.stderr).toContain('--token');
  });
});
