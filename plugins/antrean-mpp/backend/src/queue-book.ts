/**
 * The queue book of the demo back end, in memory. Every check-and-write is one synchronous step
 * (no await between reading the remaining places and taking one), so on Node's single thread two
 * requests for the last place can never both get it. A real back end would do the same with a
 * row lock or a conditional UPDATE in its database.
 */
import type { Booking } from '../../src/queue-api';

export interface StoredBooking extends Booking {
  /** The signed-in citizen (gateway identity) who booked it, if any. */
  userId: string | null;
}

export type BookResult =
  | { ok: true; booking: StoredBooking }
  | { ok: false; reason: 'slot_full' | 'already_booked' };

export type CancelResult = { ok: true; booking: StoredBooking } | { ok: false; reason: 'booking_not_found' | 'already_cancelled' };

const CODE_ALPHABET = 'ABCDEFGHJKLMNPQRSTUVWXYZ23456789';

/** `MPP-XXXX-XXXX` from an alphabet without look-alikes (no 0/O, 1/I). */
export function newBookingCode(random: (count: number) => Uint8Array = (count) => crypto.getRandomValues(new Uint8Array(count))): string {
  const chars = Array.from(random(8), (byte) => CODE_ALPHABET[byte % CODE_ALPHABET.length]).join('');
  return `MPP-${chars.slice(0, 4)}-${chars.slice(4)}`;
}

const slotKey = (counter: string, date: string, time: string) => `${counter}|${date}|${time}`;

export class QueueBook {
  readonly #bookings = new Map<string, StoredBooking>();
  /** Active bookings per slot. */
  readonly #taken = new Map<string, StoredBooking[]>();
  /** Tickets handed out per counter and day; a cancelled number is never given again. */
  readonly #issued = new Map<string, number>();
  readonly #newCode: () => string;

  constructor(newCode: () => string = () => newBookingCode()) {
    this.#newCode = newCode;
  }

  taken(counter: string, date: string, time: string): number {
    return this.#taken.get(slotKey(counter, date, time))?.length ?? 0;
  }

  book(input: { counter: string; prefix: string; capacity: number; date: string; time: string; name: string; phone: string; userId: string | null }): BookResult {
    const key = slotKey(input.counter, input.date, input.time);
    const inSlot = this.#taken.get(key) ?? [];
    if (inSlot.some((booking) => booking.phone === input.phone)) return { ok: false, reason: 'already_booked' };
    if (inSlot.length >= input.capacity) return { ok: false, reason: 'slot_full' };
    const dayKey = `${input.counter}|${input.date}`;
    const number = (this.#issued.get(dayKey) ?? 0) + 1;
    this.#issued.set(dayKey, number);
    let code = this.#newCode();
    while (this.#bookings.has(code)) code = this.#newCode();
    const booking: StoredBooking = {
      code,
      ticket: `${input.prefix}-${String(number).padStart(3, '0')}`,
      counter: input.counter,
      date: input.date,
      time: input.time,
      name: input.name,
      phone: input.phone,
      status: 'aktif',
      userId: input.userId,
    };
    this.#bookings.set(code, booking);
    this.#taken.set(key, [...inSlot, booking]);
    return { ok: true, booking };
  }

  /** Only with the phone number it was booked with: a code seen over a shoulder is not enough. */
  cancel(code: string, phone: string): CancelResult {
    const booking = this.#bookings.get(code);
    if (!booking || booking.phone !== phone) return { ok: false, reason: 'booking_not_found' };
    if (booking.status === 'batal') return { ok: false, reason: 'already_cancelled' };
    booking.status = 'batal';
    const key = slotKey(booking.counter, booking.date, booking.time);
    this.#taken.set(key, (this.#taken.get(key) ?? []).filter((other) => other !== booking));
    return { ok: true, booking };
  }

  ofUser(userId: string): StoredBooking[] {
    return [...this.#bookings.values()]
      .filter((booking) => booking.userId === userId)
      .sort((a, b) => `${a.date} ${a.time}`.localeCompare(`${b.date} ${b.time}`));
  }
}

/** What leaves the back end: never the user id. */
export function publicBooking(booking: StoredBooking): Booking {
  const { userId: _userId, ...rest } = booking;
  return rest;
}
