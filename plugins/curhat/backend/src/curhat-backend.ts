/**
 * The Diskominfo demo back end of Curhat Ning Ita: what the city's complaint system would answer to
 * the portal's gateway. A Hono app (no port of its own); demo-backends.ts in the registry listens
 * for it on 127.0.0.1 and approves it as the service's upstream.
 *
 *   POST /laporan        file a report (JSON with the photo base64, or multipart); needs Idempotency-Key
 *   POST /lacak          { code, verifier } → the report and its timeline
 *   GET  /laporan-saya   the signed-in citizen's reports (gateway-signed identity only)
 */
import { Hono, type Context } from 'hono';
import type { ContentfulStatusCode } from 'hono/utils/http-status';
import { TRACKING_CODE_PATTERN, VERIFIER_PATTERN } from '../../src/complaint';
import { callerOf, type Caller } from './citizen';
import { readJsonReport, readMultipartReport, type InputProblem, type ReadInput } from './complaint-input';
import { ComplaintStore, filedViewOf, viewOf } from './complaint-store';
import { DEMO_COMPLAINTS } from './demo-complaints';

export interface CurhatBackendOptions {
  /** The gateway's HMAC key (or how to get it), to trust the citizen's identity headers. Without it, only anonymous reports. */
  gatewaySecret?: (() => Promise<string> | string) | undefined;
  /** Starts empty instead of with the fifteen demo reports. */
  empty?: boolean;
  now?: () => Date;
}

type Env = { Variables: { caller: Caller } };

const PROBLEM_MESSAGES: Readonly<Record<InputProblem['code'], string>> = {
  invalid_report: 'Laporan tidak lengkap atau tidak sesuai. / The report is incomplete or invalid.',
  photo_too_large: 'Foto paling besar 2 MB. / The photo may be 2 MB at most.',
  photo_type: 'Foto harus JPEG atau PNG. / The photo must be a JPEG or PNG.',
  photo_empty: 'Berkas foto kosong. / The photo file is empty.',
  photo_encoding: 'Foto tidak terbaca (base64 tidak sah). / The photo could not be read (invalid base64).',
};

const IDEMPOTENCY_KEY = /^[\w.:-]{8,128}$/;

function fail(c: Context, status: ContentfulStatusCode, code: string, message: string, details?: unknown) {
  return c.json({ error: details === undefined ? { code, message } : { code, message, details } }, status);
}

export function createCurhatBackend(options: CurhatBackendOptions = {}): Hono<Env> {
  const now = options.now ?? (() => new Date());
  const store = new ComplaintStore(options.empty ? [] : DEMO_COMPLAINTS);
  const app = new Hono<Env>();

  app.use(async (c, next) => {
    const caller = await callerOf(c.req.raw, options.gatewaySecret);
    if (caller.kind === 'forged') return fail(c, 401, 'bad_identity', 'Identitas warga tidak sah. / The citizen identity is not validly signed.');
    c.set('caller', caller);
    await next();
  });

  app.post('/laporan', async (c) => {
    const key = c.req.header('idempotency-key');
    if (!key || !IDEMPOTENCY_KEY.test(key)) {
      return fail(c, 400, 'idempotency_key_required', 'Header Idempotency-Key (8–128 karakter) wajib ada. / An Idempotency-Key header (8–128 characters) is required.');
    }
    const type = c.req.header('content-type') ?? '';
    let input: ReadInput;
    try {
      if (type.startsWith('multipart/form-data')) input = await readMultipartReport(await c.req.formData());
      else if (type.startsWith('application/json')) input = readJsonReport(await c.req.json());
      else return fail(c, 415, 'unsupported_media_type', 'Kirim JSON atau multipart/form-data. / Send JSON or multipart/form-data.');
    } catch {
      return fail(c, 400, 'malformed_body', 'Isi permintaan tidak terbaca. / The request body could not be read.');
    }
    if (!input.ok) return fail(c, 400, input.problem.code, PROBLEM_MESSAGES[input.problem.code], input.problem.issues);
    const caller = c.get('caller');
    const outcome = store.file({
      draft: input.draft,
      photo: input.photo,
      citizenId: caller.kind === 'citizen' ? caller.user.id : null,
      idempotencyKey: key,
      fingerprint: input.fingerprint,
      now: now(),
    });
    if (outcome.kind === 'key-reused') {
      return fail(c, 422, 'idempotency_key_reused', 'Idempotency-Key ini sudah dipakai untuk laporan lain. / This Idempotency-Key was used for another report.');
    }
    return c.json(filedViewOf(outcome.complaint), outcome.kind === 'created' ? 201 : 200, outcome.kind === 'replayed' ? { 'Idempotent-Replayed': 'true' } : {});
  });

  app.post('/lacak', async (c) => {
    const body = (await c.req.json().catch(() => null)) as { code?: unknown; verifier?: unknown } | null;
    const code = typeof body?.code === 'string' ? body.code.trim().toUpperCase() : '';
    const verifier = typeof body?.verifier === 'string' ? body.verifier.trim() : '';
    if (!TRACKING_CODE_PATTERN.test(code) || !VERIFIER_PATTERN.test(verifier)) {
      return fail(c, 400, 'invalid_tracking', 'Kode laporan (CNI-XXXX-XX) dan kode verifikasi (4 angka) wajib diisi. / A report code (CNI-XXXX-XX) and a 4-digit verifier are required.');
    }
    const complaint = store.track(code, verifier);
    if (!complaint) return fail(c, 404, 'report_not_found', 'Laporan tidak ditemukan: periksa kode dan kode verifikasi. / No report found: check the code and verifier.');
    return c.json(viewOf(complaint));
  });

  app.get('/laporan-saya', (c) => {
    const caller = c.get('caller');
    if (caller.kind !== 'citizen') return fail(c, 401, 'sign_in_required', 'Masuk terlebih dahulu untuk melihat laporan Anda. / Sign in to see your reports.');
    return c.json({ items: store.ofCitizen(caller.user.id).map(filedViewOf) });
  });

  app.notFound((c) => fail(c, 404, 'not_found', 'Alamat tidak dikenal. / Unknown address.'));
  app.onError((error, c) => {
    console.error('[curhat backend]', error);
    return fail(c, 500, 'internal', 'Kesalahan di sistem Diskominfo. / Diskominfo system error.');
  });
  return app;
}
