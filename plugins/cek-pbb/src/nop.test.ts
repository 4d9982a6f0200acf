import { describe, expect, it } from 'vitest';
import { caretForDigits, formatNop, nopDigits, parseNop } from './nop';

describe('formatNop', () => {
  it.each([
    ['', ''],
    ['3', '3'],
    ['35', '35'],
    ['357', '35.7'],
    ['3576020', '35.76.020'],
    ['357602000500', '35.76.020.005.00'],
    ['3576020005001', '35.76.020.005.001'],
    ['35760200050010', '35.76.020.005.001-0'],
    ['35760200050010001', '35.76.020.005.001-0001'],
    ['357602000500100010', '35.76.020.005.001-0001.0'],
    ['3576020005001000109999', '35.76.020.005.001-0001.0'],
    ['35.76.020.005.001-0001.0', '35.76.020.005.001-0001.0'],
  ])('writes %j as %j', (input, formatted) => {
    expect(formatNop(input)).toBe(formatted);
  });
});

describe('caretForDigits', () => {
  it('puts the caret after the same digit once separators are added', () => {
    expect(caretForDigits('35.76.020', 0)).toBe(0);
    expect(caretForDigits('35.76.020', 2)).toBe(2);
    expect(caretForDigits('35.76.020', 3)).toBe(4);
    expect(caretForDigits('35.76.020', 7)).toBe(9);
    expect(caretForDigits('35.76', 9)).toBe(5);
  });
});

describe('parseNop', () => {
  it('accepts a Kota Mojokerto NOP bare, written, or with spaces', () => {
    for (const text of ['357602000500100010', '35.76.020.005.001-0001.0', ' 35.76.020.005.001 - 0001.0 ']) {
      const parsed = parseNop(text);
      expect(parsed).toMatchObject({ ok: true, digits: '357602000500100010', formatted: '35.76.020.005.001-0001.0' });
      if (parsed.ok) expect(parsed.parts).toEqual({ province: '35', city: '76', kecamatan: '020', kelurahan: '005', block: '001', serial: '0001', type: '0' });
    }
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['35.76.O20.005.001-0001.0', 'characters'],
    ['35.76.020', 'incomplete'],
    ['3576020005001000100', 'too-long'],
    ['3576.020.005.001-00010', 'layout'],
    ['35.15.020.005.001-0001.0', 'not-mojokerto'],
    ['33.76.020.005.001-0001.0', 'not-mojokerto'],
    ['35.76.040.005.001-0001.0', 'kecamatan'],
    ['35.76.020.000.001-0001.0', 'zero-part'],
    ['35.76.020.005.001-0000.0', 'zero-part'],
  ])('refuses %j: %s', (text, problem) => {
    expect(parseNop(text)).toEqual({ ok: false, problem });
  });

  it('keeps only digits for the request', () => {
    expect(nopDigits('35.76-020 x')).toBe('3576020');
  });
});
