import { describe, expect, it } from 'vitest';
import { checkDraft, checkPhoto, checkTracking, insideMojokerto, normaliseCode, type FormValues } from './draft-check';

const valid: FormValues = {
  category: 'pengaduan',
  topic: 'sampah',
  description: '  Sampah menumpuk di TPS Jl. Kedungsari selama empat hari.  ',
  kelurahan: 'Kedundung',
  address: '',
  coordinates: null,
};

describe('checkDraft', () => {
  it('accepts a complete report, trimmed, without an empty address', () => {
    expect(checkDraft(valid)).toEqual({
      ok: true,
      draft: { category: 'pengaduan', topic: 'sampah', description: 'Sampah menumpuk di TPS Jl. Kedungsari selama empat hari.', kelurahan: 'Kedundung' },
    });
    const withPlace = checkDraft({ ...valid, address: ' Jl. Kedungsari ', coordinates: { lat: -7.47, lng: 112.44 } });
    expect(withPlace.ok && withPlace.draft).toMatchObject({ address: 'Jl. Kedungsari', coordinates: { lat: -7.47, lng: 112.44 } });
  });

  it('names every missing or wrong field at once', () => {
    const check = checkDraft({ ...valid, category: '', topic: 'hantu', description: 'pendek', kelurahan: 'Menteng', address: 'x'.repeat(201) });
    expect(check.ok ? [] : check.problems).toEqual([
      { field: 'category', problem: 'category' },
      { field: 'topic', problem: 'topic' },
      { field: 'description', problem: 'description-short', count: 6 },
      { field: 'kelurahan', problem: 'kelurahan' },
      { field: 'address', problem: 'address-long' },
    ]);
  });

  it('counts characters as the citizen does, and refuses more than 2000', () => {
    expect(checkDraft({ ...valid, description: '🙏'.repeat(20) }).ok).toBe(true);
    const long = checkDraft({ ...valid, description: 'a'.repeat(2001) });
    expect(long.ok ? [] : long.problems).toEqual([{ field: 'description', problem: 'description-long', count: 2001 }]);
  });
});

describe('checkPhoto', () => {
  const jpeg = new Uint8Array([0xff, 0xd8, 0xff, 0xe0, 0, 0, 0, 0]);
  const png = new Uint8Array([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a]);
  it('judges by the bytes and the size', () => {
    expect(checkPhoto(1000, jpeg)).toBeNull();
    expect(checkPhoto(2 * 1024 * 1024, png)).toBeNull();
    expect(checkPhoto(2 * 1024 * 1024 + 1, png)).toEqual({ field: 'photo', problem: 'photo-size' });
    expect(checkPhoto(1000, new TextEncoder().encode('GIF89a..'))).toEqual({ field: 'photo', problem: 'photo-type' });
  });
});

describe('tracking', () => {
  it('normalises a code however it was typed', () => {
    expect(normaliseCode(' cni 7k3p q9 ')).toBe('CNI-7K3P-Q9');
    expect(normaliseCode('7k3pq9')).toBe('CNI-7K3P-Q9');
    expect(checkTracking('cni-7k3p-q9', '2468')).toEqual({ ok: true, code: 'CNI-7K3P-Q9', verifier: '2468' });
  });

  it('names a malformed code and verifier', () => {
    const check = checkTracking('CNI-0000', '12a');
    expect(check.ok ? [] : check.problems.map((problem) => problem.field)).toEqual(['code', 'verifier']);
  });
});

describe('insideMojokerto', () => {
  it('keeps the city and refuses elsewhere', () => {
    expect(insideMojokerto({ lat: -7.4706, lng: 112.4401 })).toBe(true); // Alun-alun
    expect(insideMojokerto({ lat: -6.2, lng: 106.8 })).toBe(false); // Jakarta
  });
});
