/**
 * <curhat-my-reports>: "laporan saya", the reports the signed-in citizen filed, newest first, loaded
 * when shown. Whether the citizen is signed in is the back end's answer (the gateway signs who they
 * are), not the plugin's guess: a 401 means "sign in first".
 */
import { LitElement, html } from 'lit';
import type { Locale, ShellContext } from '@palapa/sdk';
import type { FiledComplaint } from './complaint';
import { myReports, type Outcome } from './curhat-client';
import { curhatStyles } from './curhat-styles';
import { renderComplaint } from './render-complaint';
import { stringsFor } from './strings';

type Phase = { name: 'loading' } | { name: 'done'; outcome: Outcome<FiledComplaint[]> };

export class CurhatMyReports extends LitElement {
  static override properties = {
    locale: {},
    gateway: { attribute: false },
    phase: { state: true },
  };

  static override styles = curhatStyles;

  declare locale: Locale;
  /** The shell's `fetchGateway`, handed down by <curhat-app>. */
  declare gateway: ShellContext['fetchGateway'] | null;
  declare phase: Phase;
  #request: AbortController | null = null;

  constructor() {
    super();
    this.locale = 'id';
    this.gateway = null;
    this.phase = { name: 'loading' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  /** Loads the list again (the app calls it whenever the tab is opened, so a new report shows). */
  async reload(): Promise<void> {
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.phase = { name: 'loading' };
    try {
      const outcome = await myReports({ gateway: this.gateway, signal: request.signal });
      if (this.#request === request) this.phase = { name: 'done', outcome };
    } catch {
      // superseded, or unmounted
    }
  }

  override render() {
    const s = stringsFor(this.locale);
    const phase = this.phase;
    if (phase.name === 'loading') return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span>${s.mineLoading}</p>`;
    const { outcome } = phase;
    if (outcome.kind === 'sign-in') return html`<div class="empty" data-testid="mine-sign-in"><p>${s.mineSignIn}</p></div>`;
    if (outcome.kind !== 'ok') {
      const message = outcome.kind === 'unreachable' ? s.unreachable : outcome.kind === 'busy' ? s.busy : s.failed;
      return html`<div class="problem" role="alert" data-testid="mine-failed"><p>${message}</p><button type="button" class="secondary" @click=${() => void this.reload()}>${s.retry}</button></div>`;
    }
    if (outcome.value.length === 0) return html`<div class="empty" data-testid="mine-empty"><p>${s.mineEmpty}</p></div>`;
    return html`<ul class="reports" data-testid="mine-list">
      ${outcome.value.map(
        (report) => html`<li>
          ${renderComplaint(report, s, this.locale, 4)}
          <p class="hint">${s.verifierLabel}: ${report.verifier}</p>
        </li>`,
      )}
    </ul>`;
  }
}

if (!customElements.get('curhat-my-reports')) customElements.define('curhat-my-reports', CurhatMyReports);

declare global {
  interface HTMLElementTagNameMap {
    'curhat-my-reports': CurhatMyReports;
  }
}
