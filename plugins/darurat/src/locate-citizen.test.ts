import { describe, expect, it } from 'vitest';
import { locateCitizen, type GeolocationLike } from './locate-citizen';

/** A fake `navigator.geolocation` that answers the way a browser would. */
function answering(answer: { coords: { latitude: number; longitude: number } } | { code: number }): GeolocationLike & { options: PositionOptions[] } {
  const options: PositionOptions[] = [];
  return {
    options,
    getCurrentPosition(success, failure, given) {
      if (given) options.push(given);
      if ('coords' in answer) success(answer as unknown as GeolocationPosition);
      else failure?.(answer as unknown as GeolocationPositionError);
    },
  };
}

describe('locateCitizen', () => {
  it('returns the position the device gives', async () => {
    const geolocation = answering({ coords: { latitude: -7.49, longitude: 112.44 } });
    expect(await locateCitizen(geolocation)).toEqual({ status: 'located', position: { lat: -7.49, lon: 112.44 } });
    expect(geolocation.options[0]?.timeout).toBeGreaterThan(0);
  });

  it('says "denied" when the citizen refuses', async () => {
    expect(await locateCitizen(answering({ code: 1 }))).toEqual({ status: 'denied' });
  });

  it('says "unavailable" when there is no fix or it times out', async () => {
    expect(await locateCitizen(answering({ code: 2 }))).toEqual({ status: 'unavailable' });
    expect(await locateCitizen(answering({ code: 3 }))).toEqual({ status: 'unavailable' });
  });

  it('says "unavailable" on a device without geolocation, or one that throws', async () => {
    expect(await locateCitizen(undefined)).toEqual({ status: 'unavailable' });
    const throwing: GeolocationLike = {
      getCurrentPosition() {
        throw new Error('insecure origin');
      },
    };
    expect(await locateCitizen(throwing)).toEqual({ status: 'unavailable' });
  });
});
