/**
 * <darurat-app>: the emergency-services page of Kota Mojokerto. Emergency numbers come first as
 * large call buttons, then the hospitals with their emergency rooms. Everything is a `tel:` link,
 * so it works on a phone with no data connection beyond loading the page.
 */
import { LitElement, css, html } from 'lit';
import type { Locale, ShellContext } from '@palapa/sdk';
import { EMERGENCY_NUMBERS, HOSPITALS, type EmergencyNumber, type Hospital } from './contacts';
import { ShellLocaleController } from './shell-locale-controller';
import { localize, stringsFor, type Strings } from './strings';

const phoneIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path
    d="M6.6 10.8a15.1 15.1 0 0 0 6.6 6.6l2.2-2.2a1 1 0 0 1 1-.25c1.1.37 2.3.57 3.6.57a1 1 0 0 1 1 1V20a1 1 0 0 1-1 1A17 17 0 0 1 3 4a1 1 0 0 1 1-1h3.5a1 1 0 0 1 1 1c0 1.25.2 2.45.57 3.57a1 1 0 0 1-.25 1z"
  />
</svg>`;

export class DaruratApp extends LitElement {
  static override properties = { shell: { attribute: false } };

  static override styles = css`
    :host {
      display: block;
      color: #1f2328;
      line-height: 1.5;
    }
    :host([hidden]) {
      display: none;
    }
    *,
    *::before,
    *::after {
      box-sizing: border-box;
    }
    .darurat {
      max-width: 60rem;
      margin: 0 auto;
      padding: 1rem;
    }
    h2,
    h3,
    h4,
    p {
      margin: 0;
    }
    h2 {
      font-size: 1.5rem;
      line-height: 1.25;
    }
    h3 {
      font-size: 1.25rem;
      margin: 1.5rem 0 0.75rem;
    }
    h4 {
      font-size: 1.05rem;
    }
    .intro {
      margin-top: 0.5rem;
      color: #4b5563;
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
  `;

  declare shell: ShellContext | null;
  readonly #locale = new ShellLocaleController(this, () => this.shell);

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
        <ul class="hospitals" role="list" aria-labelledby="darurat-hospitals">
          ${HOSPITALS.map((hospital) => this.#renderHospital(hospital, s, locale))}
        </ul>
      </section>
    `;
  }

  #renderEmergency(entry: EmergencyNumber, s: Strings, locale: Locale) {
    const label = localize(entry.label, locale);
    const id = `emergency-${entry.number}`;
    // The accessible name says what happens and to which number; agency and description follow as
    // its description, so a screen reader user hears the essentials first.
    return html`<li>
      <a
        class="call emergency"
        href=${entry.href}
        data-testid="call-${entry.number}"
        aria-label="${s.call} ${entry.number}, ${label}"
        aria-describedby="${id}-agency ${id}-desc"
      >
        <span class="emergency__number">${entry.number}</span>
        <span class="emergency__text">
          <span class="emergency__label">${label}</span>
          <span class="emergency__agency" id="${id}-agency">${entry.agency}</span>
          <span class="emergency__desc" id="${id}-desc">${localize(entry.description, locale)}</span>
        </span>
      </a>
    </li>`;
  }

  #renderHospital(hospital: Hospital, s: Strings, locale: Locale) {
    return html`<li class="hospital">
      <h4>${hospital.name}</h4>
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
