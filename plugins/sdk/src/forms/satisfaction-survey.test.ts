import { describe, expect, it } from 'vitest';
import { canMoveRequest } from './request-workflow';
import { isSkmScores, skmIndex, type SkmScores } from './satisfaction-survey';

const all = (score: number): SkmScores =>
  ({ persyaratan: score, prosedur: score, waktu: score, biaya: score, produk: score, kompetensi: score, perilaku: score, pengaduan: score, sarana: score });

describe('the satisfaction survey (SKM)', () => {
  it('computes the index as the mean of element means × 25, with its grade', () => {
    expect(skmIndex([])).toBeNull();
    expect(skmIndex([all(4)])).toMatchObject({ index: 100, grade: 'A', responses: 1 });
    const mixed = skmIndex([all(4), all(3), { ...all(3), waktu: 1 }]);
    expect(mixed?.elements.waktu).toBeCloseTo(8 / 3);
    expect(mixed?.index).toBe(81.48); // (8 × 10/3 + 8/3) / 9 × 25
    expect(mixed?.grade).toBe('B');
    expect(skmIndex([all(1)])).toMatchObject({ index: 25, grade: 'D' });
  });

  it('accepts exactly the nine elements scored 1–4', () => {
    expect(isSkmScores(all(2))).toBe(true);
    expect(isSkmScores({ ...all(2), waktu: 5 })).toBe(false);
    expect(isSkmScores({ ...all(2), waktu: 2.5 })).toBe(false);
    expect(isSkmScores({ ...all(2), extra: 1 })).toBe(false);
  });
});

describe('the request workflow', () => {
  it('moves forward one step or to ditolak, never out of a final status', () => {
    expect(canMoveRequest('diterima', 'diverifikasi')).toBe(true);
    expect(canMoveRequest('diterima', 'diproses')).toBe(false);
    expect(canMoveRequest('diproses', 'ditolak')).toBe(true);
    expect(canMoveRequest('selesai', 'ditolak')).toBe(false);
  });
});
