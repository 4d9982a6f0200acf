/**
 * A simplified outline of Kota Mojokerto and of the Brantas river along its north edge, and the
 * projection that puts a latitude/longitude on the plugin's SVG map. The map is drawn from these
 * few coordinates so it needs no tile server and no network at all.
 */

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

export interface XY {
  readonly x: number;
  readonly y: number;
}

const at = (lat: number, lon: number): LatLon => ({ lat, lon });

/** The city boundary, simplified to a dozen corners (clockwise from the north-west). */
export const CITY_OUTLINE: readonly LatLon[] = [
  at(-7.456, 112.406),
  at(-7.459, 112.42),
  at(-7.456, 112.433),
  at(-7.4555, 112.445),
  at(-7.459, 112.456),
  at(-7.47, 112.462),
  at(-7.485, 112.461),
  at(-7.496, 112.456),
  at(-7.498, 112.44),
  at(-7.495, 112.423),
  at(-7.49, 112.406),
  at(-7.475, 112.402),
];

/** The Brantas river, which the city's north edge follows. */
export const BRANTAS: readonly LatLon[] = [
  at(-7.4538, 112.399),
  at(-7.4572, 112.42),
  at(-7.4548, 112.433),
  at(-7.4543, 112.446),
  at(-7.4578, 112.458),
  at(-7.4562, 112.468),
];

/** Width of the SVG's coordinate system; the height follows from the city's proportions. */
export const MAP_WIDTH = 600;
const PADDING = 12;

// The drawing frames the city and the river, with room above the river for its name.
const FRAMED = [...CITY_OUTLINE, ...BRANTAS, at(-7.4525, 112.43)];
const lats = FRAMED.map((corner) => corner.lat);
const lons = FRAMED.map((corner) => corner.lon);
const north = Math.max(...lats);
const south = Math.min(...lats);
const west = Math.min(...lons);
const east = Math.max(...lons);
// At 7° south a degree of longitude is ~0.99 of a degree of latitude on the ground: an
// equirectangular projection scaled by cos(latitude) keeps the city's shape true at this size.
const lonScale = Math.cos((((north + south) / 2) * Math.PI) / 180);
const scale = (MAP_WIDTH - 2 * PADDING) / ((east - west) * lonScale);

/** Height of the SVG's coordinate system. */
export const MAP_HEIGHT = Math.round((north - south) * scale + 2 * PADDING);

/** Where a place falls on the map, in SVG units (north up). */
export function project(place: LatLon): XY {
  return {
    x: Math.round((PADDING + (place.lon - west) * lonScale * scale) * 10) / 10,
    y: Math.round((PADDING + (north - place.lat) * scale) * 10) / 10,
  };
}

/** An SVG path (`d`) through the places, closed for areas. */
export function pathThrough(places: readonly LatLon[], closed: boolean): string {
  const d = places.map((place, index) => {
    const { x, y } = project(place);
    return `${index === 0 ? 'M' : 'L'}${x} ${y}`;
  });
  return d.join(' ') + (closed ? ' Z' : '');
}

/** Whether a place lies inside a polygon (ray casting); used to check the bundled data. */
export function isInside(place: LatLon, polygon: readonly LatLon[]): boolean {
  let inside = false;
  for (let i = 0, j = polygon.length - 1; i < polygon.length; j = i++) {
    const a = polygon[i];
    const b = polygon[j];
    if (!a || !b) continue;
    const crosses = a.lat > place.lat !== b.lat > place.lat;
    if (crosses && place.lon < ((b.lon - a.lon) * (place.lat - a.lat)) / (b.lat - a.lat) + a.lon) inside = !inside;
  }
  return inside;
}
