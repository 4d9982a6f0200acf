import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { DataDirectoryError, openDatabase } from './client';

describe('openDatabase with a PGlite data directory', () => {
  const folders: string[] = [];
  const folder = () => {
    const path = mkdtempSync(join(tmpdir(), 'palapa-data-'));
    folders.push(path);
    return path;
  };

  afterEach(() => {
    for (const path of folders.splice(0)) rmSync(path, { recursive: true, force: true });
  });

  it('refuses a non-empty folder that is not a database, naming it and saying what to do', async () => {
    const dataDir = folder();
    writeFileSync(join(dataDir, 'notes.txt'), 'not a database');
    const error: unknown = await openDatabase({ dataDir }).then(
      (handle) => handle.close(),
      (caught: unknown) => caught,
    );
    expect(error).toBeInstanceOf(DataDirectoryError);
    if (!(error instanceof DataDirectoryError)) return;
    expect(error.name).toBe('DataDirectoryError');
    expect(error.message).toContain(dataDir);
    expect(error.message).toContain('PALAPA_DATA_DIR');
    expect(error.message).toMatch(/empty|move/);
  });

  it('creates a database in an empty folder and opens it again', async () => {
    const dataDir = folder();
    const first = await openDatabase({ dataDir });
    expect(first.driver).toBe('pglite');
    await first.close();
    const second = await openDatabase({ dataDir });
    await second.close();
  });
});
