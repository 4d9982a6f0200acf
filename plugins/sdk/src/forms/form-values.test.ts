import { describe, expect, it } from 'vitest';
import { fieldErrorMessage } from './form-messages';
import type { FormDefinition } from './form-types';
import { checkFormValues } from './form-values';
import { nikProblem } from './nik';

const label = { id: 'Isian', en: 'Field' };
const form: FormDefinition = {
  spec: 1,
  sections: [
    {
      key: 'pemohon',
      title: label,
      fields: [
        { key: 'nama', type: 'text', label, required: true, maxLength: 10 },
        { key: 'nik', type: 'nik', label, required: true },
        { key: 'telepon', type: 'phone', label, required: false },
        { key: 'umur', type: 'number', label, required: false, min: 17, max: 120 },
        {
          key: 'jenis',
          type: 'choice',
          label,
          required: true,
          options: [
            { value: 'baru', label },
            { value: 'hilang', label },
          ],
        },
        { key: 'nomor_laporan', type: 'text', label, required: true, visibleWhen: { field: 'jenis', anyOf: ['hilang'] } },
        { key: 'alamat', type: 'address', label, required: false },
        { key: 'tanggal', type: 'date', label, required: false },
      ],
    },
  ],
};

describe('checkFormValues', () => {
  it('keeps trimmed, visible answers and drops a hidden field and blanks', () => {
    const check = checkFormValues(form, {
      nama: '  Siti  ',
      nik: '3576 0145 0990 0001',
      telepon: '0812-3456-7890',
      jenis: 'baru',
      nomor_laporan: 'hidden because jenis is baru',
      umur: '',
      alamat: { kecamatan: 'Kranggan', kelurahan: 'Meri', street: 'Jl. Gajah Mada 1' },
      tanggal: '2024-02-29',
    });
    expect(check.errors).toEqual({});
    expect(check.values).toEqual({
      nama: 'Siti',
      nik: '3576014509900001',
      telepon: '081234567890',
      jenis: 'baru',
      alamat: { kecamatan: 'Kranggan', kelurahan: 'Meri', street: 'Jl. Gajah Mada 1' },
      tanggal: '2024-02-29',
    });
  });

  it('asks for a conditional field once it is shown, and says what is wrong with each answer', () => {
    const check = checkFormValues(form, {
      nama: 'Nama yang terlalu panjang',
      nik: '3576014509900000',
      telepon: '12345',
      umur: 12,
      jenis: 'hilang',
      alamat: { kecamatan: 'Magersari', kelurahan: 'Meri', street: 'Jl. A' },
      tanggal: '2023-02-29',
      siapa: 'x',
    });
    expect(check.errors).toEqual({
      nama: { code: 'tooLong', limit: 10 },
      nik: { code: 'nikSerial' },
      telepon: { code: 'badPhone' },
      umur: { code: 'tooSmall', limit: 17 },
      nomor_laporan: { code: 'required' },
      alamat: { code: 'badAddress' },
      tanggal: { code: 'badDate' },
      siapa: { code: 'unknownField' },
    });
    expect(fieldErrorMessage({ code: 'tooLong', limit: 10 }, 'id')).toBe('Terlalu panjang: paling banyak 10 karakter.');
    expect(fieldErrorMessage({ code: 'required' }, 'en')).toBe('This field is required.');
  });
});

describe('nikProblem', () => {
  it('checks the region, the birth date (women +40) and the serial', () => {
    expect(nikProblem('3576014509900001')).toBeNull(); // a woman born 5 Sep 1990
    expect(nikProblem('357601450990001')).toBe('format');
    expect(nikProblem('0976014509900001')).toBe('region');
    expect(nikProblem('3576013102900001')).toBe('birthDate'); // 31 February
    expect(nikProblem('3576017213900001')).toBe('birthDate'); // month 13
    expect(nikProblem('3576014509900000')).toBe('serial');
  });
});
