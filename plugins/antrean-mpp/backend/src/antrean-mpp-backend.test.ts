import { signGatewayRequest } from '@palapa/sdk/gateway';
import { describe, expect, it } from 'vitest';
import type { Booking, MyQueue, Schedule } from '../../src/queue-api';
import { createAntreanMppBackend } from './antrean-mpp-backend';

// Monday 23 November 2026, 09:00 WIB.
const NOW = new Date('2026-11-23T02:00:00Z');
const SECRET = 'rahasia-gateway-untuk-tes-saja-0123456789';
const CITIZEN = { id: 'u-123', name: 'Siti Nur’aini', email: 'siti@example.id' };

function backend(seed = false) {
  return createAntreanMppBackend({ now: () => NOW, seed, gatewaySecret: () => SECRET });
}

type App = ReturnType<typeof backend>;
type ErrorBody = { error: { code: string; message: string; details?: { fields?: Record<string, string> } } };

function post(app: App, path: string, body: unknown, headers: Record<string, string> = {}) {
  return app.request(path, { method: 'POST', headers: { 'content-type': 'application/json', ...headers }, body: JSON.stringify(body) });
}

const booking = (overrides: Partial<Record<string, string>> = {}) => ({
  counter: 'bpjs-kesehatan',
  date: '2026-11-24',
  time: '09:00',
  name: 'Budi Santoso',
  phone: '0812-3456-7890',
  ...overrides,
});

async function schedule(app: App, counter: string) {
  return (await (await app.request(`/jadwal/${counter}`)).json()) as Schedule;
}

describe('GET /loket and /jadwal', () => {
  it('lists the MPP counters, and each one’s bookable slots with their remaining places', async () => {
    const app = backend(true);
    const counters = (await (await app.request('/loket')).json()) as { items: Array<{ id: string; prefix: string; capacity: number }> };
    expect(counters.items.map((counter) => counter.id)).toEqual(expect.arrayContaining(['ktp-kk', 'nib', 'pbb-bphtb', 'bpjs-kesehatan', 'samsat', 'pertanahan', 'pdam', 'bank-jatim']));
    expect(new Set(counters.items.map((counter) => counter.prefix)).size).toBe(counters.items.length);

    expect((await app.request('/jadwal/ktp-kk')).headers.get('cache-control')).toBe('no-store');
    const ktp = await schedule(app, 'ktp-kk');
    expect(ktp.days[0]?.date).toBe('2026-11-23');
    expect(ktp.days[0]?.slots[0]?.time).toBe('09:30'); // 09:00 has started
    expect(ktp.days.map((day) => day.date)).not.toContain('2026-11-28');
    const slots = ktp.days.flatMap((day) => day.slots);
    expect(slots.every((slot) => slot.capacity === 8 && slot.remaining >= 0 && slot.remaining <= 8)).toBe(true);
    // Seeded: some slots are full, some have one place left, some are free.
    expect(slots.some((slot) => slot.remaining === 0)).toBe(true);
    expect(slots.some((slot) => slot.remaining === 1)).toBe(true);
    expect(slots.some((slot) => slot.remaining === 8)).toBe(true);

    const unknown = await app.request('/jadwal/tidak-ada');
    expect(unknown.status).toBe(404);
    expect(await unknown.json()).toMatchObject({ error: { code: 'not_found' } });
  });
});

describe('POST /antrean', () => {
  it('books a slot: a ticket numbered per counter, a code, one place fewer', async () => {
    const app = backend();
    const response = await post(app, '/antrean', booking());
    expect(response.status).toBe(201);
    const { booking: made } = (await response.json()) as { booking: Booking };
    expect(made).toMatchObject({ ticket: 'F-001', counter: 'bpjs-kesehatan', date: '2026-11-24', time: '09:00', name: 'Budi Santoso', phone: '6281234567890', status: 'aktif' });
    expect(made.code).toMatch(/^MPP-[A-Z2-9]{4}-[A-Z2-9]{4}$/);
    expect(made).not.toHaveProperty('userId');
    const second = (await (await post(app, '/antrean', booking({ time: '10:00', phone: '085712345678' }))).json()) as { booking: Booking };
    expect(second.booking.ticket).toBe('F-002');
    const day = (await schedule(app, 'bpjs-kesehatan')).days.find((entry) => entry.date === '2026-11-24');
    expect(day?.slots.find((slot) => slot.time === '09:00')?.remaining).toBe(4);
  });

  it('gives exactly the capacity of a slot to 50 citizens booking at once; the rest get 409 slot penuh', async () => {
    const app = backend();
    const responses = await Promise.all(
      Array.from({ length: 50 }, (_, index) => post(app, '/antrean', booking({ phone: `0813${String(10_000_000 + index)}` }))),
    );
    const statuses = responses.map((response) => response.status);
    expect(statuses.filter((status) => status === 201)).toHaveLength(5);
    expect(statuses.filter((status) => status === 409)).toHaveLength(45);
    const refused = (await responses.find((response) => response.status === 409)?.json()) as ErrorBody;
    expect(refused.error.code).toBe('slot_full');
    expect(refused.error.message).toContain('Slot penuh');
    const tickets = await Promise.all(responses.filter((response) => response.status === 201).map(async (response) => ((await response.json()) as { booking: Booking }).booking.ticket));
    expect(tickets.sort()).toEqual(['F-001', 'F-002', 'F-003', 'F-004', 'F-005']);
  });

  it('refuses a second booking of the same phone in one slot, written differently', async () => {
    const app = backend();
    expect((await post(app, '/antrean', booking({ phone: '081234567890' }))).status).toBe(201);
    const again = await post(app, '/antrean', booking({ phone: '+62 812-3456-7890', name: 'Orang Lain' }));
    expect(again.status).toBe(409);
    expect(((await again.json()) as ErrorBody).error.code).toBe('already_booked');
    expect((await post(app, '/antrean', booking({ phone: '081234567890', time: '09:30' }))).status).toBe(201);
  });

  it.each([
    ['a landline', { phone: '0321-321123' }, 'phone'],
    ['a name with digits', { name: 'Budi 2' }, 'name'],
    ['a bad date', { date: '24-11-2026' }, 'date'],
    ['an unknown counter', { counter: 'tidak-ada' }, 'counter'],
  ])('refuses %s with 400 JSON naming the field', async (_label, change, field) => {
    const response = await post(backend(), '/antrean', booking(change));
    expect(response.status).toBe(400);
    const body = (await response.json()) as ErrorBody;
    expect(body.error.code).toBe('invalid_request');
    expect(body.error.details?.fields).toHaveProperty(field);
  });

  it('refuses a weekend, a slot already started, a day past the 14, a time after closing and a body that is not JSON', async () => {
    const app = backend();
    for (const change of [{ date: '2026-11-28' }, { date: '2026-11-23', time: '08:30' }, { date: '2026-12-09', time: '09:00' }, { time: '15:00' }]) {
      const response = await post(app, '/antrean', booking(change));
      expect(response.status).toBe(400);
      expect(((await response.json()) as ErrorBody).error.code).toBe('slot_unavailable');
    }
    const notJson = await app.request('/antrean', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{oops' });
    expect(notJson.status).toBe(400);
  });
});

describe('POST /antrean/:code/batal', () => {
  it('cancels with the code and the same phone, freeing the place; not with another phone', async () => {
    const app = backend();
    const { booking: made } = (await (await post(app, '/antrean', booking())).json()) as { booking: Booking };
    const wrongPhone = await post(app, `/antrean/${made.code}/batal`, { phone: '085700001111' });
    expect(wrongPhone.status).toBe(404);
    expect(((await wrongPhone.json()) as ErrorBody).error.code).toBe('booking_not_found');
    const cancelled = await post(app, `/antrean/${made.code.toLowerCase()}/batal`, { phone: '+6281234567890' });
    expect(cancelled.status).toBe(200);
    expect(((await cancelled.json()) as { booking: Booking }).booking.status).toBe('batal');
    const day = (await schedule(app, 'bpjs-kesehatan')).days.find((entry) => entry.date === '2026-11-24');
    expect(day?.slots.find((slot) => slot.time === '09:00')?.remaining).toBe(5);
    expect((await post(app, `/antrean/${made.code}/batal`, { phone: '081234567890' })).status).toBe(409);
    expect((await post(app, '/antrean/BUKAN-KODE/batal', { phone: '081234567890' })).status).toBe(400);
  });
});

describe('GET /saya (the gateway’s signed identity)', () => {
  function signed(method: string, path: string, secret = SECRET) {
    return signGatewayRequest({ method, path, user: CITIZEN, secret });
  }

  it('lists a signed-in citizen’s own bookings, and nobody else’s', async () => {
    const app = backend();
    expect((await post(app, '/antrean', booking(), signed('POST', '/antrean'))).status).toBe(201);
    expect((await post(app, '/antrean', booking({ phone: '085712345678' }))).status).toBe(201);
    const response = await app.request('/saya', { headers: signed('GET', '/saya') });
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toContain('no-store');
    const mine = (await response.json()) as MyQueue;
    expect(mine.user).toEqual({ name: CITIZEN.name, email: CITIZEN.email });
    expect(mine.bookings.map((entry) => entry.phone)).toEqual(['6281234567890']);
  });

  it('answers 401 without a signature, with a forged one, or with one for another path', async () => {
    const app = backend();
    expect((await app.request('/saya')).status).toBe(401);
    expect((await app.request('/saya', { headers: signed('GET', '/saya', 'kunci-lain-yang-juga-cukup-panjang-sekali') })).status).toBe(401);
    const other = await app.request('/saya', { headers: signed('GET', '/loket') });
    expect(other.status).toBe(401);
    expect(await other.json()).toMatchObject({ error: { code: 'not_signed_in' } });
    // Unsigned identity headers are ignored when booking, too.
    expect((await post(app, '/antrean', booking(), { 'x-palapa-user-id': CITIZEN.id })).status).toBe(201);
    expect(((await (await app.request('/saya', { headers: signed('GET', '/saya') })).json()) as MyQueue).bookings).toEqual([]);
  });
});
