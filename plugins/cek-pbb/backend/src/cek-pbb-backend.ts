/**
 * The BPKPD demo back end of Cek PBB: what a city's PBB system would answer to the portal's
 * gateway. A Hono app (no port of its own); demo-backends.ts in the registry listens for it on
 * 127.0.0.1 and approves it as the service's upstream.
 *
 *   GET /objek/:nop   one tax object, its last five years and what is owed today
 *   GET /cara-bayar   the payment channels
 */
import { Hono } from 'hono';
import { formatNop, parseNop, type NopProblem } from '../../src/nop';
import type { PbbAnswer } from '../../src/pbb-answer';
import { assessYears, FINE_MAX_MONTHS, FINE_RATE_PER_MONTH, outstanding } from './assessment';
import { maskName } from './mask-name';
import { PAYMENT_CHANNELS } from './payment-channels';
import { findTaxObject } from './tax-objects';

export interface CekPbbBackendOptions {
  /** Today, for the fines; tests pin it. */
  now?: () => Date;
}

const PROBLEMS: Readonly<Record<NopProblem, string>> = {
  empty: 'NOP kosong. / The NOP is empty.',
  characters: 'NOP hanya berisi angka, titik, dan tanda hubung. / A NOP has only digits, dots and a dash.',
  incomplete: 'NOP harus 18 digit. / A NOP has 18 digits.',
  'too-long': 'NOP harus 18 digit. / A NOP has 18 digits.',
  layout: 'Format NOP: PP.KK.CCC.LLL.BBB-NNNN.J. / NOP layout: PP.KK.CCC.LLL.BBB-NNNN.J.',
  'not-mojokerto': 'NOP ini bukan NOP Kota Mojokerto (harus diawali 35.76). / Not a Kota Mojokerto NOP (it starts with 35.76).',
  kecamatan: 'Kode kecamatan NOP tidak ada di Kota Mojokerto. / No such kecamatan code in Kota Mojokerto.',
  'zero-part': 'Kode kelurahan, blok, dan nomor urut NOP tidak boleh nol. / The kelurahan, block and serial of a NOP are never zero.',
};

export function createCekPbbBackend(options: CekPbbBackendOptions = {}): Hono {
  const now = options.now ?? (() => new Date());
  const app = new Hono();

  app.get('/objek/:nop', (c) => {
    const parsed = parseNop(decodeURIComponent(c.req.param('nop')));
    if (!parsed.ok) return c.json({ error: { code: 'invalid_nop', message: PROBLEMS[parsed.problem] } }, 400);
    const object = findTaxObject(parsed.digits);
    if (!object) {
      return c.json({ error: { code: 'nop_not_found', message: `NOP ${parsed.formatted} tidak terdaftar. / NOP ${parsed.formatted} is not registered.` } }, 404);
    }
    const today = now();
    const years = assessYears(object, today);
    return c.json({
      nop: formatNop(object.nop),
      owner: maskName(object.owner),
      object: {
        address: object.address,
        kelurahan: object.kelurahan,
        kecamatan: object.kecamatan,
        landArea: object.landArea,
        buildingArea: object.buildingArea,
        njop: years.at(-1)?.njop ?? 0,
      },
      years,
      outstanding: outstanding(years),
      fineRule: { ratePerMonth: FINE_RATE_PER_MONTH, maxMonths: FINE_MAX_MONTHS },
      paymentChannels: PAYMENT_CHANNELS,
      asOf: today.toISOString().slice(0, 10),
    } satisfies PbbAnswer);
  });

  app.get('/cara-bayar', (c) => c.json({ items: PAYMENT_CHANNELS }));

  app.notFound((c) => c.json({ error: { code: 'not_found', message: 'Alamat tidak dikenal. / Unknown address.' } }, 404));
  app.onError((error, c) => {
    console.error('[cek-pbb backend]', error);
    return c.json({ error: { code: 'internal', message: 'Kesalahan di sistem BPKPD. / BPKPD system error.' } }, 500);
  });
  return app;
}
