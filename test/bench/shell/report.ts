import type { Transfer } from './network-recorder';

export const kib = (bytes: number) => bytes / 1024;
export const sum = (transfers: Transfer[], key: keyof Pick<Transfer, 'bytes' | 'gzipBytes' | 'sentBytes'>) =>
  transfers.reduce((total, t) => total + t[key], 0);
export const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? Number.NaN;

export interface Row {
  figure: string;
  measured: number;
  unit: 'KiB' | 'ms' | '';
  /** The budget (at most), or undefined for a figure shown for information. */
  budget?: number;
  note?: string;
}

const format = (value: number, unit: Row['unit']) =>
  unit === 'KiB' ? `${value.toFixed(1)} KiB` : unit === 'ms' ? `${Math.round(value)} ms` : value.toFixed(3);

/** A plain-text table: figure, measured, budget, PASS/MISS. */
export function printTable(title: string, rows: Row[]): void {
  const cells = rows.map((row) => [
    row.figure,
    format(row.measured, row.unit),
    row.budget === undefined ? '' : `≤ ${format(row.budget, row.unit)}`,
    row.budget === undefined ? '' : row.measured <= row.budget ? 'PASS' : 'MISS',
    row.note ?? '',
  ]);
  const header = ['figure', 'measured', 'budget', '', ''];
  const widths = header.map((h, i) => Math.max(h.length, ...cells.map((c) => (c[i] ?? '').length)));
  const line = (c: string[]) => '  ' + c.map((cell, i) => cell.padEnd(widths[i] ?? 0)).join('  ').trimEnd();
  console.log(`\n${title}`);
  console.log(line(header));
  console.log(line(widths.map((w) => '-'.repeat(w))));
  for (const c of cells) console.log(line(c));
}
