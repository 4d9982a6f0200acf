/**
 * <darurat-app>: the emergency-services page of Kota Mojokerto. Emergency numbers come first as
 * large call buttons, then the hospitals with their emergency rooms. Everything is a `tel:` link,
 * so it works on a phone with no data connection beyond loading the page.
 */
import { LitElement, css, html } from 'lit';
import { ShellLocaleController, type Locale, type ShellContext } from '@palapa/sdk';
import { pluginBaseStyles } from '@palapa/sdk/styles';
import { EMERGENCY_NUMBERS, HOSPITALS, type EmergencyNumber, type Hospital } from './contacts';
import { formatDistance } from './distance';
import { NearestHospitalsController, type NearestStatus } from './nearest-hospitals-controller';
import { fill, localize, stringsFor, type Strings } from './strings';

const phoneIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25c1.1.37 2.3.57 3.6.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
  />
</svg>`;

const locationIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 2a7 7 0 0 0-7 7c0 5.25 7 13 7 13s7-7.75 7-13a7 7 0 0 0-7-7zm0 9.5A2.5 2.5 0 1 1 12 6.5a2.5 2.5 0 0 1 0 5z" />
</svg>`;

const STATUS_MESSAGE: Record<NearestStatus, keyof Strings | null> = {
  idle: null,
  locating: 'nearestLocating',
  located: 'nearestLocated',
  denied: 'nearestDenied',
  unavailable: 'nearestUnavailable',
};

export class DaruratApp extends LitElement {
  static override properties = { shell: { attribute: false } };

  /** After the SDK's base rules (host, sizing, heading scale, helper-text colour), which this sheet refines. */
  static override styles = [
    pluginBaseStyles,
    css`
    .darurat {
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem;
    }
    h3 {
      font-size: 1.25rem;
      margin: 1.5rem 0 0.75rem;
    }
    h4 {
      margin: 0;
      font-size: 1.05rem;
    }
    .intro {
      margin-top: 0.5rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.75rem;
    }
    .call {
      display: flex;
      align-items: center;
      gap: 0.75rem;
      min-height: 44px;
      border: 2px solid transparent;
      border-radius: 0.75rem;
      text-decoration: none;
      touch-action: manipulation;
      transition: background-color 0.15s ease, transform 0.1s ease;
    }
    .call:focus-visible {
      outline: 3px solid #0b3d91;
      outline-offset: 3px;
    }
    .call:active {
      transform: scale(0.98);
    }
    svg {
      width: 1.25em;
      height: 1.25em;
      flex: none;
      fill: currentColor;
    }
    .emergency {
      min-height: 4.5rem;
      padding: 0.75rem 1rem;
      background: #a51d16;
      color: #fff;
    }
    .emergency:hover {
      background: #7a1712;
    }
    .emergency__number {
      min-width: 3.2ch;
      font-size: 2.25rem;
      font-weight: 800;
      line-height: 1;
      font-variant-numeric: tabular-nums;
    }
    .emergency__text {
      display: flex;
      flex-direction: column;
    }
    .emergency__label {
      font-size: 1.1rem;
      font-weight: 700;
    }
    .emergency__agency,
    .emergency__desc {
      font-size: 0.9rem;
    }
    .emergency__agency {
      font-weight: 600;
    }
    .hospitals-intro {
      margin-bottom: 0.75rem;
      color: #4b5563;
    }
    .hospital {
      display: flex;
      flex-direction: column;
      gap: 0.25rem;
      padding: 1rem;
      border: 1px solid #d0d7de;
      border-radius: 0.75rem;
    }
    .hospital__kind,
    .hospital__address {
      color: #4b5563;
      font-size: 0.95rem;
    }
    .hospital .call {
      align-self: flex-start;
      min-height: 48px;
      margin-top: 0.5rem;
      padding: 0.5rem 1rem;
      border-color: #8c1d18;
      background: #fdecea;
      color: #8c1d18;
      font-weight: 700;
    }
    .hospital .call:hover {
      background: #fbd3cf;
    }
    .nearest {
      display: grid;
      gap: 0.5rem;
      justify-items: start;
      margin-bottom: 1rem;
    }
    .locate {
      display: inline-flex;
      align-items: center;
      gap: 0.5rem;
      min-height: 48px;
      padding: 0.5rem 1rem;
      border: 2px solid #0b3d91;
      border-radius: 0.75rem;
      background: #0b3d91;
      color: #fff;
      font: inherit;
      font-weight: 700;
      text-align: left;
      cursor: pointer;
      touch-action: manipulation;
    }
    .locate:hover {
      background: #072a66;
    }
    .locate:focus-visible {
      outline: 3px solid #0b3d91;
      outline-offset: 3px;
    }
    .nearest__privacy {
      color: #4b5563;
      font-size: 0.9rem;
    }
    .nearest__status:empty {
      display: none;
    }
    .nearest__status {
      padding: 0.5rem 0.75rem;
      border-left: 4px solid #0b3d91;
      background: #eef3fb;
    }
    .nearest__status[data-status='denied'],
    .nearest__status[data-status='unavailable'] {
      border-left-color: #9a6700;
      background: #fff8e1;
    }
    .hospital__distance {
      font-weight: 700;
    }
    .badge {
      display: inline-block;
      margin-left: 0.5rem;
      padding: 0 0.5rem;
      border-radius: 999px;
      background: #0f7b3f;
      color: #fff;
      font-size: 0.8rem;
      vertical-align: middle;
    }
    .visually-hidden {
      position: absolute;
      width: 1px;
      height: 1px;
      overflow: hidden;
      clip-path: inset(50%);
      white-space: nowrap;
    }
    @media (min-width: 40rem) {
      .numbers,
      .hospitals {
        grid-template-columns: repeat(2, minmax(0, 1fr));
      }
      /* 112 routes every emergency: it gets the whole first row. */
      .numbers > li:first-child {
        grid-column: 1 / -1;
      }
    }
    @media (prefers-reduced-motion: reduce) {
      .call {
        transition: none;
      }
      .call:active {
        transform: none;
      }
    }
    @media (forced-colors: active) {
      .call {
        border-color: LinkText;
      }
      .call:focus-visible {
        outline-color: Highlight;
      }
    }
  `,
  ];

  declare shell: ShellContext | null;
  readonly #locale = new ShellLocaleController(this, () => this.shell);
  readonly #nearest = new NearestHospitalsController(this, HOSPITALS);

  constructor() {
    super();
    this.shell = null;
  }

  override render() {
    const locale = this.#locale.locale;
    const s = stringsFor(locale);
    return html`
      <section class="darurat" data-testid="darurat-app" lang=${locale} aria-labelledby="darurat-title">
        <h2 id="darurat-title">${s.title}</h2>
        <p class="intro">${s.intro}</p>

        <h3 id="darurat-numbers">${s.emergencyHeading}</h3>
        <ul class="numbers" role="list" aria-labelledby="darurat-numbers">
          ${EMERGENCY_NUMBERS.map((entry) => this.#renderEmergency(entry, s, locale))}
        </ul>

        <h3 id="darurat-hospitals">${s.hospitalsHeading}</h3>
        <p class="hospitals-intro">${s.hospitalsIntro}</p>
        ${this.#renderNearest(s)}
        <ul class="hospitals" role="list" aria-labelledby="darurat-hospitals" data-testid="hospitals">
          ${this.#nearest.hospitals.map(({ place, km }, index) =>
            this.#renderHospital(place, km, index === 0 && km !== null, s, locale),
          )}
        </ul>
      </section>
    `;
  }

  #renderEmergency(entry: EmergencyNumber, s: Strings, locale: Locale) {
    const label = localize(entry.label, locale);
    // The link's name is its whole visible text, in reading order, after a hidden "Telepon": a
    // voice-control user can say what they see (WCAG 2.5.3), a screen reader hears the action first.
    return html`<li>
      <a class="call emergency" href=${entry.href} data-testid="call-${entry.number}">
        <span class="visually-hidden">${s.call} </span>
        <span class="emergency__number">${entry.number}</span>
        <span class="emergency__text">
          <span class="emergency__label">${label}</span>
          <span class="emergency__agency">${entry.agency}</span>
          <span class="emergency__desc">${localize(entry.description, locale)}</span>
        </span>
      </a>
    </li>`;
  }

  #renderNearest(s: Strings) {
    const status = this.#nearest.status;
    const message = STATUS_MESSAGE[status];
    // The status paragraph is always in the page, so screen readers announce each change to it.
    return html`<div class="nearest">
      <button type="button" class="locate" data-testid="nearest-button" @click=${() => this.#nearest.locate()}>
        ${locationIcon}<span>${s.nearestButton}</span>
      </button>
      <p class="nearest__privacy">${s.nearestPrivacy}</p>
      <p class="nearest__status" role="status" data-testid="nearest-status" data-status=${status}>${message ? s[message] : ''}</p>
    </div>`;
  }

  #renderHospital(hospital: Hospital, km: number | null, nearest: boolean, s: Strings, locale: Locale) {
    return html`<li class="hospital" data-testid="hospital" data-name=${hospital.name}>
      <h4>${hospital.name}${nearest ? html`<span class="badge">${s.nearestBadge}</span>` : null}</h4>
      ${km === null
        ? null
        : html`<p class="hospital__distance" data-testid="hospital-distance">
            ${fill(s.distanceFromYou, { distance: formatDistance(km, locale) })}
          </p>`}
      <p class="hospital__kind">${localize(hospital.kind, locale)}</p>
      <p class="hospital__address"><span class="visually-hidden">${s.address}: </span>${hospital.address}</p>
      <a
        class="call"
        href=${hospital.href}
        data-testid="call-${hospital.href.slice('tel:'.length)}"
        aria-label="${s.call} ${hospital.phone}, ${hospital.name}"
      >
        ${phoneIcon}<span>${s.call} ${hospital.phone}</span>
      </a>
    </li>`;
  }
}

// The registry is page-global: if this bundle is evaluated twice (the shell reloading a remote),
// keep the first definition instead of throwing during bootstrap.
if (!customElements.get('darurat-app')) customElements.define('darurat-app', DaruratApp);

declare global {
  interface HTMLElementTagNameMap {
    'darurat-app': DaruratApp;
  }
}
