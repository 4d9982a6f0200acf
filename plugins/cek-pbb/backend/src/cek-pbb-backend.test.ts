import { describe, expect, it } from 'vitest';
import type { PbbAnswer } from '../../src/pbb-answer';
import { fineFor, monthsLate } from './assessment';
import { createCekPbbBackend } from './cek-pbb-backend';
import { TAX_OBJECTS } from './tax-objects';

const TODAY = new Date('2026-11-23T09:00:00Z');
const app = createCekPbbBackend({ now: () => TODAY });

async function objek(nop: string) {
  const response = await app.request(`/objek/${nop}`);
  return { status: response.status, body: (await response.json()) as PbbAnswer & { error?: { code: string; message: string } } };
}

describe('the demo register', () => {
  it('holds about forty distinct Kota Mojokerto objects in its three kecamatan', () => {
    expect(TAX_OBJECTS.length).toBeGreaterThanOrEqual(40);
    expect(new Set(TAX_OBJECTS.map((object) => object.nop)).size).toBe(TAX_OBJECTS.length);
    for (const object of TAX_OBJECTS) expect(object.nop).toMatch(/^3576(010|020|030)\d{11}$/);
    expect(new Set(TAX_OBJECTS.map((object) => object.kecamatan))).toEqual(new Set(['Magersari', 'Prajurit Kulon', 'Kranggan']));
  });
});

describe('GET /objek/:nop', () => {
  it('answers a known NOP, written or bare, with the object, five years and what is owed', async () => {
    for (const nop of ['357602000500100010', '35.76.020.005.001-0001.0']) {
      const { status, body } = await objek(encodeURIComponent(nop));
      expect(status).toBe(200);
      expect(body.nop).toBe('35.76.020.005.001-0001.0');
      expect(body.owner).toBe('Su**** Ri****');
      expect(body.object).toMatchObject({ kelurahan: 'Magersari', kecamatan: 'Magersari', landArea: 180, buildingArea: 120, njop: 555_000_000 });
      expect(body.years.map((year) => year.year)).toEqual([2022, 2023, 2024, 2025, 2026]);
      expect(body.years.map((year) => year.status)).toEqual(['lunas', 'lunas', 'lunas', 'jatuh-tempo', 'jatuh-tempo']);
      expect(body.paymentChannels.length).toBeGreaterThan(0);
    }
  });

  it('assesses 0.1 % of NJOP above NJOPTKP and fines an unpaid year 1 % per started month', async () => {
    const { body } = await objek('357602000500100010');
    const current = body.years.at(-1);
    // (555,000,000 − 10,000,000) × 0.1 %; 31 Aug → 23 Nov is three started months.
    expect(current).toMatchObject({ year: 2026, dueDate: '2026-08-31', principal: 545_000, monthsLate: 3, fine: 16_350, total: 561_350, paidAt: null });
    const unpaid = body.years.filter((year) => year.status !== 'lunas');
    expect(body.outstanding.principal).toBe(unpaid.reduce((sum, year) => sum + year.principal, 0));
    expect(body.outstanding.fine).toBe(unpaid.reduce((sum, year) => sum + year.fine, 0));
    expect(body.outstanding.total).toBe(body.outstanding.principal + body.outstanding.fine);
    // A year paid late carries the interest that was paid with it; the outstanding total does not.
    const late = body.years.find((year) => year.year === 2024);
    expect(late).toMatchObject({ status: 'lunas', paidAt: '2025-01-20', monthsLate: 5 });
    expect(late?.fine).toBe(Math.round((late?.principal ?? 0) * 0.05));
  });

  it('caps the fine at 24 months and charges the higher rate above Rp 1 billion', async () => {
    const { body } = await objek('357602000600200150'); // Sri Wahyuni: five unpaid years
    const oldest = body.years[0];
    expect(oldest?.monthsLate).toBe(24);
    expect(oldest?.fine).toBe(Math.round((oldest?.principal ?? 0) * 0.24));
    const { body: large } = await objek('357601000200100050'); // Yayasan Al Hidayah: NJOP above Rp 1 billion
    const year = large.years.at(-1);
    expect(large.object.njop).toBeGreaterThan(1_000_000_000);
    expect(year?.principal).toBe(Math.round((large.object.njop - 10_000_000) * 0.002));
    expect(large.outstanding).toEqual({ principal: 0, fine: 0, total: 0 });
  });

  it.each([
    ['too few digits', '3576020005001'],
    ['letters', '35760200050010001X'],
    ['separators in the wrong places', '3576.020.005.001-00010'],
    ['another city', '351502000500100010'],
    ['an unknown kecamatan', '357609000500100010'],
  ])('refuses %s with a 400 JSON error', async (_label, nop) => {
    const { status, body } = await objek(encodeURIComponent(nop));
    expect(status).toBe(400);
    expect(body.error?.code).toBe('invalid_nop');
    expect(body.error?.message).toMatch(/NOP/);
  });

  it('answers 404 JSON for a well-formed NOP that is not registered', async () => {
    const { status, body } = await objek('357602000500109990');
    expect(status).toBe(404);
    expect(body.error).toMatchObject({ code: 'nop_not_found' });
    expect(body.error?.message).toContain('35.76.020.005.001-0999.0');
  });

  it('lists the payment channels and answers unknown paths with JSON', async () => {
    const channels = await app.request('/cara-bayar');
    expect(((await channels.json()) as { items: unknown[] }).items.length).toBeGreaterThanOrEqual(3);
    const unknown = await app.request('/tidak-ada');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('monthsLate and fineFor', () => {
  const due = new Date('2025-08-31T00:00:00Z');
  it.each([
    ['on the due date', '2025-08-31', 0],
    ['before it', '2025-07-01', 0],
    ['the day after', '2025-09-01', 1],
    ['a month later', '2025-09-30', 1],
    ['into the second month', '2025-10-01', 2],
    ['years later (capped)', '2029-01-01', 24],
  ])('counts %s', (_label, at, months) => {
    expect(monthsLate(due, new Date(`${at}T12:00:00Z`))).toBe(months);
  });

  it('charges 1 % per month of the principal, rounded to the rupiah, never past 24 %', () => {
    expect(fineFor(517_340, 15)).toBe(77_601);
    expect(fineFor(100_000, 30)).toBe(24_000);
    expect(fineFor(100_000, 0)).toBe(0);
  });
});
