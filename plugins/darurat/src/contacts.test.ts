import { describe, expect, it } from 'vitest';
import { LOCALES } from '@palapa/sdk';
import { EMERGENCY_NUMBERS, HOSPITALS, telHref } from './contacts';
import type { Bilingual } from './strings';

const TEL_DIGITS_ONLY = /^tel:\d+$/;

function expectBilingual(text: Bilingual, where: string) {
  for (const locale of LOCALES) {
    expect(typeof text[locale], `${where} (${locale})`).toBe('string');
    expect(text[locale].trim(), `${where} (${locale})`).not.toBe('');
  }
}

describe('emergency numbers', () => {
  it('include 112, 119, 110 and 113', () => {
    const numbers = EMERGENCY_NUMBERS.map((entry) => entry.number);
    expect(numbers).toEqual(expect.arrayContaining(['112', '119', '110', '113']));
  });

  it('put 112 first', () => {
    expect(EMERGENCY_NUMBERS[0]?.number).toBe('112');
  });

  it('are listed once each', () => {
    const numbers = EMERGENCY_NUMBERS.map((entry) => entry.number);
    expect(new Set(numbers).size).toBe(numbers.length);
  });

  it.each(EMERGENCY_NUMBERS.map((entry) => [entry.number, entry] as const))('%s is complete in both languages', (number, entry) => {
    expect(entry.agency.trim()).not.toBe('');
    expectBilingual(entry.label, `${number} label`);
    expectBilingual(entry.description, `${number} description`);
  });

  it.each(EMERGENCY_NUMBERS.map((entry) => [entry.number, entry] as const))('%s dials exactly its number', (number, entry) => {
    expect(entry.href).toMatch(TEL_DIGITS_ONLY);
    expect(entry.href).toBe(`tel:${number}`);
  });
});

describe('hospitals', () => {
  it('list the hospitals of Mojokerto, each once', () => {
    expect(HOSPITALS.length).toBeGreaterThanOrEqual(7);
    const names = HOSPITALS.map((hospital) => hospital.name);
    expect(names).toContain('RSUD dr. Wahidin Sudiro Husodo');
    expect(new Set(names).size).toBe(names.length);
  });

  it.each(HOSPITALS.map((hospital) => [hospital.name, hospital] as const))('%s is complete', (name, hospital) => {
    expectBilingual(hospital.kind, `${name} kind`);
    expect(hospital.address).toMatch(/Mojokerto/);
    expect(hospital.phone).toMatch(/^\(0321\) \d{6,7}$/);
  });

  it.each(HOSPITALS.map((hospital) => [hospital.name, hospital] as const))('%s dials the number it shows', (_name, hospital) => {
    expect(hospital.href).toMatch(TEL_DIGITS_ONLY);
    expect(hospital.href).toBe(`tel:${hospital.phone.replace(/\D/g, '')}`);
  });

  it('include the puskesmas of the city', () => {
    expect(HOSPITALS.filter((hospital) => hospital.name.startsWith('Puskesmas ')).length).toBeGreaterThanOrEqual(6);
  });

  it.each(HOSPITALS.map((hospital) => [hospital.name, hospital] as const))('%s lies in or next to Kota Mojokerto', (_name, hospital) => {
    // A few kilometres around the alun-alun (-7.4726, 112.4344): enough to catch swapped or mistyped coordinates.
    expect(Math.abs(hospital.lat - -7.4726)).toBeLessThan(0.04);
    expect(Math.abs(hospital.lon - 112.4344)).toBeLessThan(0.04);
  });

  it('have distinct positions', () => {
    const positions = HOSPITALS.map((hospital) => `${hospital.lat},${hospital.lon}`);
    expect(new Set(positions).size).toBe(positions.length);
  });

  it('have distinct phone numbers, so every call button has its own test id', () => {
    const hrefs = HOSPITALS.map((hospital) => hospital.href);
    expect(new Set(hrefs).size).toBe(hrefs.length);
  });
});

describe('telHref', () => {
  it('keeps only the digits', () => {
    expect(telHref('(0321) 321-681')).toBe('tel:0321321681');
    expect(telHref('+62 321 321681')).toBe('tel:62321321681');
  });
});
