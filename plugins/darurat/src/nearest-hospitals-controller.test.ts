import type { ReactiveController, ReactiveControllerHost } from 'lit';
import { describe, expect, it } from 'vitest';
import { HOSPITALS } from './contacts';
import type { GeolocationLike } from './locate-citizen';
import { NearestHospitalsController } from './nearest-hospitals-controller';

function fakeHost() {
  const controllers: ReactiveController[] = [];
  let updates = 0;
  const host: ReactiveControllerHost = {
    addController: (controller) => void controllers.push(controller),
    removeController: () => {},
    requestUpdate: () => void updates++,
    updateComplete: Promise.resolve(true),
  };
  return { host, controllers, updates: () => updates };
}

/** A geolocation whose answer the test releases when it wants. */
function pending() {
  let answer: (latitude: number, longitude: number) => void = () => {};
  let refuse: () => void = () => {};
  const geolocation: GeolocationLike = {
    getCurrentPosition(success, failure) {
      answer = (latitude, longitude) => success({ coords: { latitude, longitude } } as GeolocationPosition);
      refuse = () => failure?.({ code: 1 } as GeolocationPositionError);
    },
  };
  return { geolocation, answer: (lat: number, lon: number) => answer(lat, lon), refuse: () => refuse() };
}

describe('NearestHospitalsController', () => {
  it('lists every hospital in the usual order, without distances, until asked', () => {
    const { host } = fakeHost();
    const nearest = new NearestHospitalsController(host, HOSPITALS, () => undefined);
    expect(nearest.status).toBe('idle');
    expect(nearest.hospitals.map((entry) => entry.place)).toEqual(HOSPITALS);
    expect(nearest.hospitals.every((entry) => entry.km === null)).toBe(true);
  });

  it('ranks the hospitals nearest first once the device answers', async () => {
    const { host, updates } = fakeHost();
    const device = pending();
    const nearest = new NearestHospitalsController(host, HOSPITALS, () => device.geolocation);
    const done = nearest.locate();
    expect(nearest.status).toBe('locating');
    device.answer(-7.492, 112.437);
    await done;
    expect(nearest.status).toBe('located');
    expect(nearest.hospitals[0]?.place.name).toBe('RS Kamar Medika');
    expect(nearest.hospitals[0]?.km).toBeLessThan(0.1);
    expect(updates()).toBeGreaterThanOrEqual(2);
  });

  it('keeps the full list, in order, when the citizen refuses', async () => {
    const { host } = fakeHost();
    const device = pending();
    const nearest = new NearestHospitalsController(host, HOSPITALS, () => device.geolocation);
    const done = nearest.locate();
    device.refuse();
    await done;
    expect(nearest.status).toBe('denied');
    expect(nearest.hospitals.map((entry) => entry.place)).toEqual(HOSPITALS);
  });

  it('ignores an answer that arrives after the page was left', async () => {
    const { host, controllers } = fakeHost();
    const device = pending();
    const nearest = new NearestHospitalsController(host, HOSPITALS, () => device.geolocation);
    const done = nearest.locate();
    controllers[0]?.hostDisconnected?.();
    device.answer(-7.492, 112.437);
    await done;
    expect(nearest.status).toBe('idle');
    expect(nearest.hospitals[0]?.km).toBeNull();
  });
});
