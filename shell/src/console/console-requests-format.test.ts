import type { FormDefinition } from '@palapa/sdk';
import { describe, expect, it } from 'vitest';
import { answerRows, formatDate, isOverdue, todayInJakarta } from './console-requests-format';

const DEFINITION: FormDefinition = {
  spec: 1,
  sections: [
    {
      key: 'laporan',
      title: { id: 'Laporan', en: 'Report' },
      fields: [
        { key: 'nama', type: 'text', label: { id: 'Nama', en: 'Name' }, required: true },
        {
          key: 'jenis',
          type: 'choice',
          label: { id: 'Jenis', en: 'Kind' },
          required: true,
          options: [
            { value: 'jalan', label: { id: 'Jalan rusak', en: 'Damaged road' } },
            { value: 'lampu', label: { id: 'Lampu mati', en: 'Street light out' } },
          ],
        },
        { key: 'foto', type: 'file', label: { id: 'Foto', en: 'Photo' }, required: false, visibleWhen: { field: 'jenis', anyOf: ['jalan'] }, accept: ['image/jpeg'], maxSizeKb: 100 },
        { key: 'tiang', type: 'text', label: { id: 'Nomor tiang', en: 'Pole number' }, required: false, visibleWhen: { field: 'jenis', anyOf: ['lampu'] } },
        { key: 'alamat', type: 'address', label: { id: 'Alamat', en: 'Address' }, required: false },
        { key: 'lokasi', type: 'location', label: { id: 'Lokasi', en: 'Location' }, required: false },
        { key: 'tanggal', type: 'date', label: { id: 'Tanggal', en: 'Date' }, required: false },
        { key: 'catatan', type: 'longText', label: { id: 'Catatan', en: 'Notes' }, required: false },
      ],
    },
  ],
};

describe('reading a request in the inbox', () => {
  it('says each answer with the labels of its definition version, in the chosen language', () => {
    const file = { id: '0f8fad5b-d9cb-469f-a165-70867728950e', name: 'jalan.jpg', type: 'image/jpeg', size: 2048 };
    const values = {
      nama: 'Siti Aminah',
      jenis: 'jalan',
      foto: file.id,
      alamat: { kecamatan: 'Magersari', kelurahan: 'Wates', street: 'Jl. Empu Nala 5' },
      lokasi: { lat: -7.4722, lng: 112.4338 },
      tanggal: '2026-05-12',
    };
    const rows = answerRows(DEFINITION, values, [file], 'en');
    // The pole number belongs to street lights: hidden for this answer, so not listed.
    expect(rows.map((row) => row.key)).toEqual(['nama', 'jenis', 'foto', 'alamat', 'lokasi', 'tanggal', 'catatan']);
    expect(rows.find((row) => row.key === 'jenis')).toMatchObject({ label: 'Kind', text: 'Damaged road', section: 'Report' });
    expect(rows.find((row) => row.key === 'foto')).toMatchObject({ text: 'jalan.jpg', file });
    expect(rows.find((row) => row.key === 'alamat')?.text).toBe('Jl. Empu Nala 5, Wates, Magersari');
    expect(rows.find((row) => row.key === 'lokasi')?.mapUrl).toContain('mlat=-7.4722');
    expect(rows.find((row) => row.key === 'tanggal')?.text).toBe('12 May 2026');
    expect(rows.find((row) => row.key === 'catatan')?.text).toBeNull();
    expect(answerRows(DEFINITION, values, [file], 'id').find((row) => row.key === 'jenis')?.text).toBe('Jalan rusak');
  });

  it('marks open requests past their due date as overdue, never finished ones', () => {
    expect(isOverdue('2026-05-11', 'diproses', '2026-05-12')).toBe(true);
    expect(isOverdue('2026-05-12', 'diproses', '2026-05-12')).toBe(false);
    expect(isOverdue('2026-05-01', 'selesai', '2026-05-12')).toBe(false);
    expect(isOverdue('2026-05-01', 'ditolak', '2026-05-12')).toBe(false);
  });

  it('counts today in Jakarta time', () => {
    // 18:00 UTC is already the next day in Jakarta (UTC+7).
    expect(todayInJakarta(new Date('2026-05-11T18:00:00Z'))).toBe('2026-05-12');
    expect(formatDate('2026-05-12', 'id')).toBe('12 Mei 2026');
  });
});
