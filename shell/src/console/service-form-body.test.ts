import { describe, expect, it } from 'vitest';
import type { StaffService } from './console-types';
import { catalogueBody, initialValue, linkEmbedBody, newServiceBody } from './service-form-body';

const fields: Record<string, string> = {
  slug: 'izin-keramaian',
  kind: 'link',
  opd: '',
  category: 'perizinan',
  'name.id': ' Izin Keramaian ',
  'name.en': 'Crowd permit',
  'summary.id': 'Ajukan izin keramaian.',
  'summary.en': '',
  'description.id': 'Deskripsi.',
  'description.en': '',
  keywords: 'Izin, acara, ',
  linkUrl: 'https://izin.example.go.id',
  'requirements.id': 'KTP-el\n\n  Surat permohonan ',
  'requirements.en': '',
  'procedure.id': 'Isi formulir',
  'procedure.en': 'Fill in the form',
  'legalBasis.id': '',
  'legalBasis.en': '',
  'processingTime.id': '3 hari kerja',
  'processingTime.en': '3 working days',
  'fee.id': 'Gratis',
  'fee.en': 'Free',
  'product.id': 'Surat izin',
  'product.en': '',
  'complaintChannel.id': 'Call Center 112',
  'complaintChannel.en': '',
};
const read = (name: string) => fields[name] ?? '';

describe('service form body', () => {
  it('builds a POST body: trimmed texts, one list item per line, lower-case keywords, no empty OPD', () => {
    const body = newServiceBody(read);
    expect(body).toMatchObject({
      slug: 'izin-keramaian',
      kind: 'link',
      name: { id: 'Izin Keramaian', en: 'Crowd permit' },
      keywords: ['izin', 'acara'],
      linkUrl: 'https://izin.example.go.id',
      standard: { requirements: { id: ['KTP-el', 'Surat permohonan'], en: [] }, fee: { id: 'Gratis', en: 'Free' } },
    });
    expect(body).not.toHaveProperty('opd');
  });

  it('sends a linkUrl only for link services', () => {
    expect(catalogueBody(read, 'module')).not.toHaveProperty('linkUrl');
  });

  it('fills the form back from a service', () => {
    const service = { ...newServiceBody(read), category: { slug: 'perizinan', name: { id: 'Perizinan', en: '' } }, linkUrl: 'https://izin.example.go.id' } as unknown as StaffService;
    expect(initialValue(service, 'requirements.id')).toBe('KTP-el\nSurat permohonan');
    expect(initialValue(service, 'name.en')).toBe('Crowd permit');
    expect(initialValue(service, 'category')).toBe('perizinan');
    expect(initialValue(service, 'keywords')).toBe('izin, acara');
    expect(initialValue(null, 'name.id')).toBe('');
  });

  it("sends the admin's embed choice in one order, only when it changes, and only tokens the portal grants", () => {
    const embedded = { linkEmbed: { sandbox: ['allow-forms', 'allow-scripts'] } } as unknown as StaffService;
    const plain = { linkEmbed: null } as unknown as StaffService;
    expect(linkEmbedBody(plain, true, ['allow-forms', 'allow-scripts', 'allow-top-navigation'])).toEqual({ linkEmbed: { sandbox: ['allow-scripts', 'allow-forms'] } });
    expect(linkEmbedBody(embedded, true, ['allow-scripts', 'allow-forms'])).toBeNull();
    expect(linkEmbedBody(embedded, false, ['allow-scripts'])).toEqual({ linkEmbed: null });
    expect(linkEmbedBody(plain, false, ['allow-scripts'])).toBeNull();
    expect(linkEmbedBody(null, false, [])).toBeNull();
    expect(linkEmbedBody(null, true, [])).toEqual({ linkEmbed: { sandbox: [] } });
  });
});
