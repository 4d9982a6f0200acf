import { signGatewayRequest } from '@palapa/sdk/gateway';
import { describe, expect, it } from 'vitest';
import { ALL_KELURAHAN, STATUSES, TRACKING_CODE_PATTERN, type ComplaintView, type FiledComplaint } from '../../src/complaint';
import { createCurhatBackend } from './curhat-backend';
import { DEMO_COMPLAINTS } from './demo-complaints';

const SECRET = 'a-test-secret-of-at-least-thirty-two-chars';
const NOW = new Date('2026-11-23T09:00:00Z');
const JPEG = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 16, 0x4a, 0x46, 0x49, 0x46]);
const PNG = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 13]);
const GIF = new TextEncoder().encode('GIF89a……');

const draft = {
  category: 'pengaduan',
  topic: 'jalan-rusak',
  description: 'Jalan berlubang di depan Pasar Tanjung Anyar, membahayakan pengendara motor.',
  kelurahan: 'Kranggan',
  address: 'Jl. Niaga',
};

function backend() {
  return createCurhatBackend({ gatewaySecret: () => SECRET, now: () => NOW });
}

type App = ReturnType<typeof backend>;

function file(app: App, body: unknown, key = 'key-00000001', headers: Record<string, string> = {}) {
  return app.request('/laporan', { method: 'POST', headers: { 'content-type': 'application/json', 'idempotency-key': key, ...headers }, body: JSON.stringify(body) });
}

function signedAs(id: string, method: string, path: string) {
  return signGatewayRequest({ method, path, user: { id, name: 'Siti Aminah', email: 'siti@example.id' }, secret: SECRET });
}

describe('the demo reports', () => {
  it('hold fifteen reports with distinct well-formed codes, every status, in real kelurahan', () => {
    expect(DEMO_COMPLAINTS).toHaveLength(15);
    expect(new Set(DEMO_COMPLAINTS.map((complaint) => complaint.code)).size).toBe(15);
    for (const complaint of DEMO_COMPLAINTS) {
      expect(complaint.code).toMatch(TRACKING_CODE_PATTERN);
      expect(ALL_KELURAHAN).toContain(complaint.kelurahan);
      expect(complaint.timeline[0]?.status).toBe('diterima');
    }
    expect(new Set(DEMO_COMPLAINTS.map((complaint) => complaint.timeline.at(-1)?.status))).toEqual(new Set(STATUSES));
  });
});

describe('POST /laporan', () => {
  it('files a report and answers a tracking code and a verifier, which then track it', async () => {
    const app = backend();
    const response = await file(app, draft);
    expect(response.status).toBe(201);
    const filed = (await response.json()) as FiledComplaint;
    expect(filed.code).toMatch(TRACKING_CODE_PATTERN);
    expect(filed.verifier).toMatch(/^\d{4}$/);
    expect(filed).toMatchObject({ status: 'diterima', kelurahan: 'Kranggan', kecamatan: 'Kranggan', hasPhoto: false, createdAt: NOW.toISOString() });
    const tracked = await app.request('/lacak', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: filed.code, verifier: filed.verifier }) });
    expect(tracked.status).toBe(200);
    expect(((await tracked.json()) as ComplaintView).description).toBe(draft.description);
  });

  it('answers a retried POST with the same report, never a second one, even when the retries race', async () => {
    const app = backend();
    const responses = await Promise.all(Array.from({ length: 8 }, () => file(app, draft, 'retry-key-123')));
    const bodies = (await Promise.all(responses.map((response) => response.json()))) as FiledComplaint[];
    expect(new Set(bodies.map((body) => body.code)).size).toBe(1);
    expect(responses.map((response) => response.status).sort()).toEqual([200, 200, 200, 200, 200, 200, 200, 201]);
    expect(responses.filter((response) => response.headers.get('idempotent-replayed') === 'true')).toHaveLength(7);
    // A new key is a new report.
    const other = (await (await file(app, draft, 'another-key-456')).json()) as FiledComplaint;
    expect(other.code).not.toBe(bodies[0]?.code);
  });

  it('refuses a reused key for a different report, and a missing key', async () => {
    const app = backend();
    await file(app, draft, 'same-key-0001');
    const reused = await file(app, { ...draft, topic: 'sampah' }, 'same-key-0001');
    expect(reused.status).toBe(422);
    expect(await reused.json()).toMatchObject({ error: { code: 'idempotency_key_reused' } });
    const missing = await app.request('/laporan', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(draft) });
    expect(missing.status).toBe(400);
    expect(await missing.json()).toMatchObject({ error: { code: 'idempotency_key_required' } });
  });

  it.each([
    [{ ...draft, description: 'terlalu pendek' }, 'description'],
    [{ ...draft, description: 'x'.repeat(2001) }, 'description'],
    [{ ...draft, category: 'gosip' }, 'category'],
    [{ ...draft, topic: 'hantu' }, 'topic'],
    [{ ...draft, kelurahan: 'Menteng' }, 'kelurahan'],
    [{ ...draft, coordinates: { lat: -6.2, lng: 106.8 } }, 'coordinates.lat'],
  ])('refuses an invalid report with a 400 naming the field (%#)', async (body, field) => {
    const response = await file(backend(), body);
    expect(response.status).toBe(400);
    const answer = (await response.json()) as { error: { code: string; details: Array<{ field: string }> } };
    expect(answer.error.code).toBe('invalid_report');
    expect(answer.error.details.map((issue) => issue.field)).toContain(field);
  });

  it('keeps a JPEG or PNG sent base64, judged by its bytes, and refuses anything else', async () => {
    const app = backend();
    const base64 = (bytes: Uint8Array) => Buffer.from(bytes).toString('base64');
    const jpeg = await file(app, { ...draft, photo: { base64: base64(JPEG) } }, 'photo-key-1');
    expect(jpeg.status).toBe(201);
    expect(((await jpeg.json()) as FiledComplaint).hasPhoto).toBe(true);
    expect((await file(app, { ...draft, photo: { base64: `data:image/png;base64,${base64(PNG)}` } }, 'photo-key-2')).status).toBe(201);
    const gif = await file(app, { ...draft, photo: { base64: base64(GIF) } }, 'photo-key-3');
    expect(gif.status).toBe(400);
    expect(await gif.json()).toMatchObject({ error: { code: 'photo_type' } });
    expect(await (await file(app, { ...draft, photo: { base64: 'not base64!' } }, 'photo-key-4')).json()).toMatchObject({ error: { code: 'photo_encoding' } });
    const large = new Uint8Array(2 * 1024 * 1024 + 1);
    large.set(JPEG);
    expect(await (await file(app, { ...draft, photo: { base64: base64(large) } }, 'photo-key-5')).json()).toMatchObject({ error: { code: 'photo_too_large' } });
  });

  it('accepts multipart with a photo file, whatever name and type the device gave it', async () => {
    const app = backend();
    const form = (photo: Uint8Array<ArrayBuffer>, name: string, type: string) => {
      const data = new FormData();
      for (const [field, value] of Object.entries(draft)) data.set(field, value);
      data.set('lat', '-7.4706');
      data.set('lng', '112.4401');
      data.set('photo', new File([photo], name, { type }));
      return data;
    };
    const send = (data: FormData, key: string) => app.request('/laporan', { method: 'POST', headers: { 'idempotency-key': key }, body: data });
    const png = await send(form(PNG, 'foto.gif', 'image/gif'), 'multipart-1');
    expect(png.status).toBe(201);
    expect(((await png.json()) as FiledComplaint).hasPhoto).toBe(true);
    const disguised = await send(form(GIF, 'foto.jpg', 'image/jpeg'), 'multipart-2');
    expect(disguised.status).toBe(400);
    expect(await disguised.json()).toMatchObject({ error: { code: 'photo_type' } });
  });
});

describe('POST /lacak', () => {
  it('shows a demo report’s timeline with the OPD’s notes', async () => {
    const response = await backend().request('/lacak', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code: 'cni-7k3p-q9', verifier: '2468' }) });
    const view = (await response.json()) as ComplaintView;
    expect(view.status).toBe('selesai');
    expect(view.timeline.map((entry) => entry.status)).toEqual(['diterima', 'diverifikasi', 'ditindaklanjuti', 'selesai']);
    expect(view.timeline[2]?.by).toBe('Dinas PUPR');
    expect(view).not.toHaveProperty('verifier');
  });

  it('answers a wrong verifier exactly like an unknown code, and refuses a malformed one', async () => {
    const app = backend();
    const ask = (code: string, verifier: string) => app.request('/lacak', { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify({ code, verifier }) });
    const wrong = await ask('CNI-7K3P-Q9', '0000');
    const unknown = await ask('CNI-2222-22', '2468');
    expect([wrong.status, unknown.status]).toEqual([404, 404]);
    expect(await wrong.json()).toEqual(await unknown.json());
    expect((await ask('CNI-7K3P-Q9', '12')).status).toBe(400);
  });
});

describe('the signed-in citizen', () => {
  it('files under the citizen the gateway signed for and lists “laporan saya”, to them alone', async () => {
    const app = backend();
    const filed = (await (await file(app, draft, 'citizen-key-1', signedAs('user-1', 'POST', '/laporan'))).json()) as FiledComplaint;
    await file(app, { ...draft, topic: 'sampah' }, 'anonymous-key-1');
    const mine = await app.request('/laporan-saya', { headers: signedAs('user-1', 'GET', '/laporan-saya') });
    expect(mine.status).toBe(200);
    const { items } = (await mine.json()) as { items: FiledComplaint[] };
    expect(items.map((item) => [item.code, item.verifier])).toEqual([[filed.code, filed.verifier]]);
    const theirs = (await (await app.request('/laporan-saya', { headers: signedAs('user-2', 'GET', '/laporan-saya') })).json()) as { items: unknown[] };
    expect(theirs.items).toEqual([]);
    expect((await app.request('/laporan-saya')).status).toBe(401);
  });

  it('refuses identity headers that the gateway did not sign', async () => {
    const app = backend();
    const forged = { ...signedAs('user-1', 'GET', '/laporan-saya'), 'x-palapa-user-id': 'user-2' };
    const response = await app.request('/laporan-saya', { headers: forged });
    expect(response.status).toBe(401);
    expect(await response.json()).toMatchObject({ error: { code: 'bad_identity' } });
    // Without a secret the back end cannot trust anybody's identity.
    const blind = createCurhatBackend();
    expect((await blind.request('/laporan-saya', { headers: signedAs('user-1', 'GET', '/laporan-saya') })).status).toBe(401);
  });
});
