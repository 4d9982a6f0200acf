/**
 * A request's due date: its filing date in Asia/Jakarta (WIB, UTC+7 all year, no daylight saving)
 * plus the service's processing days counted Monday to Friday. Public holidays are not known here;
 * an OPD that needs them sets more processing days.
 */
const JAKARTA_OFFSET_MS = 7 * 60 * 60 * 1000;
const DAY_MS = 24 * 60 * 60 * 1000;

export function jakartaDate(at: Date): string {
  return new Date(at.getTime() + JAKARTA_OFFSET_MS).toISOString().slice(0, 10);
}

export function dueDateFor(filedAt: Date, processingDays: number): string {
  let day = new Date(`${jakartaDate(filedAt)}T00:00:00Z`);
  let left = processingDays;
  while (left > 0) {
    day = new Date(day.getTime() + DAY_MS);
    const weekday = day.getUTCDay();
    if (weekday !== 0 && weekday !== 6) left--;
  }
  return day.toISOString().slice(0, 10);
}
