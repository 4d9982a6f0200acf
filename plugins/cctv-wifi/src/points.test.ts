import { describe, expect, it } from 'vitest';
import { CITY_OUTLINE, isInside } from './city-geometry';
import { KECAMATAN, POINT_TYPES, PUBLIC_POINTS, kecamatanName } from './points';

describe('bundled points', () => {
  it('hold about forty CCTV and wifi points, with both types well represented', () => {
    expect(PUBLIC_POINTS.length).toBeGreaterThanOrEqual(36);
    expect(PUBLIC_POINTS.length).toBeLessThanOrEqual(50);
    for (const type of POINT_TYPES) {
      expect(PUBLIC_POINTS.filter((point) => point.type === type).length).toBeGreaterThanOrEqual(15);
    }
  });

  it('have unique ids that are safe in test ids and selectors', () => {
    const ids = PUBLIC_POINTS.map((point) => point.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const id of ids) expect(id).toMatch(/^(cctv|wifi)-[a-z0-9-]+$/);
  });

  it('start their id with their type', () => {
    for (const point of PUBLIC_POINTS) expect(point.id.startsWith(`${point.type}-`), point.id).toBe(true);
  });

  it('cover every kecamatan of Kota Mojokerto', () => {
    expect(KECAMATAN.map((kecamatan) => kecamatan.name).sort()).toEqual(['Kranggan', 'Magersari', 'Prajurit Kulon']);
    for (const kecamatan of KECAMATAN) {
      const inside = PUBLIC_POINTS.filter((point) => point.kecamatan === kecamatan.slug);
      expect(inside.filter((point) => point.type === 'cctv').length, kecamatan.name).toBeGreaterThan(0);
      expect(inside.filter((point) => point.type === 'wifi').length, kecamatan.name).toBeGreaterThan(0);
    }
  });

  it('name a kelurahan that belongs to their kecamatan', () => {
    const all = KECAMATAN.flatMap((kecamatan) => [...kecamatan.kelurahan]);
    expect(new Set(all).size).toBe(18);
    for (const point of PUBLIC_POINTS) {
      const kecamatan = KECAMATAN.find((candidate) => candidate.slug === point.kecamatan);
      expect(kecamatan?.kelurahan as readonly string[] | undefined, point.id).toContain(point.kelurahan);
    }
  });

  it('lie inside the city, around -7.47, 112.43', () => {
    for (const point of PUBLIC_POINTS) {
      expect(point.lat, point.id).toBeGreaterThan(-7.5);
      expect(point.lat, point.id).toBeLessThan(-7.45);
      expect(point.lon, point.id).toBeGreaterThan(112.4);
      expect(point.lon, point.id).toBeLessThan(112.47);
      expect(isInside(point, CITY_OUTLINE), `${point.id} inside the city outline`).toBe(true);
    }
  });

  it('have a name and an address', () => {
    for (const point of PUBLIC_POINTS) {
      expect(point.name.trim(), point.id).not.toBe('');
      expect(point.address, point.id).toMatch(/^Jl\. /);
    }
  });

  it('give every kecamatan its display name', () => {
    expect(kecamatanName('prajurit-kulon')).toBe('Prajurit Kulon');
  });
});
