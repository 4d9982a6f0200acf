/**
 * Bookings other citizens already made, so the demo looks lived in: most slots partly taken, some
 * with one place left, a few full. Deterministic per counter, date and time, so a restart shows the
 * same picture on the same day.
 */
import { bookableDays } from './calendar';
import { COUNTERS } from './counters';
import type { QueueBook } from './queue-book';

const NAMES = ['Siti Aminah', 'Budi Santoso', 'Dwi Lestari', 'Agus Wibowo', 'Rina Marlina', 'Eko Prasetyo', 'Sri Wahyuni', 'Joko Susilo', 'Nur Hidayah', 'Yusuf Maulana'];

/** A stable number in [0, 1) from a text (FNV-1a). */
function unit(text: string): number {
  let hash = 0x811c9dc5;
  for (let index = 0; index < text.length; index += 1) {
    hash ^= text.charCodeAt(index);
    hash = Math.imul(hash, 0x01000193) >>> 0;
  }
  return hash / 0x1_0000_0000;
}

/** How many places of `capacity` are already taken in one slot. */
export function seededTaken(capacity: number, key: string): number {
  const draw = unit(key);
  if (draw < 0.1) return capacity; // full
  if (draw < 0.3) return capacity - 1; // one place left
  if (draw < 0.55) return 0;
  return Math.floor(unit(`${key}#`) * (capacity - 1));
}

export function seedBookings(book: QueueBook, now: Date): void {
  let serial = 0;
  for (const day of bookableDays(now)) {
    for (const counter of COUNTERS) {
      for (const time of day.times) {
        const count = seededTaken(counter.capacity, `${counter.id}|${day.date}|${time}`);
        for (let index = 0; index < count; index += 1) {
          serial += 1;
          book.book({
            counter: counter.id,
            prefix: counter.prefix,
            capacity: counter.capacity,
            date: day.date,
            time,
            name: NAMES[serial % NAMES.length] ?? 'Warga',
            phone: `62812${String(10_000_000 + serial).slice(1)}0`,
            userId: null,
          });
        }
      }
    }
  }
}
