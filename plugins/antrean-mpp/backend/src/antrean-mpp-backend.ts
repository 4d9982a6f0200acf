/**
 * The DPMPTSP demo back end of Antrean MPP Gajah Mada: what the mall's queue system would answer to
 * the portal's gateway. A Hono app (no port of its own); demo-backends.ts in the registry listens
 * for it on 127.0.0.1 and approves it as the service's upstream.
 *
 *   GET  /loket                 the counters
 *   GET  /jadwal/:loket         bookable days and slots with remaining places
 *   POST /antrean               book a slot → 201, 409 slot_full / already_booked
 *   POST /antrean/:kode/batal   cancel with the phone number used
 *   GET  /saya                  the signed-in citizen (gateway signature) and their bookings
 */
import { verifyGatewaySignature, type GatewayUser } from '@palapa/sdk/gateway';
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import type { QueueErrorCode, Schedule } from '../../src/queue-api';
import { bookableDays, isBookable } from './calendar';
import { COUNTERS, findCounter } from './counters';
import { publicBooking, QueueBook } from './queue-book';
import { bookingCodeSchema, bookingRequestSchema, cancelRequestSchema, fieldProblems } from './requests';
import { seedBookings } from './seed-bookings';

export interface AntreanMppBackendOptions {
  /** Now, for the bookable days; tests pin it. */
  now?: () => Date;
  /** The gateway's HMAC key; without it no request is taken as a signed-in citizen. */
  gatewaySecret?: () => string | Promise<string>;
  /** Other citizens' bookings made at start (on by default). */
  seed?: boolean;
  book?: QueueBook;
}

function fail(c: Context, status: ContentfulStatusCode, code: QueueErrorCode, message: string, details?: unknown) {
  return c.json({ error: { code, message, ...(details === undefined ? {} : { details }) } }, status);
}

async function readJson(c: Context): Promise<unknown> {
  try {
    return await c.req.json();
  } catch {
    return undefined;
  }
}

export function createAntreanMppBackend(options: AntreanMppBackendOptions = {}): Hono {
  const now = options.now ?? (() => new Date());
  const book = options.book ?? new QueueBook();
  if (options.seed !== false) seedBookings(book, now());
  const app = new Hono();

  /** The citizen the gateway vouches for, or null (anonymous, or a signature that does not verify). */
  async function signedInUser(c: Context): Promise<GatewayUser | null> {
    if (!options.gatewaySecret || !c.req.header('x-palapa-signature')) return null;
    const url = new URL(c.req.url);
    const result = verifyGatewaySignature({ method: c.req.method, path: `${url.pathname}${url.search}`, headers: c.req.raw.headers, secret: await options.gatewaySecret() });
    return result.ok ? result.user : null;
  }

  app.get('/loket', (c) => c.json({ items: COUNTERS }));

  app.get('/jadwal/:counter', (c) => {
    const counter = findCounter(c.req.param('counter'));
    if (!counter) return fail(c, 404, 'not_found', 'Loket tidak dikenal. / Unknown counter.');
    const schedule: Schedule = {
      counter: counter.id,
      days: bookableDays(now()).map((day) => ({
        date: day.date,
        slots: day.times.map((time) => ({ time, capacity: counter.capacity, remaining: counter.capacity - book.taken(counter.id, day.date, time) })),
      })),
    };
    // Places change with every booking: never a stored copy.
    c.header('Cache-Control', 'no-store');
    return c.json(schedule);
  });

  app.post('/antrean', async (c) => {
    const parsed = bookingRequestSchema.safeParse(await readJson(c));
    if (!parsed.success) {
      return fail(c, 400, 'invalid_request', 'Data pemesanan tidak lengkap atau tidak sah. / The booking is incomplete or invalid.', { fields: fieldProblems(parsed.error) });
    }
    const input = parsed.data;
    const counter = findCounter(input.counter);
    if (!counter) return fail(c, 400, 'invalid_request', 'Loket tidak dikenal. / Unknown counter.', { fields: { counter: 'unknown' } });
    if (!isBookable(now(), input.date, input.time)) {
      return fail(c, 400, 'slot_unavailable', 'Jadwal itu tidak tersedia (hari libur, sudah lewat, atau di luar 14 hari). / That slot is not open (holiday, past, or beyond 14 days).');
    }
    const user = await signedInUser(c);
    // From here to the answer nothing awaits: the capacity check and the write are one step.
    const result = book.book({ ...input, prefix: counter.prefix, capacity: counter.capacity, userId: user?.id ?? null });
    if (!result.ok) {
      return result.reason === 'slot_full'
        ? fail(c, 409, 'slot_full', 'Slot penuh: pilih jam atau tanggal lain. / This slot is full: choose another time or date.')
        : fail(c, 409, 'already_booked', 'Nomor ponsel ini sudah memegang antrean di slot ini. / This phone number already holds a booking in this slot.');
    }
    return c.json({ booking: publicBooking(result.booking) }, 201);
  });

  app.post('/antrean/:code/batal', async (c) => {
    const code = bookingCodeSchema.safeParse(c.req.param('code').toUpperCase());
    const body = cancelRequestSchema.safeParse(await readJson(c));
    if (!code.success || !body.success) {
      const fields = { ...(code.success ? {} : { code: 'format' }), ...(body.success ? {} : fieldProblems(body.error)) };
      return fail(c, 400, 'invalid_request', 'Kode antrean atau nomor ponsel tidak sah. / Invalid booking code or phone number.', { fields });
    }
    const result = book.cancel(code.data, body.data.phone);
    if (!result.ok) {
      return result.reason === 'booking_not_found'
        ? fail(c, 404, 'booking_not_found', 'Tidak ada antrean dengan kode dan nomor ponsel itu. / No booking with that code and phone number.')
        : fail(c, 409, 'already_cancelled', 'Antrean ini sudah dibatalkan. / This booking is already cancelled.');
    }
    return c.json({ booking: publicBooking(result.booking) });
  });

  app.get('/saya', async (c) => {
    const user = await signedInUser(c);
    if (!user) return fail(c, 401, 'not_signed_in', 'Masuk ke portal untuk melihat antrean Anda. / Sign in to the portal to see your bookings.');
    c.header('Cache-Control', 'private, no-store');
    return c.json({ user: { name: user.name, email: user.email }, bookings: book.ofUser(user.id).map(publicBooking) });
  });

  app.notFound((c) => fail(c, 404, 'not_found', 'Alamat tidak dikenal. / Unknown address.'));
  app.onError((error, c) => {
    console.error('[antrean-mpp backend]', error);
    return c.json({ error: { code: 'internal', message: 'Kesalahan di sistem antrean MPP. / MPP queue system error.' } }, 500);
  });
  return app;
}
