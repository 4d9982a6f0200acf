/**
 * The "nearest hospital" state of the darurat page: idle until the citizen presses the button,
 * then locating, then either the hospitals ranked by distance or the reason we could not (and the
 * full list stays). A reactive controller, so the element only renders what it says.
 */
import type { ReactiveController, ReactiveControllerHost } from 'lit';
import type { Hospital } from './contacts';
import { byDistanceFrom, type Ranked } from './distance';
import { locateCitizen, type GeolocationLike } from './locate-citizen';

export type NearestStatus = 'idle' | 'locating' | 'located' | 'denied' | 'unavailable';

export class NearestHospitalsController implements ReactiveController {
  readonly #host: ReactiveControllerHost;
  readonly #hospitals: readonly Hospital[];
  readonly #geolocation: () => GeolocationLike | undefined;
  #status: NearestStatus = 'idle';
  #ranked: Ranked<Hospital>[] | null = null;
  #request = 0;

  constructor(
    host: ReactiveControllerHost,
    hospitals: readonly Hospital[],
    geolocation: () => GeolocationLike | undefined = () => globalThis.navigator?.geolocation,
  ) {
    this.#host = host;
    this.#hospitals = hospitals;
    this.#geolocation = geolocation;
    host.addController(this);
  }

  get status(): NearestStatus {
    return this.#status;
  }

  /** The hospitals nearest first with their distance once located; otherwise in their usual order. */
  get hospitals(): readonly Ranked<Hospital>[] | readonly { place: Hospital; km: null }[] {
    return this.#ranked ?? this.#hospitals.map((place) => ({ place, km: null }));
  }

  /** Asks for the location (the browser may prompt) and ranks the hospitals by it. */
  async locate(): Promise<void> {
    const request = ++this.#request;
    this.#status = 'locating';
    this.#host.requestUpdate();
    const outcome = await locateCitizen(this.#geolocation());
    // A newer press, or the page left in the meantime: this answer is stale.
    if (request !== this.#request) return;
    this.#status = outcome.status;
    this.#ranked = outcome.status === 'located' ? byDistanceFrom(outcome.position, this.#hospitals) : null;
    this.#host.requestUpdate();
  }

  hostConnected(): void {}

  hostDisconnected(): void {
    this.#request++;
    if (this.#status === 'locating') this.#status = 'idle';
  }
}
