/** What the DPMPTSP queue back end answers, shared by the back end and the plugin. */
import type { LocalizedText } from '@palapa/sdk';

export interface Counter {
  /** e.g. `ktp-kk`. */
  id: string;
  /** The ticket letter, e.g. `A` for A-027. */
  prefix: string;
  name: LocalizedText;
  /** The agency at the counter, e.g. Dispendukcapil. */
  agency: string;
  /** Citizens served per 30-minute slot. */
  capacity: number;
  /** What to bring. */
  bring: LocalizedText;
}

export interface Slot {
  /** `HH:MM`, WIB. */
  time: string;
  capacity: number;
  remaining: number;
}

export interface ScheduleDay {
  /** ISO `YYYY-MM-DD`. */
  date: string;
  slots: Slot[];
}

export interface Schedule {
  counter: string;
  days: ScheduleDay[];
}

export interface Booking {
  /** What the citizen shows or cancels with, e.g. `MPP-7KQ4-X9TD`. */
  code: string;
  /** e.g. `B-027`. */
  ticket: string;
  counter: string;
  date: string;
  time: string;
  name: string;
  /** `628…`. */
  phone: string;
  status: 'aktif' | 'batal';
}

export interface MyQueue {
  user: { name: string; email: string };
  bookings: Booking[];
}

export interface BookingRequest {
  counter: string;
  date: string;
  time: string;
  name: string;
  phone: string;
}

/** The back end's error codes a citizen can act on. */
export type QueueErrorCode = 'invalid_request' | 'slot_full' | 'already_booked' | 'slot_unavailable' | 'booking_not_found' | 'already_cancelled' | 'not_signed_in' | 'not_found';
