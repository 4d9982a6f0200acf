/**
 * What a tax object owes, year by year: the PBB-P2 assessment from its NJOP and the
 * administrative interest on late years. Pure functions of the object and "now", so tests pin
 * the date and check the sums.
 */
import type { Outstanding, TaxYear } from '../../src/pbb-answer';
import type { TaxObject } from './tax-objects';

/** Non-taxable NJOP per taxpayer (NJOPTKP) in the demo city's regional regulation. */
export const NJOPTKP = 10_000_000;
/** Rates of the demo city's regulation: 0.1 % up to Rp 1 billion of NJOP, 0.2 % above. */
const RATE_LOW = 0.001;
const RATE_HIGH = 0.002;
const RATE_THRESHOLD = 1_000_000_000;
/**
 * UU No. 1 Tahun 2022 (HKPD): interest of 1 % of the tax due per month, a part of a month
 * counting as a whole one, for at most 24 months.
 */
export const FINE_RATE_PER_MONTH = 0.01;
export const FINE_MAX_MONTHS = 24;
/** Each older year was assessed this much lower per m² (the city revalues NJOP yearly). */
const YEARLY_REVALUATION = 0.05;

/** An ISO date's calendar parts, read in UTC so a server's time zone never shifts a day. */
function parts(date: Date) {
  return { y: date.getUTCFullYear(), m: date.getUTCMonth(), d: date.getUTCDate() };
}

/**
 * Whole or started months from `due` to `at`, capped at 24; zero on or before the due date.
 *
 * @example
 * monthsLate(new Date('2025-08-31'), new Date('2025-09-01')); // 1
 */
export function monthsLate(due: Date, at: Date): number {
  const a = parts(due);
  const b = parts(at);
  let months = (b.y - a.y) * 12 + (b.m - a.m);
  if (b.d > a.d) months += 1;
  return Math.min(Math.max(months, 0), FINE_MAX_MONTHS);
}

export function fineFor(principal: number, months: number): number {
  return Math.round(principal * FINE_RATE_PER_MONTH * Math.min(months, FINE_MAX_MONTHS));
}

/** NJOP of the object in `year`, `age` years before the current one, rounded to a thousand per m². */
export function njopFor(object: TaxObject, age: number): number {
  const factor = 1 - YEARLY_REVALUATION * age;
  const perM2 = (value: number) => Math.round((value * factor) / 1000) * 1000;
  return object.landArea * perM2(object.landValuePerM2) + object.buildingArea * perM2(object.buildingValuePerM2);
}

export function principalFor(njop: number): number {
  const taxable = Math.max(njop - NJOPTKP, 0);
  return Math.round(taxable * (njop > RATE_THRESHOLD ? RATE_HIGH : RATE_LOW));
}

const iso = (date: Date) => date.toISOString().slice(0, 10);

/** The last five tax years of `object`, oldest first, as they stand on `now`. */
export function assessYears(object: TaxObject, now: Date): TaxYear[] {
  const currentYear = now.getUTCFullYear();
  return object.history.map((mark, index) => {
    const age = object.history.length - 1 - index;
    const year = currentYear - age;
    const due = new Date(Date.UTC(year, 7, 31));
    const njop = njopFor(object, age);
    const principal = principalFor(njop);
    if (mark === 'U') {
      const months = monthsLate(due, now);
      const fine = fineFor(principal, months);
      return { year, dueDate: iso(due), njop, principal, status: months > 0 ? 'jatuh-tempo' : 'belum-lunas', paidAt: null, monthsLate: months, fine, total: principal + fine };
    }
    // On time: mid-July. Late: the January after, so five months of interest were paid with it.
    // Never after today: the register does not know the future.
    const planned = mark === 'P' ? new Date(Date.UTC(year, 6, 15)) : new Date(Date.UTC(year + 1, 0, 20));
    const paid = planned > now ? now : planned;
    const months = monthsLate(due, paid);
    const fine = fineFor(principal, months);
    return { year, dueDate: iso(due), njop, principal, status: 'lunas', paidAt: iso(paid), monthsLate: months, fine, total: principal + fine };
  });
}

/** What is still owed today, over the unpaid years. */
export function outstanding(years: readonly TaxYear[]): Outstanding {
  const unpaid = years.filter((year) => year.status !== 'lunas');
  const principal = unpaid.reduce((sum, year) => sum + year.principal, 0);
  const fine = unpaid.reduce((sum, year) => sum + year.fine, 0);
  return { principal, fine, total: principal + fine };
}
