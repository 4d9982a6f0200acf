import { describe, expect, it } from 'vitest';
import { EMPTY_QUERY, countByType, filterPoints, kelurahanChoices, normalizeText, withKecamatan, type PointQuery } from './filter-points';
import { PUBLIC_POINTS } from './points';

const search = (change: Partial<PointQuery>) => filterPoints(PUBLIC_POINTS, { ...EMPTY_QUERY, ...change });
const ids = (change: Partial<PointQuery>) => search(change).map((point) => point.id);

describe('normalizeText', () => {
  it('ignores case, accents, punctuation and extra spaces', () => {
    expect(normalizeText('  Jl. Mojopahit – Jl.  Letkol Sumarjo ')).toBe('jl mojopahit jl letkol sumarjo');
    expect(normalizeText('Café')).toBe('cafe');
  });
});

describe('filterPoints', () => {
  it('returns every point, in order, for an empty query', () => {
    expect(search({})).toEqual(PUBLIC_POINTS);
    expect(search({ text: '   ' })).toEqual(PUBLIC_POINTS);
  });

  it('finds a place by the start of a word of its name, whatever the case', () => {
    expect(ids({ text: 'ALUN' })).toEqual(['cctv-alun-alun', 'wifi-alun-alun']);
    expect(ids({ text: 'stasiun' })).toEqual(['cctv-stasiun']);
  });

  it('matches word starts only, so a fragment inside a word finds nothing', () => {
    expect(ids({ text: 'asiun' })).toEqual([]);
  });

  it('needs every word to match', () => {
    expect(ids({ text: 'alun wifi' })).toEqual(['wifi-alun-alun']);
    expect(ids({ text: 'alun zzz' })).toEqual([]);
  });

  it('searches the street, the kelurahan and the kecamatan too', () => {
    expect(ids({ text: 'jl raya ijen' })).toEqual(['cctv-ijen', 'wifi-taman-bahari']);
    expect(search({ text: 'surodinawan' }).every((point) => point.kelurahan === 'Surodinawan' || point.address.includes('Surodinawan'))).toBe(true);
    expect(search({ text: 'prajurit kulon' }).length).toBe(PUBLIC_POINTS.filter((point) => point.kecamatan === 'prajurit-kulon').length);
  });

  it('understands what citizens call each type, in both languages', () => {
    const wifi = PUBLIC_POINTS.filter((point) => point.type === 'wifi');
    const cctv = PUBLIC_POINTS.filter((point) => point.type === 'cctv');
    expect(search({ text: 'internet' })).toEqual(wifi);
    expect(search({ text: 'hotspot' })).toEqual(wifi);
    expect(search({ text: 'kamera' })).toEqual(cctv);
    expect(search({ text: 'camera' })).toEqual(cctv);
  });

  it('filters by type', () => {
    const cctv = search({ type: 'cctv' });
    expect(cctv.length).toBeGreaterThan(0);
    expect(cctv.every((point) => point.type === 'cctv')).toBe(true);
    expect(cctv.length + search({ type: 'wifi' }).length).toBe(PUBLIC_POINTS.length);
  });

  it('filters by kecamatan', () => {
    const kranggan = search({ kecamatan: 'kranggan' });
    expect(kranggan.length).toBeGreaterThan(0);
    expect(kranggan.every((point) => point.kecamatan === 'kranggan')).toBe(true);
  });

  it('combines the search with both filters', () => {
    const found = search({ text: 'balai', type: 'wifi', kecamatan: 'magersari' });
    expect(found.map((point) => point.kelurahan).sort()).toEqual(['Balongsari', 'Gedongan', 'Gunung Gedangan', 'Kedundung', 'Magersari', 'Wates']);
    expect(search({ text: 'balai', type: 'cctv' })).toEqual([]);
  });
});

describe('kelurahan filter', () => {
  it('offers the kelurahan of the chosen kecamatan, or all eighteen', () => {
    expect(kelurahanChoices('kranggan')).toEqual(['Jagalan', 'Kranggan', 'Meri', 'Miji', 'Purwotengah', 'Sentanan']);
    expect(kelurahanChoices('all')).toHaveLength(18);
  });

  it('narrows to one kelurahan', () => {
    const found = search({ kelurahan: 'Surodinawan' });
    expect(found.length).toBeGreaterThan(1);
    expect(found.every((point) => point.kelurahan === 'Surodinawan')).toBe(true);
  });

  it('keeps a kelurahan when its kecamatan is chosen, and drops it for another kecamatan', () => {
    const inSurodinawan = { ...EMPTY_QUERY, kelurahan: 'Surodinawan' };
    expect(withKecamatan(inSurodinawan, 'prajurit-kulon').kelurahan).toBe('Surodinawan');
    expect(withKecamatan(inSurodinawan, 'all').kelurahan).toBe('Surodinawan');
    expect(withKecamatan(inSurodinawan, 'magersari')).toEqual({ ...EMPTY_QUERY, kecamatan: 'magersari', kelurahan: 'all' });
  });
});

describe('countByType', () => {
  it('counts each type', () => {
    const counts = countByType(PUBLIC_POINTS);
    expect(counts.cctv + counts.wifi).toBe(PUBLIC_POINTS.length);
    expect(countByType([])).toEqual({ cctv: 0, wifi: 0 });
  });
});
