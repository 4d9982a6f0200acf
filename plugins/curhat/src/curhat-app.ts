/**
 * <curhat-app>: Curhat Ning Ita, the city's complaint and aspiration channel. Three tabs — file a
 * report, track one with its code and verifier, and (signed in) "laporan saya" — in the citizen's
 * language, following the shell's switch live. The panels stay mounted, so a half-written report
 * survives a look at the tracking tab.
 */
import { LitElement, html } from 'lit';
import { ShellLocaleController, type ShellContext } from '@palapa/sdk';
import { myReports } from './curhat-client';
import { curhatStyles } from './curhat-styles';
import './curhat-my-reports';
import './curhat-report-form';
import type { TrackRequest } from './curhat-report-form';
import './curhat-track';
import { stringsFor } from './strings';

const TABS = ['lapor', 'lacak', 'saya'] as const;
type Tab = (typeof TABS)[number];

export class CurhatApp extends LitElement {
  static override properties = {
    shell: { attribute: false },
    tab: { state: true },
    signedIn: { state: true },
  };

  static override styles = curhatStyles;

  declare shell: ShellContext | null;
  declare tab: Tab;
  /**
   * Learned from the back end: whether "laporan saya" answered. `shell.user` says so too (curhat asks
   * `user.profile`), but the back end is asked anyway: it is the one that must accept the session.
   */
  declare signedIn: boolean;
  readonly #locale = new ShellLocaleController(this, () => this.shell);

  constructor() {
    super();
    this.shell = null;
    this.tab = 'lapor';
    this.signedIn = false;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // One cheap question: the gateway signs who the citizen is, so only the back end knows.
    void myReports({ gateway: this.shell?.fetchGateway ?? null }).then(
      (outcome) => (this.signedIn = outcome.kind === 'ok'),
      () => undefined,
    );
  }

  override render() {
    const locale = this.#locale.locale;
    const s = stringsFor(locale);
    const signedIn = this.signedIn || this.shell?.user != null;
    const gateway = this.shell?.fetchGateway ?? null;
    return html`<section class="app" data-testid="curhat-app" lang=${locale} aria-labelledby="curhat-title">
      <h2 id="curhat-title">${s.title}</h2>
      <p class="intro">${s.intro}</p>
      <div class="tabs" role="tablist" aria-label=${s.tabsLabel} @keydown=${this.#tabKey}>
        ${TABS.map(
          (tab) => html`<button
            type="button"
            role="tab"
            id="tab-${tab}"
            class="tab"
            data-testid="tab-${tab}"
            aria-selected=${this.tab === tab ? 'true' : 'false'}
            aria-controls="panel-${tab}"
            tabindex=${this.tab === tab ? '0' : '-1'}
            @click=${() => this.#open(tab)}
          >
            ${s[`tab.${tab}`]}
          </button>`,
        )}
      </div>
      <div role="tabpanel" id="panel-lapor" aria-labelledby="tab-lapor" ?hidden=${this.tab !== 'lapor'}>
        <curhat-report-form .locale=${locale} .gateway=${gateway} ?signed-in=${signedIn} @curhat-track=${this.#trackFiled}></curhat-report-form>
      </div>
      <div role="tabpanel" id="panel-lacak" aria-labelledby="tab-lacak" ?hidden=${this.tab !== 'lacak'}>
        <curhat-track .locale=${locale} .gateway=${gateway}></curhat-track>
      </div>
      <div role="tabpanel" id="panel-saya" aria-labelledby="tab-saya" ?hidden=${this.tab !== 'saya'}>
        <curhat-my-reports .locale=${locale} .gateway=${gateway}></curhat-my-reports>
      </div>
      <p class="note">${s.dataNote}</p>
    </section>`;
  }

  #open(tab: Tab, focus = false): void {
    this.tab = tab;
    if (tab === 'saya') void this.renderRoot.querySelector('curhat-my-reports')?.reload();
    if (focus) void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#tab-${tab}`)?.focus());
  }

  /** The WAI-ARIA tabs pattern: arrows move between tabs, Home and End jump to the ends. */
  #tabKey = (event: KeyboardEvent): void => {
    const index = TABS.indexOf(this.tab);
    const next: Record<string, number> = { ArrowRight: index + 1, ArrowLeft: index - 1, Home: 0, End: TABS.length - 1 };
    const target = next[event.key];
    if (target === undefined) return;
    event.preventDefault();
    this.#open(TABS[(target + TABS.length) % TABS.length] ?? 'lapor', true);
  };

  #trackFiled = (event: TrackRequest): void => {
    this.tab = 'lacak';
    this.renderRoot.querySelector('curhat-track')?.track(event.detail.code, event.detail.verifier);
  };
}

// The registry is page-global: if this bundle is evaluated twice (the shell reloading a remote),
// keep the first definition instead of throwing during bootstrap.
if (!customElements.get('curhat-app')) customElements.define('curhat-app', CurhatApp);

declare global {
  interface HTMLElementTagNameMap {
    'curhat-app': CurhatApp;
  }
}
