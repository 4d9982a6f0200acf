import { describe, expect, it } from 'vitest';
import { displayPhone, parseName, parsePhone } from './contact';

describe('parsePhone', () => {
  it.each([
    ['0812-3456-7890', '6281234567890'],
    ['+62 812 3456 7890', '6281234567890'],
    ['6281234567890', '6281234567890'],
    ['085 7123 456', '62857123456'],
    ['0812.3456.789.01', '62812345678901'],
  ])('reads %s as %s', (input, phone) => {
    expect(parsePhone(input)).toEqual({ ok: true, phone });
  });

  it.each([
    ['', 'empty'],
    ['   ', 'empty'],
    ['0812-34x6-7890', 'characters'],
    ['(0321) 321 123', 'characters'],
    ['0321321123', 'not-mobile'],
    ['+6512345678', 'not-mobile'],
    ['0801234567', 'not-mobile'],
    ['0812345', 'length'],
    ['0812345678901234', 'length'],
  ])('refuses %j: %s', (input, problem) => {
    expect(parsePhone(input)).toEqual({ ok: false, problem });
  });

  it('writes a stored number back the familiar way', () => {
    expect(displayPhone('6281234567890')).toBe('0812-3456-7890');
  });
});

describe('parseName', () => {
  it('keeps a real name, spaces tidied', () => {
    expect(parseName('  Siti   Nur’aini ')).toEqual({ ok: true, name: 'Siti Nur’aini' });
    expect(parseName('R. Ayu Kusuma-Dewi')).toEqual({ ok: true, name: 'R. Ayu Kusuma-Dewi' });
  });

  it.each([
    ['', 'empty'],
    ['Al', 'short'],
    ['A'.repeat(81), 'long'],
    ['<script>', 'characters'],
    ['Budi 123', 'characters'],
  ])('refuses %j: %s', (input, problem) => {
    expect(parseName(input)).toEqual({ ok: false, problem });
  });
});
