import { describe, expect, it } from 'vitest';
import type { FormDefinition } from '@palapa/sdk/forms';
import { answerLines } from './request-answers';

const definition: FormDefinition = {
  spec: 1,
  sections: [
    {
      key: 'pemohon',
      title: { id: 'Pemohon', en: 'Applicant' },
      fields: [
        { key: 'nama', type: 'text', label: { id: 'Nama', en: 'Name' }, required: true },
        {
          key: 'keperluan',
          type: 'choice',
          label: { id: 'Keperluan', en: 'Purpose' },
          required: true,
          options: [
            { value: 'kerja', label: { id: 'Melamar kerja', en: 'Job application' } },
            { value: 'lain', label: { id: 'Lainnya', en: 'Other' } },
          ],
        },
        { key: 'keterangan', type: 'text', label: { id: 'Keterangan', en: 'Details' }, required: false, visibleWhen: { field: 'keperluan', anyOf: ['lain'] } },
        { key: 'alamat', type: 'address', label: { id: 'Alamat', en: 'Address' }, required: true },
        { key: 'ktp', type: 'file', label: { id: 'Foto KTP', en: 'KTP photo' }, required: true, accept: ['image/jpeg'], maxSizeKb: 2048 },
      ],
    },
  ],
};

describe("a request's answers", () => {
  it("reads each answer with its version's label and option names, in the citizen's language", () => {
    const values = {
      nama: 'Siti',
      keperluan: 'kerja',
      keterangan: 'left over from a hidden field',
      alamat: { kecamatan: 'Kranggan', kelurahan: 'Meri', street: 'Jl. Mawar 3' },
      ktp: '0b5e3a52-7f3c-4d1e-9a55-3c1f0e1d2a4b',
    };
    const files = [{ id: '0b5e3a52-7f3c-4d1e-9a55-3c1f0e1d2a4b', name: 'ktp.jpg', type: 'image/jpeg', size: 1000 }];
    expect(answerLines(definition, values, files, 'en').map(({ label, text }) => [label, text])).toEqual([
      ['Name', 'Siti'],
      ['Purpose', 'Job application'],
      ['Address', 'Jl. Mawar 3, Kel. Meri, Kec. Kranggan'],
      ['KTP photo', 'ktp.jpg'],
    ]);
    expect(answerLines(definition, values, files, 'id')[1]?.text).toBe('Melamar kerja');
    expect(answerLines(definition, values, files, 'id')[3]?.file?.id).toBe(files[0]?.id);
  });
});
