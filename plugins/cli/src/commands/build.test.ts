import { describe, expect, it } from 'vitest';
import { CliError } from '../cli-error';
import { assertWithinBudget, parseBudget, sizeReport } from './build';

const files = [
  { path: 'remoteEntry.js', bytes: 22_000, gzipBytes: 7_000 },
  { path: 'assets/plugin.js', bytes: 90_000, gzipBytes: 30_000 },
];

describe('palapa build: the size budget', () => {
  it('defaults to 50 KiB and refuses a budget that is not a positive number', () => {
    expect(parseBudget(undefined)).toBe(50);
    expect(parseBudget('80')).toBe(80);
    for (const bad of ['0', '-1', 'lima', '']) expect(() => parseBudget(bad), bad).toThrow(CliError);
  });

  it('passes under the budget and fails over it with both numbers in the sentence', () => {
    expect(() => assertWithinBudget(files, 50)).not.toThrow();
    expect(() => assertWithinBudget(files, 30)).toThrow('36.1 KiB gzip loaded at mount, over the 30 KiB budget');
  });

  it('prints the heaviest file first and the gzip total', () => {
    const lines = sizeReport(files, 50).split('\n');
    expect(lines[2]).toMatch(/^assets\/plugin\.js\s+87\.9\s+29\.3$/);
    expect(lines.find((line) => line.startsWith('total'))).toMatch(/109\.4\s+36\.1$/);
    expect(lines.at(-1)).toBe('anggaran / budget: 50 KiB gzip');
  });
});
