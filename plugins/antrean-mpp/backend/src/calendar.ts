/**
 * When MPP Gajah Mada takes visitors: Monday to Friday, not on national holidays or joint leave
 * days (cuti bersama), in 30-minute slots from 08:00 to 15:00 WIB, on Friday until 11:00 (Friday
 * prayers). Bookings open for today's slots that have not started and the next 14 days.
 */

/** Western Indonesian Time, UTC+7, all year. */
const WIB_OFFSET_MS = 7 * 60 * 60 * 1000;
export const BOOKING_WINDOW_DAYS = 14;
const SLOT_MINUTES = 30;
const OPENS = 8 * 60;
const CLOSES = 15 * 60;
const FRIDAY_CLOSES = 11 * 60;

/**
 * National holidays and cuti bersama of the demo period (after the SKB of three ministers; a city
 * would load its own list). Keep sorted.
 */
export const HOLIDAYS: ReadonlyMap<string, string> = new Map([
  ['2026-08-17', 'Hari Kemerdekaan RI'],
  ['2026-08-25', 'Maulid Nabi Muhammad SAW'],
  ['2026-12-24', 'Cuti bersama Hari Raya Natal'],
  ['2026-12-25', 'Hari Raya Natal'],
  ['2027-01-01', 'Tahun Baru 2027 Masehi'],
  ['2027-02-06', 'Tahun Baru Imlek 2578 Kongzili'],
]);

/** The calendar date in Mojokerto at `now`, ISO `YYYY-MM-DD`. */
export function wibDate(now: Date): string {
  return new Date(now.getTime() + WIB_OFFSET_MS).toISOString().slice(0, 10);
}

/** Minutes since midnight in Mojokerto at `now`. */
function wibMinutes(now: Date): number {
  const shifted = new Date(now.getTime() + WIB_OFFSET_MS);
  return shifted.getUTCHours() * 60 + shifted.getUTCMinutes();
}

function addDays(iso: string, days: number): string {
  const date = new Date(`${iso}T00:00:00Z`);
  date.setUTCDate(date.getUTCDate() + days);
  return date.toISOString().slice(0, 10);
}

const pad = (value: number) => String(value).padStart(2, '0');
const clock = (minutes: number) => `${pad(Math.floor(minutes / 60))}:${pad(minutes % 60)}`;

/** The slot start times of a date (`HH:MM`), none on weekends and holidays. */
export function slotTimes(iso: string): string[] {
  const weekday = new Date(`${iso}T00:00:00Z`).getUTCDay();
  if (weekday === 0 || weekday === 6 || HOLIDAYS.has(iso)) return [];
  const closes = weekday === 5 ? FRIDAY_CLOSES : CLOSES;
  const times: string[] = [];
  for (let start = OPENS; start + SLOT_MINUTES <= closes; start += SLOT_MINUTES) times.push(clock(start));
  return times;
}

/** The dates and slot times open for booking at `now`: today's slots not yet started, then the next 14 days. */
export function bookableDays(now: Date): Array<{ date: string; times: string[] }> {
  const today = wibDate(now);
  const minutesNow = wibMinutes(now);
  const days: Array<{ date: string; times: string[] }> = [];
  for (let offset = 0; offset <= BOOKING_WINDOW_DAYS; offset += 1) {
    const date = addDays(today, offset);
    const times = slotTimes(date).filter((time) => offset > 0 || toMinutes(time) > minutesNow);
    if (times.length > 0) days.push({ date, times });
  }
  return days;
}

export function isBookable(now: Date, date: string, time: string): boolean {
  return bookableDays(now).some((day) => day.date === date && day.times.includes(time));
}

function toMinutes(time: string): number {
  const [hours = 0, minutes = 0] = time.split(':').map(Number);
  return hours * 60 + minutes;
}
