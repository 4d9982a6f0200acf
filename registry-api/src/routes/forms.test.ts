// The forms contract, citizen side: definitions, the public form, uploads and filing (issue 6).
import { desc, eq } from 'drizzle-orm';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createApp, type PalapaApp } from '../app';
import { auditLog, formRequests } from '../db/schema';
import { dueDateFor } from '../domain/forms/due-date';
import { seedDemoCity } from '../seed/seed-demo-city';
import { createActors } from '../test-support/actors';
import { expectRefusal as expectRefusalWithoutChange } from '../test-support/expect-refusal';
import { createFormService, file, fileOk, HTML, newKey, noise, PDF, PNG, TEST_DEFINITION, uploadBody, validValues } from '../test-support/forms-fixtures';
import { call, errorOf, serviceBody, uniqueSlug } from '../test-support/staff-api';
import { createTestDatabase, testDrivers, type TestDatabase } from '../test-support/test-database';

type Actors = Awaited<ReturnType<typeof createActors>>;

describe.each(testDrivers())('forms API: definitions, form, uploads, filing (%s)', (driver) => {
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

  it('publishes definition versions 1, 2, … (own OPD publisher), audited, and lists them with their request counts', async () => {
    const fresh = uniqueSlug('formulir');
    await call(app, 'POST', '/services', actors.publisher.headers, serviceBody(fresh, { kind: 'form' }));
    const empty = await call(app, 'GET', `/services/${fresh}/form`, actors.publisher.headers);
    expect(await empty.json()).toEqual({ current: null, versions: [] });
    const first = await call(app, 'PUT', `/services/${fresh}/form`, actors.publisher.headers, { definition: TEST_DEFINITION, processingDays: 3 });
    expect(first.status).toBe(201);
    expect(await first.json()).toMatchObject({ version: 1, processingDays: 3, definition: TEST_DEFINITION, createdBy: { name: 'penerbit' } });
    await fileOk(app, fresh);
    const second = await call(app, 'PUT', `/services/${fresh}/form`, actors.admin.headers, { definition: TEST_DEFINITION, processingDays: 7 });
    expect(await second.json()).toMatchObject({ version: 2, processingDays: 7, createdBy: { name: 'admin' } });
    const history = (await (await call(app, 'GET', `/services/${fresh}/form`, actors.publisher.headers)).json()) as Record<string, unknown>;
    expect(history).toMatchObject({
      current: { version: 2, processingDays: 7 },
      versions: [
        { version: 2, requests: 0, createdBy: { name: 'admin' } },
        { version: 1, requests: 1, createdBy: { name: 'penerbit' } },
      ],
    });
    const [audit] = await database.db.select().from(auditLog).where(eq(auditLog.action, 'form.publish')).orderBy(desc(auditLog.id)).limit(1);
    expect(audit?.after).toMatchObject({ slug: fresh, version: 2 });
  });

  it('refuses to publish for a module service (409), another OPD (403), citizens (403), strangers (401), bad definitions (400)', async () => {
    const body = { definition: TEST_DEFINITION, processingDays: 3 };
    await expectRefusal(call(app, 'PUT', '/services/cek-pbb/form', actors.admin.headers, body), 409, 'not_a_form_service');
    await expectRefusal(call(app, 'PUT', `/services/${slug}/form`, actors.otherPublisher.headers, body), 403, 'forbidden');
    await expectRefusal(call(app, 'PUT', `/services/${slug}/form`, actors.citizen.headers, body), 403, 'forbidden');
    await expectRefusal(call(app, 'PUT', `/services/${slug}/form`, {}, body), 401, 'unauthorized');
    await expectRefusal(call(app, 'PUT', '/services/tidak-ada/form', actors.admin.headers, body), 404, 'not_found');
    await expectRefusal(call(app, 'PUT', `/services/${slug}/form`, actors.admin.headers, { ...body, processingDays: 0 }), 400, 'invalid_input');
    const badCondition = structuredClone(TEST_DEFINITION);
    (badCondition.sections[0]!.fields[3] as { visibleWhen: { field: string } }).visibleWhen.field = 'nama';
    await expectRefusal(call(app, 'PUT', `/services/${slug}/form`, actors.admin.headers, { ...body, definition: badCondition }), 400, 'invalid_input');
    await expectRefusal(call(app, 'GET', `/services/${slug}/form`, actors.otherPublisher.headers), 403, 'forbidden');
  });

  it('serves the current form of an enabled service with an ETag, answers 304 to it, and a new ETag after a new version', async () => {
    const fresh = await createFormService(app, actors.admin);
    const response = await call(app, 'GET', `/forms/${fresh}`);
    expect(response.status).toBe(200);
    expect(response.headers.get('cache-control')).toBe('no-cache');
    expect(await response.json()).toEqual({ slug: fresh, version: 1, definition: TEST_DEFINITION, processingDays: 5 });
    const etag = response.headers.get('etag') ?? '';
    expect(etag).toMatch(/^".+"$/);
    expect((await app.request(`/api/v1/forms/${fresh}`, { headers: { 'If-None-Match': etag } })).status).toBe(304);
    await call(app, 'PUT', `/services/${fresh}/form`, actors.admin.headers, { definition: TEST_DEFINITION, processingDays: 9 });
    const next = await app.request(`/api/v1/forms/${fresh}`, { headers: { 'If-None-Match': etag } });
    expect(next.status).toBe(200);
    expect(next.headers.get('etag')).not.toBe(etag);
    expect(await next.json()).toMatchObject({ version: 2, processingDays: 9 });
  });

  it('answers 404 for a disabled, unknown, unpublished or non-form service', async () => {
    const disabled = await createFormService(app, actors.admin);
    await call(app, 'POST', `/services/${disabled}/disable`, actors.admin.headers, { reason: 'Perbaikan formulir' });
    const unpublished = uniqueSlug('formulir');
    await call(app, 'POST', '/services', actors.admin.headers, serviceBody(unpublished, { kind: 'form', opd: 'bpkpd' }));
    for (const target of [disabled, 'tidak-ada', unpublished, 'cek-pbb']) {
      expect((await errorOf(await call(app, 'GET', `/forms/${target}`))).status).toBe(404);
      await expectRefusal(file(app, target, validValues()), target === unpublished ? 400 : 404, target === unpublished ? 'invalid_input' : 'not_found');
    }
  });

  it('files a request: tracking code, verifier, due date in working days, service name; audited with its timeline', async () => {
    const before = Date.now();
    const filed = await fileOk(app, slug);
    expect(filed).toMatchObject({ status: 'diterima', definitionVersion: 1, service: { slug, name: { id: `Layanan ${slug}` } } });
    expect(filed.trackingCode).toMatch(/^MJK-[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6}$/);
    expect(filed.verifier).toMatch(/^[ABCDEFGHJKMNPQRSTUVWXYZ23456789]{6,8}$/);
    expect([dueDateFor(new Date(before), 5), dueDateFor(new Date(), 5)]).toContain(filed.dueDate);
    const [row] = await database.db.select().from(formRequests).where(eq(formRequests.trackingCode, filed.trackingCode));
    // Only an HMAC derivation: the verifier is not in the row.
    expect(JSON.stringify(row)).not.toContain(filed.verifier);
    const view = await (await call(app, 'GET', `/requests/${filed.trackingCode}`, { 'X-Verifier': filed.verifier })).json();
    expect(view).toMatchObject({ status: 'diterima', values: validValues(), timeline: [{ status: 'diterima', note: null, attachments: [] }], canRate: false, rating: null });
  });

  it('replays a retried submission (same key, same body) with 200 and the identical request; refuses the key with another body', async () => {
    const key = newKey();
    const first = await file(app, slug, validValues(), { key });
    expect(first.status).toBe(201);
    const filed = await first.json();
    const replay = await file(app, slug, { jenis: 'biasa', nik: validValues().nik, nama: 'Budi Santoso' }, { key });
    expect(replay.status).toBe(200);
    expect(await replay.json()).toEqual(filed);
    await expectRefusal(file(app, slug, validValues({ nama: 'Orang Lain' }), { key }), 409, 'idempotency_key_reused');
    // The same key from a signed-in citizen is someone else's submission.
    await expectRefusal(file(app, slug, validValues(), { key, headers: actors.citizen.headers }), 409, 'idempotency_key_reused');
  });

  it('files exactly once when the same submission races itself', async () => {
    const key = newKey();
    const answers = await Promise.all(Array.from({ length: 12 }, () => file(app, slug, validValues({ nama: 'Balapan' }), { key })));
    const statuses = answers.map((response) => response.status).sort();
    expect(statuses.filter((status) => status === 201)).toHaveLength(1);
    expect(statuses.filter((status) => status === 200)).toHaveLength(11);
    const bodies = await Promise.all(answers.map((response) => response.json() as Promise<{ trackingCode: string; verifier: string }>));
    expect(new Set(bodies.map((body) => `${body.trackingCode} ${body.verifier}`)).size).toBe(1);
    expect(await database.db.$count(formRequests, eq(formRequests.idempotencyKey, key))).toBe(1);
  });

  it('refuses a missing or malformed Idempotency-Key with 400', async () => {
    await expectRefusal(call(app, 'POST', `/forms/${slug}/requests`, {}, { definitionVersion: 1, values: validValues() }), 400, 'invalid_input');
    await expectRefusal(file(app, slug, validValues(), { key: 'pendek' }), 400, 'invalid_input');
    await expectRefusal(file(app, slug, validValues(), { key: 'kunci dengan spasi' }), 400, 'invalid_input');
  });

  it('re-checks the answers: 400 invalid_answers with each field code and its Indonesian sentence; hidden answers are dropped', async () => {
    const response = await file(app, slug, { nama: '', nik: '1234', jenis: 'lain', asing: 'x' });
    const body = (await response.json()) as { error: { code: string; details: { fields: Record<string, unknown> } } };
    expect(response.status).toBe(400);
    expect(body.error.code).toBe('invalid_answers');
    expect(body.error.details.fields).toEqual({
      nama: { code: 'required', message: 'Wajib diisi.' },
      nik: { code: 'nikFormat', message: 'NIK terdiri dari 16 angka.' },
      keterangan: { code: 'required', message: 'Wajib diisi.' },
      asing: { code: 'unknownField', message: 'Isian ini tidak ada pada formulir.' },
    });
    await expectRefusal(file(app, slug, validValues({ nama: 'x'.repeat(101) })), 400, 'invalid_answers');
    const filed = await fileOk(app, slug, validValues({ keterangan: 'tersembunyi' }));
    const view = (await (await call(app, 'GET', `/requests/${filed.trackingCode}`, { 'X-Verifier': filed.verifier })).json()) as { values: object };
    expect(view.values).toEqual(validValues());
  });

  it('still files and reads a request under an older definition version after a new one is published', async () => {
    const fresh = await createFormService(app, actors.admin);
    const v2 = structuredClone(TEST_DEFINITION);
    v2.sections[0]!.fields = v2.sections[0]!.fields.filter((field) => field.key !== 'nik');
    v2.sections[0]!.fields.push({ key: 'telepon', type: 'phone', label: { id: 'Telepon', en: 'Phone' }, required: true } as never);
    await call(app, 'PUT', `/services/${fresh}/form`, actors.admin.headers, { definition: v2, processingDays: 2 });
    const old = await fileOk(app, fresh, validValues(), { version: 1 });
    expect(old.definitionVersion).toBe(1);
    const current = await fileOk(app, fresh, { nama: 'Sari', jenis: 'biasa', telepon: '081234567890' }, { version: 2 });
    expect(current.definitionVersion).toBe(2);
    const view = (await (await call(app, 'GET', `/requests/${old.trackingCode}`, { 'X-Verifier': old.verifier })).json()) as Record<string, unknown>;
    expect(view).toMatchObject({ definitionVersion: 1, definition: TEST_DEFINITION, values: validValues() });
    await expectRefusal(file(app, fresh, validValues(), { version: 2 }), 400, 'invalid_answers');
    await expectRefusal(file(app, fresh, validValues(), { version: 3 }), 400, 'invalid_input');
  });

  it('gives a signed-in citizen their requests (newest first); an anonymous filing is nobody\'s', async () => {
    const first = await fileOk(app, slug, validValues(), { headers: actors.citizen.headers });
    const second = await fileOk(app, slug, validValues(), { headers: actors.citizen.headers });
    await fileOk(app, slug);
    const mine = (await (await call(app, 'GET', '/me/requests', actors.citizen.headers)).json()) as { items: { trackingCode: string; service: { slug: string } }[] };
    expect(mine.items.map((item) => item.trackingCode)).toEqual([second.trackingCode, first.trackingCode]);
    expect(mine.items[0]).toMatchObject({ status: 'diterima', dueDate: second.dueDate, service: { slug } });
    expect((await call(app, 'GET', '/me/requests')).status).toBe(401);
  });

  describe('uploads', () => {
    it('types a file by its content: a PNG named .pdf and sent as application/pdf is image/png', async () => {
      const response = await call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('berkas', PNG, 'surat.pdf', 'application/pdf'));
      expect(response.status).toBe(201);
      expect(await response.json()).toMatchObject({ id: expect.stringMatching(/^[0-9a-f-]{36}$/), name: 'surat.pdf', type: 'image/png', size: PNG.byteLength });
    });

    it('refuses HTML (415), an unknown type (415), a file over the field limit (413), a field that is not a file field (400)', async () => {
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('berkas', HTML, 'surat.pdf', 'application/pdf')), 415, 'unsupported_type');
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('berkas', noise(64), 'a.png', 'image/png')), 415, 'unsupported_type');
      const big = Buffer.concat([PNG, noise(101 * 1024)]);
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('berkas', big, 'besar.png', 'image/png')), 413, 'too_large');
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('nama', PNG, 'a.png', 'image/png')), 400, 'invalid_input');
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('tidak_ada', PNG, 'a.png', 'image/png')), 400, 'invalid_input');
      // Not multipart at all: the media type is refused before anything is read.
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, { field: 'berkas' }), 415, 'unsupported_type');
      await expectRefusal(call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('berkas', new Uint8Array(), 'a.png', 'image/png')), 415, 'unsupported_type');
      await expectRefusal(call(app, 'POST', '/forms/cek-pbb/uploads', {}, uploadBody('berkas', PNG, 'a.png', 'image/png')), 404, 'not_found');
    });

    it('binds an upload to the request that names it, once; serves it to the verifier, the owner and the OPD staff only', async () => {
      const upload = (await (await call(app, 'POST', `/forms/${slug}/uploads`, {}, uploadBody('berkas', PDF, 'pengantar.pdf', 'application/pdf'))).json()) as { id: string };
      const filed = await fileOk(app, slug, validValues({ berkas: upload.id }), { headers: actors.citizen.headers });
      const view = (await (await call(app, 'GET', `/requests/${filed.trackingCode}`, { 'X-Verifier': filed.verifier })).json()) as { files: unknown[] };
      expect(view.files).toEqual([{ id: upload.id, name: 'pengantar.pdf', type: 'application/pdf', size: PDF.byteLength }]);
      // A second request cannot take the same file.
      await expectRefusal(file(app, slug, validValues({ berkas: upload.id })), 400, 'invalid_answers');

      const path = `/requests/${filed.trackingCode}/files/${upload.id}`;
      const download = await call(app, 'GET', path, { 'X-Verifier': filed.verifier });
      expect(download.status).toBe(200);
      expect(Buffer.from(await download.arrayBuffer())).toEqual(PDF);
      expect(download.headers.get('content-type')).toBe('application/pdf');
      expect(download.headers.get('content-disposition')).toMatch(/^attachment; filename="pengantar.pdf"/);
      expect(download.headers.get('x-content-type-options')).toBe('nosniff');
      expect(download.headers.get('content-security-policy')).toBe('sandbox');
      for (const headers of [actors.citizen.headers, actors.publisher.headers, actors.admin.headers]) expect((await call(app, 'GET', path, headers)).status).toBe(200);
      for (const headers of [{}, { 'X-Verifier': 'SALAH123' }, actors.otherPublisher.headers]) expect((await call(app, 'GET', path, headers)).status).toBe(404);
    });

    it('refuses an upload of another field or another service as an answer', async () => {
      const other = await createFormService(app, actors.admin);
      const foreign = (await (await call(app, 'POST', `/forms/${other}/uploads`, {}, uploadBody('berkas', PNG, 'a.png', 'image/png'))).json()) as { id: string };
      await expectRefusal(file(app, slug, validValues({ berkas: foreign.id })), 400, 'invalid_answers');
      await expectRefusal(file(app, slug, validValues({ berkas: '00000000-0000-4000-8000-000000000000' })), 400, 'invalid_answers');
    });
  });
});
