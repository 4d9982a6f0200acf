import { SANDBOX_TOKENS as SDK_SANDBOX_TOKENS, serviceDetailSchema } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { SANDBOX_TOKENS, serviceDetailCheck, serviceDetailProblem } from './service-detail-check';

const text = (id: string) => ({ id, en: '' });
const detail = {
  slug: 'cek-pbb',
  kind: 'link',
  name: { id: 'Cek PBB', en: 'Property tax' },
  summary: text('Cek tagihan PBB'),
  category: { slug: 'pajak', name: text('Pajak') },
  opd: { slug: 'bpkpd', name: 'BPKPD' },
  keywords: ['pbb'],
  version: null,
  description: text('Cek tagihan PBB Anda.'),
  linkUrl: 'https://example.test/pbb',
  standard: {
    requirements: { id: ['NOP'], en: ['Tax object number'] },
    procedure: { id: ['Isi NOP'], en: [] },
    processingTime: text('Seketika'),
    fee: text('Gratis'),
    product: text('Informasi tagihan'),
    complaintChannel: text('Call Center 112'),
    legalBasis: { id: ['Perda 1/2011'] },
  },
};
const { en: _en, ...idOnly } = detail.name;
const withoutEnglish = {
  ...detail,
  name: idOnly,
  summary: { id: 'Cek tagihan PBB' },
  category: { slug: 'pajak', name: { id: 'Pajak' } },
  description: { id: 'Cek tagihan PBB Anda.' },
  standard: { ...detail.standard, fee: { id: 'Gratis' }, complaintChannel: { id: 'Call Center 112' } },
};
const embedded = { ...detail, linkEmbed: { sandbox: ['allow-scripts', 'allow-forms'] } };
const valid = [detail, withoutEnglish, embedded, { ...detail, linkEmbed: null }, { ...detail, linkEmbed: { sandbox: [] } }, { ...detail, kind: 'module', linkUrl: null, version: '1.0.0', entry: { url: '/e.js', integrity: 'sha384-x', remote: 'palapa_cek_pbb' } }];
const invalid = [
  null,
  { ...detail, description: undefined },
  { ...detail, linkUrl: 3 },
  { ...detail, standard: undefined },
  { ...detail, standard: { ...detail.standard, fee: 'Gratis' } },
  { ...detail, standard: { ...detail.standard, procedure: { id: [''] } } },
  { ...detail, standard: { ...detail.standard, legalBasis: { id: Array.from({ length: 101 }, () => 'x') } } },
  { ...detail, kind: 'plugin' },
  { ...detail, linkEmbed: { sandbox: ['allow-top-navigation'] } },
  { ...detail, linkEmbed: { sandbox: ['allow-scripts', 'allow-same-origin allow-top-navigation'] } },
  { ...detail, linkEmbed: { sandbox: 'allow-scripts' } },
  { ...detail, linkEmbed: {} },
  { ...detail, linkEmbed: ['allow-scripts'] },
  { ...detail, linkEmbed: 'allow-scripts' },
];

describe('serviceDetailCheck (zod-free, on the path from a tap to a plugin)', () => {
  it('accepts what the SDK schema accepts, and fills the same defaults', () => {
    for (const body of valid) {
      const parsed = serviceDetailSchema.safeParse(body);
      expect(parsed.success).toBe(true);
      expect(serviceDetailProblem(body)).toBeNull();
      expect(serviceDetailCheck.safeParse(body)).toStrictEqual({ success: true, data: parsed.data });
    }
  });

  it('refuses what the SDK schema refuses', () => {
    for (const body of invalid) {
      expect(serviceDetailSchema.safeParse(body).success, JSON.stringify(body)).toBe(false);
      expect(serviceDetailProblem(body), JSON.stringify(body)).not.toBeNull();
    }
  });

  it('grants exactly the sandbox tokens the SDK lists', () => {
    expect(SANDBOX_TOKENS).toEqual(SDK_SANDBOX_TOKENS);
  });
});
