import { html, nothing } from 'lit';
import { ifDefined } from 'lit/directives/if-defined.js';
import { live } from 'lit/directives/live.js';
import { formText } from './form-i18n';
import { controlId, type FieldView } from './form-field-views';

/**
 * The location field: a plain SVG of the city's bounding box to tap on (no tile server, works
 * offline), "use my location" through the browser's geolocation, and latitude/longitude inputs,
 * which are the accessible way in (the map is a pointer shortcut, described as such).
 * Hand-written rather than a map library: a 20 KB+ library and map tiles are too much for one
 * point on a phone on a bad connection.
 */

/** Kota Mojokerto's bounding box (the demo city; a deployment replaces it with its own). */
export const CITY_BOUNDS = { north: -7.44, south: -7.5, west: 112.405, east: 112.46 } as const;
const WIDTH = Math.round((CITY_BOUNDS.east - CITY_BOUNDS.west) * 1000);
const HEIGHT = Math.round((CITY_BOUNDS.north - CITY_BOUNDS.south) * 1000);

const round = (value: number) => Math.round(value * 1e6) / 1e6;

function coordinate(value: unknown): number | null {
  return typeof value === 'number' && Number.isFinite(value) ? value : null;
}

/** A typed coordinate: a number when it reads as one, else the text (which the check refuses). */
function parseCoordinate(text: string): number | string {
  const trimmed = text.trim().replace(',', '.');
  if (trimmed === '') return '';
  const number = Number(trimmed);
  return Number.isFinite(number) ? number : trimmed;
}

export function renderLocation(view: FieldView) {
  const { field, locale } = view;
  const value = (typeof view.value === 'object' && view.value !== null ? view.value : {}) as Record<string, unknown>;
  const lat = coordinate(value.lat);
  const lng = coordinate(value.lng);
  const set = (next: { lat: unknown; lng: unknown }, commit: boolean) => view.set(next, commit);
  const pickOnMap = (event: MouseEvent) => {
    const box = (event.currentTarget as SVGElement).getBoundingClientRect();
    if (box.width === 0 || box.height === 0) return;
    const x = (event.clientX - box.left) / box.width;
    const y = (event.clientY - box.top) / box.height;
    set({ lat: round(CITY_BOUNDS.north - y * (CITY_BOUNDS.north - CITY_BOUNDS.south)), lng: round(CITY_BOUNDS.west + x * (CITY_BOUNDS.east - CITY_BOUNDS.west)) }, true);
  };
  const useMine = () => {
    if (!('geolocation' in navigator)) return view.setStatus(formText(locale, 'field.location.denied'));
    view.setStatus(formText(locale, 'field.location.locating'));
    navigator.geolocation.getCurrentPosition(
      (position) => {
        view.setStatus('');
        set({ lat: round(position.coords.latitude), lng: round(position.coords.longitude) }, true);
      },
      () => view.setStatus(formText(locale, 'field.location.denied')),
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };
  const marker =
    lat !== null && lng !== null
      ? { x: ((lng - CITY_BOUNDS.west) / (CITY_BOUNDS.east - CITY_BOUNDS.west)) * WIDTH, y: ((CITY_BOUNDS.north - lat) / (CITY_BOUNDS.north - CITY_BOUNDS.south)) * HEIGHT }
      : null;
  const aria = { invalid: view.invalid ? 'true' : 'false', errormessage: view.invalid ? view.errorId : undefined };
  return html`<div class="location">
    <p class="hint" id=${controlId(field.key, 'map-hint')}>${formText(locale, 'field.location.mapHint')}</p>
    <svg
      class="map"
      viewBox="0 0 ${WIDTH} ${HEIGHT}"
      role="img"
      aria-label=${formText(locale, 'field.location.map')}
      data-testid="location-map"
      @click=${pickOnMap}
    >
      <rect x="0" y="0" width=${WIDTH} height=${HEIGHT} fill="#e8f1e4" stroke="#4a5565" stroke-width="0.5"></rect>
      ${[1, 2, 3, 4].map((i) => html`<line x1=${(WIDTH * i) / 5} y1="0" x2=${(WIDTH * i) / 5} y2=${HEIGHT} stroke="#c5d3c0" stroke-width="0.3"></line>`)}
      ${[1, 2, 3, 4].map((i) => html`<line x1="0" y1=${(HEIGHT * i) / 5} x2=${WIDTH} y2=${(HEIGHT * i) / 5} stroke="#c5d3c0" stroke-width="0.3"></line>`)}
      <text x=${WIDTH / 2} y=${HEIGHT / 2} text-anchor="middle" font-size="4" fill="#4a5565">Kota Mojokerto</text>
      ${marker && marker.x >= 0 && marker.x <= WIDTH && marker.y >= 0 && marker.y <= HEIGHT
        ? html`<circle cx=${marker.x} cy=${marker.y} r="1.8" fill="#b3261e" stroke="#fff" stroke-width="0.6"></circle>`
        : nothing}
    </svg>
    <button type="button" class="secondary" @click=${useMine}>${formText(locale, 'field.location.useMine')}</button>
    <p class="file-status" role="status">${view.status}</p>
    <div class="coordinates">
      ${(['lat', 'lng'] as const).map((part) => {
        const current = part === 'lat' ? value.lat : value.lng;
        return html`<span>
          <label for=${controlId(field.key, part)}>${formText(locale, part === 'lat' ? 'field.location.lat' : 'field.location.lng')}</label>
          <input
            id=${controlId(field.key, part)}
            type="text"
            inputmode="decimal"
            autocomplete="off"
            ?required=${field.required}
            aria-invalid=${aria.invalid}
            aria-errormessage=${ifDefined(aria.errormessage)}
            .value=${live(current === undefined || current === null ? '' : String(current))}
            @input=${(event: Event) => set({ ...value, [part]: parseCoordinate((event.target as HTMLInputElement).value) } as { lat: unknown; lng: unknown }, false)}
            @change=${(event: Event) => set({ ...value, [part]: parseCoordinate((event.target as HTMLInputElement).value) } as { lat: unknown; lng: unknown }, true)}
          />
        </span>`;
      })}
    </div>
    ${lat !== null && lng !== null ? html`<p class="hint">${formText(locale, 'field.location.chosen', { lat, lng })}</p>` : nothing}
  </div>`;
}
