import { describe, expect, it } from 'vitest';
import { CITY_OUTLINE, MAP_HEIGHT, MAP_WIDTH, isInside, pathThrough, project } from './city-geometry';
import { PUBLIC_POINTS } from './points';

describe('project', () => {
  it('puts north up and east right', () => {
    const centre = project({ lat: -7.475, lon: 112.43 });
    expect(project({ lat: -7.46, lon: 112.43 }).y).toBeLessThan(centre.y);
    expect(project({ lat: -7.475, lon: 112.45 }).x).toBeGreaterThan(centre.x);
  });

  it('keeps the whole city and every point inside the drawing', () => {
    for (const place of [...CITY_OUTLINE, ...PUBLIC_POINTS]) {
      const { x, y } = project(place);
      expect(x).toBeGreaterThanOrEqual(0);
      expect(x).toBeLessThanOrEqual(MAP_WIDTH);
      expect(y).toBeGreaterThanOrEqual(0);
      expect(y).toBeLessThanOrEqual(MAP_HEIGHT);
    }
  });

  it('keeps distances true in both directions (a square on the ground stays square)', () => {
    const origin = project({ lat: -7.47, lon: 112.42 });
    // 0.01° of latitude and 0.01° of longitude × cos(7.47°) are the same distance on the ground.
    const north = project({ lat: -7.46, lon: 112.42 });
    const east = project({ lat: -7.47, lon: 112.42 + 0.01 / Math.cos((7.47 * Math.PI) / 180) });
    expect(Math.abs(origin.y - north.y)).toBeCloseTo(Math.abs(east.x - origin.x), 0);
  });

  it('draws points that are apart on the ground apart on the map', () => {
    const seen = PUBLIC_POINTS.map((point) => project(point));
    for (let i = 0; i < seen.length; i++) {
      for (let j = i + 1; j < seen.length; j++) {
        const a = seen[i]!;
        const b = seen[j]!;
        expect(Math.hypot(a.x - b.x, a.y - b.y), `${PUBLIC_POINTS[i]?.id} and ${PUBLIC_POINTS[j]?.id}`).toBeGreaterThan(4);
      }
    }
  });
});

describe('pathThrough', () => {
  it('draws a closed path for an area and an open one for a line', () => {
    expect(pathThrough(CITY_OUTLINE, true)).toMatch(/^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){11} Z$/);
    expect(pathThrough(CITY_OUTLINE.slice(0, 2), false)).not.toContain('Z');
  });
});

describe('isInside', () => {
  it('tells the city centre from a place outside it', () => {
    expect(isInside({ lat: -7.4726, lon: 112.4344 }, CITY_OUTLINE)).toBe(true);
    expect(isInside({ lat: -7.55, lon: 112.43 }, CITY_OUTLINE)).toBe(false);
    expect(isInside({ lat: -7.47, lon: 112.5 }, CITY_OUTLINE)).toBe(false);
  });
});
