// The forms contract after filing: citizens' reads and polls, the officers' inbox and workflow,
// attachments, ratings and the SKM index (issue 6).
import { SKM_ELEMENTS } from '@palapa/sdk/forms';
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { auditLog } from '../db/schema';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors, type SignedInClient } from '../test-support/actors';
import { expectRefusal as expectRefusalWithoutChange } from '../test-support/expect-refusal';
import { attachmentBody, createFormService, fileOk, HTML, PDF, PNG, validValues, type Filed } from '../test-support/forms-fixtures';
import { call, errorOf } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;
const scores = (score: number) => Object.fromEntries(SKM_ELEMENTS.map(({ key }) => [key, score]));

describe.each(testDrivers())('forms API: requests after filing (%s)', (driver) => {
  let database: TestDatabase;
  let app: PalapaApp;
  let actors: Actors;
  let slug: string;

  beforeAll(async () => {
    database = await createTestDatabase(driver);
    await seedDemoCity(database.db);
    app = createApp({ db: database.db });
    actors = await createActors(app, database.db);
    slug = await createFormService(app, actors.admin);
  });
  afterAll(() => database?.dispose());

  const expectRefusal = (response: Promise<Response>, status: number, code: string) =>
    expectRefusalWithoutChange(database.db, response, { status, code });

  const move = (filed: Filed, from: string, to: string, extra: Record<string, unknown> = {}, who: SignedInClient = actors.publisher) =>
    call(app, 'POST', `/services/${slug}/requests/${filed.trackingCode}/transitions`, who.headers, { from, to, ...extra });

  async function completed(): Promise<Filed> {
    const filed = await fileOk(app, slug);
    for (const [from, to] of [['diterima', 'diverifikasi'], ['diverifikasi', 'diproses'], ['diproses', 'selesai']] as const) {
      expect((await move(filed, from, to)).status).toBe(200);
    }
    return filed;
  }

  describe('citizens', () => {
    it('keeps the verifier secret: wrong, missing or another citizen\'s answer is the same 404 as an unknown code', async () => {
      const filed = await fileOk(app, slug, validValues(), { headers: actors.citizen.headers });
      const unknown = await errorOf(await call(app, 'GET', '/requests/MJK-2222222', { 'X-Verifier': filed.verifier }));
      for (const headers of [{}, { 'X-Verifier': 'ABCDEFGH' }, { 'X-Verifier': filed.verifier.slice(1) }, actors.otherPublisher.headers]) {
        const refused = await errorOf(await call(app, 'GET', `/requests/${filed.trackingCode}`, headers));
        expect(refused.status).toBe(404);
        expect(refused.code).toBe(unknown.code);
      }
      expect((await call(app, 'GET', `/requests/${filed.trackingCode}`, actors.citizen.headers)).status).toBe(200);
      // Typed by hand: lower case and spaces are forgiven.
      const typed = filed.trackingCode.toLowerCase().replace('-', ' ');
      expect((await call(app, 'GET', `/requests/${encodeURIComponent(typed)}`, { 'X-Verifier': filed.verifier.toLowerCase() })).status).toBe(200);
    });

    it('answers a status poll for the right pairs only', async () => {
      const first = await fileOk(app, slug);
      const second = await fileOk(app, slug);
      await move(second, 'diterima', 'diverifikasi');
      const response = await call(app, 'POST', '/requests/status', {}, {
        items: [
          { trackingCode: first.trackingCode, verifier: first.verifier },
          { trackingCode: second.trackingCode, verifier: second.verifier },
          { trackingCode: second.trackingCode, verifier: first.verifier },
          { trackingCode: 'MJK-ZZZZZZ', verifier: 'ZZZZZZZZ' },
        ],
      });
      expect(response.status).toBe(200);
      const { items } = (await response.json()) as { items: { trackingCode: string; status: string }[] };
      expect(items.map(({ trackingCode, status }) => ({ trackingCode, status })).sort((a, b) => a.trackingCode.localeCompare(b.trackingCode))).toEqual(
        [{ trackingCode: first.trackingCode, status: 'diterima' }, { trackingCode: second.trackingCode, status: 'diverifikasi' }].sort((a, b) => a.trackingCode.localeCompare(b.trackingCode)),
      );
      await expectRefusal(call(app, 'POST', '/requests/status', {}, { items: [] }), 400, 'invalid_input');
      const tooMany = Array.from({ length: 51 }, () => ({ trackingCode: first.trackingCode, verifier: first.verifier }));
      await expectRefusal(call(app, 'POST', '/requests/status', {}, { items: tooMany }), 400, 'invalid_input');
    });

    it('rates a completed request once (SKM), and the service index follows', async () => {
      const filed = await fileOk(app, slug);
      const rate = (body: unknown, verifier = filed.verifier) => call(app, 'POST', `/requests/${filed.trackingCode}/rating`, { 'X-Verifier': verifier }, body);
      await expectRefusal(rate({ scores: scores(4) }), 409, 'not_completed');
      for (const [from, to] of [['diterima', 'diverifikasi'], ['diverifikasi', 'diproses'], ['diproses', 'selesai']] as const) await move(filed, from, to);
      const before = (await (await call(app, 'GET', `/requests/${filed.trackingCode}`, { 'X-Verifier': filed.verifier })).json()) as { canRate: boolean };
      expect(before.canRate).toBe(true);
      await expectRefusal(rate({ scores: scores(4) }, 'SALAHSAL'), 404, 'not_found');
      await expectRefusal(rate({ scores: { ...scores(4), waktu: 5 } }), 400, 'invalid_input');
      await expectRefusal(rate({ scores: { persyaratan: 4 } }), 400, 'invalid_input');
      await expectRefusal(rate({ scores: scores(3), comment: 'x'.repeat(1001) }), 400, 'invalid_input');
      const rated = await rate({ scores: scores(3), comment: 'Cepat dan ramah.' });
      expect(rated.status).toBe(201);
      await expectRefusal(rate({ scores: scores(1) }), 409, 'already_rated');
      const after = (await (await call(app, 'GET', `/requests/${filed.trackingCode}`, { 'X-Verifier': filed.verifier })).json()) as Record<string, unknown>;
      expect(after).toMatchObject({ canRate: false, rating: { submittedAt: expect.any(String) } });
      const index = await (await call(app, 'GET', `/services/${slug}/satisfaction`, actors.publisher.headers)).json();
      expect(index).toMatchObject({ responses: 1, index: 75, grade: 'C', elements: { persyaratan: 3 } });
      const other = await createFormService(app, actors.admin);
      expect(await (await call(app, 'GET', `/services/${other}/satisfaction`, actors.admin.headers)).json()).toEqual({ responses: 0, index: null, grade: null, elements: null });
      await expectRefusal(call(app, 'GET', `/services/${slug}/satisfaction`, actors.otherPublisher.headers), 403, 'forbidden');
    });
  });

  describe('officers', () => {
    it('moves a request through the workflow with notes; the citizen sees the timeline; every move is audited', async () => {
      const filed = await completed();
      const view = (await (await call(app, 'GET', `/requests/${filed.trackingCode}`, { 'X-Verifier': filed.verifier })).json()) as { status: string; timeline: { status: string }[] };
      expect(view.status).toBe('selesai');
      expect(view.timeline.map((entry) => entry.status)).toEqual(['diterima', 'diverifikasi', 'diproses', 'selesai']);
      const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'form.request.move')).orderBy(desc(auditLog.id)).limit(1);
      expect(audit).toMatchObject({ before: { status: 'diproses' }, after: { status: 'selesai' } });
    });

    it('refuses a stale from (409 status_changed), a move the workflow forbids (409), a rejection without a note (400)', async () => {
      const filed = await fileOk(app, slug);
      expect((await move(filed, 'diterima', 'diverifikasi')).status).toBe(200);
      // A second officer acting on what they saw before the first one's move.
      const stale = await expectRefusal(move(filed, 'diterima', 'ditolak', { note: 'Berkas kurang' }), 409, 'status_changed');
      expect(stale.message).toMatch(/diverifikasi/);
      await expectRefusal(move(filed, 'diverifikasi', 'selesai'), 409, 'invalid_transition');
      await expectRefusal(move(filed, 'diverifikasi', 'ditolak'), 400, 'invalid_input');
      await expectRefusal(move(filed, 'diverifikasi', 'ditolak', { note: '   ' }), 400, 'invalid_input');
      const rejected = await move(filed, 'diverifikasi', 'ditolak', { note: 'Alamat di luar wilayah kecamatan.' });
      expect(await rejected.json()).toMatchObject({ status: 'ditolak', timeline: [{}, {}, { status: 'ditolak', note: 'Alamat di luar wilayah kecamatan.' }] });
      await expectRefusal(move(filed, 'ditolak', 'diproses'), 409, 'invalid_transition');
    });

    it("lets two officers race: exactly one move wins", async () => {
      const filed = await fileOk(app, slug);
      const answers = await Promise.all([move(filed, 'diterima', 'diverifikasi'), move(filed, 'diterima', 'ditolak', { note: 'Tidak lengkap' }, actors.admin)]);
      expect(answers.map((answer) => answer.status).sort()).toEqual([200, 409]);
    });

    it("refuses another OPD's publisher and citizens, and changes nothing", async () => {
      const filed = await fileOk(app, slug);
      await expectRefusal(move(filed, 'diterima', 'diverifikasi', {}, actors.otherPublisher), 403, 'forbidden');
      await expectRefusal(move(filed, 'diterima', 'diverifikasi', {}, actors.citizen), 403, 'forbidden');
      await expectRefusal(call(app, 'GET', `/services/${slug}/requests`, actors.otherPublisher.headers), 403, 'forbidden');
      await expectRefusal(call(app, 'GET', `/services/${slug}/requests/${filed.trackingCode}`, actors.otherPublisher.headers), 403, 'forbidden');
      await expectRefusal(call(app, 'POST', `/services/${slug}/requests/${filed.trackingCode}/attachments`, actors.otherPublisher.headers, attachmentBody(PDF, 'a.pdf', 'application/pdf')), 403, 'forbidden');
      await expectRefusal(call(app, 'GET', '/services/cek-pbb/requests', actors.admin.headers), 409, 'not_a_form_service');
    });

    it('lists the inbox newest first, by status, a page at a time, with a summary; shows who filed', async () => {
      const own = await createFormService(app, actors.admin);
      const filings: Filed[] = [];
      for (let i = 0; i < 5; i++) filings.push(await fileOk(app, own, validValues({ nama: `Pemohon ${i} ${'panjang '.repeat(i === 4 ? 10 : 0)}` }), i === 0 ? { headers: actors.citizen.headers } : {}));
      await call(app, 'POST', `/services/${own}/requests/${filings[1]!.trackingCode}/transitions`, actors.publisher.headers, { from: 'diterima', to: 'diverifikasi' });
      const page = (await (await call(app, 'GET', `/services/${own}/requests?limit=2`, actors.publisher.headers)).json()) as { items: { trackingCode: string; summary: string }[]; nextCursor: string };
      expect(page.items.map((item) => item.trackingCode)).toEqual([filings[4]!.trackingCode, filings[3]!.trackingCode]);
      expect(page.items[0]!.summary).toHaveLength(80);
      expect(page.items[0]!.summary.endsWith('…')).toBe(true);
      const rest = (await (await call(app, 'GET', `/services/${own}/requests?limit=10&cursor=${page.nextCursor}`, actors.publisher.headers)).json()) as { items: { trackingCode: string; summary: string }[]; nextCursor: null };
      expect(rest.items.map((item) => item.trackingCode)).toEqual([2, 1, 0].map((i) => filings[i]!.trackingCode));
      expect(rest.nextCursor).toBeNull();
      expect(rest.items[2]!.summary).toBe('Pemohon 0');
      const verified = (await (await call(app, 'GET', `/services/${own}/requests?status=diverifikasi`, actors.admin.headers)).json()) as { items: { trackingCode: string }[] };
      expect(verified.items.map((item) => item.trackingCode)).toEqual([filings[1]!.trackingCode]);
      await expectRefusal(call(app, 'GET', `/services/${own}/requests?cursor=bukan-kursor`, actors.admin.headers), 400, 'invalid_input');
      await expectRefusal(call(app, 'GET', `/services/${own}/requests?limit=101`, actors.admin.headers), 400, 'invalid_input');
      const signed = await (await call(app, 'GET', `/services/${own}/requests/${filings[0]!.trackingCode}`, actors.publisher.headers)).json();
      expect(signed).toMatchObject({ citizen: { name: 'warga', email: 'warga@uji.id' }, values: { nama: 'Pemohon 0' } });
      const anonymous = await (await call(app, 'GET', `/services/${own}/requests/${filings[2]!.trackingCode}`, actors.publisher.headers)).json();
      expect(anonymous).toMatchObject({ citizen: null });
      await expectRefusal(call(app, 'GET', `/services/${slug}/requests/${filings[2]!.trackingCode}`, actors.publisher.headers), 404, 'not_found');
    });

    it('attaches documents (typed by content) and sends them with a move; the citizen sees them only once sent', async () => {
      const filed = await fileOk(app, slug);
      const attach = (body: FormData) => call(app, 'POST', `/services/${slug}/requests/${filed.trackingCode}/attachments`, actors.publisher.headers, body);
      await expectRefusal(attach(attachmentBody(HTML, 'surat.pdf', 'application/pdf')), 415, 'unsupported_type');
      await expectRefusal(attach(attachmentBody(Buffer.concat([PDF, Buffer.alloc(5 * 1024 * 1024)]), 'besar.pdf', 'application/pdf')), 413, 'too_large');
      const letter = (await (await attach(attachmentBody(PDF, 'surat-domisili.pdf', 'application/pdf'))).json()) as { id: string; type: string };
      expect(letter.type).toBe('application/pdf');
      const path = `/requests/${filed.trackingCode}/files/${letter.id}`;
      expect((await call(app, 'GET', path, { 'X-Verifier': filed.verifier })).status).toBe(404);
      expect((await call(app, 'GET', path, actors.publisher.headers)).status).toBe(200);
      const other = await fileOk(app, slug);
      await expectRefusal(
        call(app, 'POST', `/services/${slug}/requests/${other.trackingCode}/transitions`, actors.publisher.headers, { from: 'diterima', to: 'diverifikasi', attachments: [letter.id] }),
        400,
        'invalid_input',
      );
      const moved = await move(filed, 'diterima', 'diverifikasi', { note: 'Surat terlampir.', attachments: [letter.id] });
      expect(await moved.json()).toMatchObject({ timeline: [{ attachments: [] }, { note: 'Surat terlampir.', attachments: [{ id: letter.id, name: 'surat-domisili.pdf', type: 'application/pdf' }] }] });
      const download = await call(app, 'GET', path, { 'X-Verifier': filed.verifier });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
      // Sent once: it cannot go out again with another move.
      const png = (await (await attach(attachmentBody(PNG, 'foto.png', 'image/png'))).json()) as { id: string };
      await expectRefusal(move(filed, 'diverifikasi', 'diproses', { attachments: [letter.id, png.id] }), 400, 'invalid_input');
    });
  });
});
