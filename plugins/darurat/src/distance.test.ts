import { describe, expect, it } from 'vitest';
import { HOSPITALS } from './contacts';
import { byDistanceFrom, distanceKm, formatDistance } from './distance';

const ALUN_ALUN = { lat: -7.4726, lon: 112.4344 };

describe('distanceKm', () => {
  it('is zero from a place to itself and the same both ways', () => {
    expect(distanceKm(ALUN_ALUN, ALUN_ALUN)).toBe(0);
    const rsud = { lat: -7.4868, lon: 112.4147 };
    expect(distanceKm(ALUN_ALUN, rsud)).toBeCloseTo(distanceKm(rsud, ALUN_ALUN), 10);
  });

  it('measures a minute of latitude as a nautical mile', () => {
    expect(distanceKm({ lat: 0, lon: 112 }, { lat: 1 / 60, lon: 112 })).toBeCloseTo(1.853, 2);
  });

  it('matches known distances: Mojokerto to Surabaya is about 40 km as the crow flies', () => {
    const surabaya = { lat: -7.2575, lon: 112.7521 };
    expect(distanceKm(ALUN_ALUN, surabaya)).toBeGreaterThan(40);
    expect(distanceKm(ALUN_ALUN, surabaya)).toBeLessThan(45);
  });

  it('shrinks a degree of longitude near the poles', () => {
    expect(distanceKm({ lat: 60, lon: 0 }, { lat: 60, lon: 1 })).toBeCloseTo(distanceKm({ lat: 0, lon: 0 }, { lat: 0, lon: 1 }) / 2, 1);
  });
});

describe('byDistanceFrom', () => {
  it('puts the nearest first and every place once', () => {
    const ranked = byDistanceFrom({ lat: -7.492, lon: 112.437 }, HOSPITALS);
    expect(ranked[0]?.place.name).toBe('RS Kamar Medika');
    expect(ranked.map((entry) => entry.place.name).sort()).toEqual(HOSPITALS.map((hospital) => hospital.name).sort());
    for (let i = 1; i < ranked.length; i++) expect(ranked[i]!.km).toBeGreaterThanOrEqual(ranked[i - 1]!.km);
  });

  it('ranks from the other side of town differently', () => {
    expect(byDistanceFrom({ lat: -7.4868, lon: 112.4147 }, HOSPITALS)[0]?.place.name).toBe('RSUD dr. Wahidin Sudiro Husodo');
    expect(byDistanceFrom({ lat: -7.4785, lon: 112.4545 }, HOSPITALS)[0]?.place.name).toBe('Puskesmas Kedundung');
  });

  it('keeps the original order for places equally far', () => {
    const places = [
      { name: 'a', lat: -7.47, lon: 112.44 },
      { name: 'b', lat: -7.47, lon: 112.44 },
    ];
    expect(byDistanceFrom(ALUN_ALUN, places).map((entry) => entry.place.name)).toEqual(['a', 'b']);
  });

  it('does not change the list it ranks', () => {
    const before = HOSPITALS.map((hospital) => hospital.name);
    byDistanceFrom(ALUN_ALUN, HOSPITALS);
    expect(HOSPITALS.map((hospital) => hospital.name)).toEqual(before);
  });
});

describe('formatDistance', () => {
  it('shows metres under a kilometre, rounded to ten', () => {
    expect(formatDistance(0.847, 'id')).toBe('850 m');
    expect(formatDistance(0.001, 'en')).toBe('10 m');
  });

  it('shows kilometres with the decimal mark of the language', () => {
    expect(formatDistance(2.44, 'id')).toBe('2,4 km');
    expect(formatDistance(2.44, 'en')).toBe('2.4 km');
    expect(formatDistance(1, 'id')).toBe('1,0 km');
    expect(formatDistance(12.3, 'en')).toBe('12.3 km');
  });
});
