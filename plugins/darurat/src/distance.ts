/**
 * How far a place is from the citizen: great-circle distance (haversine) and the list of places
 * ordered by it. Good to a few metres at city scale, which is all "which hospital is nearest" needs.
 */
import type { Locale } from '@palapa/sdk';

export interface LatLon {
  readonly lat: number;
  readonly lon: number;
}

/** Mean Earth radius (IUGG), in kilometres. */
const EARTH_RADIUS_KM = 6371.0088;

const radians = (degrees: number) => (degrees * Math.PI) / 180;

/**
 * Great-circle distance between two places, in kilometres.
 *
 * @example
 * distanceKm({ lat: -7.4726, lon: 112.4344 }, { lat: -7.4868, lon: 112.4147 }); // ≈ 2.7
 */
export function distanceKm(from: LatLon, to: LatLon): number {
  const dLat = radians(to.lat - from.lat);
  const dLon = radians(to.lon - from.lon);
  const a = Math.sin(dLat / 2) ** 2 + Math.cos(radians(from.lat)) * Math.cos(radians(to.lat)) * Math.sin(dLon / 2) ** 2;
  return 2 * EARTH_RADIUS_KM * Math.asin(Math.min(1, Math.sqrt(a)));
}

/** A place with how far it is. */
export interface Ranked<T> {
  readonly place: T;
  readonly km: number;
}

/** The places, nearest first; places equally far keep their original order. */
export function byDistanceFrom<T extends LatLon>(origin: LatLon, places: readonly T[]): Ranked<T>[] {
  return places
    .map((place) => ({ place, km: distanceKm(origin, place) }))
    .sort((a, b) => a.km - b.km);
}

/** "850 m" under a kilometre, "2,4 km" (Indonesian decimal comma) or "2.4 km" above. */
export function formatDistance(km: number, locale: Locale): string {
  const tag = locale === 'en' ? 'en-GB' : 'id-ID';
  if (km < 1) return `${new Intl.NumberFormat(tag).format(Math.max(10, Math.round((km * 1000) / 10) * 10))} m`;
  return `${new Intl.NumberFormat(tag, { maximumFractionDigits: 1, minimumFractionDigits: km < 10 ? 1 : 0 }).format(km)} km`;
}
