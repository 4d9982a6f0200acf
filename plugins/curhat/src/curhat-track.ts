/**
 * <curhat-track>: code + verifier → the report's status and its timeline of dated OPD notes. The
 * app hands over a code and verifier just filed (`track(code, verifier)`), so the citizen does not
 * retype them.
 */
import { LitElement, html, nothing } from 'lit';
import type { Locale, ShellContext } from '@palapa/sdk';
import type { ComplaintView } from './complaint';
import { trackReport, type Outcome } from './curhat-client';
import { curhatStyles } from './curhat-styles';
import { checkTracking, normaliseCode, type DraftField, type DraftProblem } from './draft-check';
import { renderComplaint } from './render-complaint';
import { problemKey, stringsFor, type Strings } from './strings';

type Phase = { name: 'idle' } | { name: 'loading' } | { name: 'done'; outcome: Outcome<ComplaintView> };

export class CurhatTrack extends LitElement {
  static override properties = {
    locale: {},
    gateway: { attribute: false },
    codeText: { state: true },
    verifierText: { state: true },
    problems: { state: true },
    phase: { state: true },
  };

  static override styles = curhatStyles;

  declare locale: Locale;
  /** The shell's `fetchGateway`, handed down by <curhat-app>. */
  declare gateway: ShellContext['fetchGateway'] | null;
  declare codeText: string;
  declare verifierText: string;
  declare problems: DraftProblem[];
  declare phase: Phase;
  #request: AbortController | null = null;

  constructor() {
    super();
    this.locale = 'id';
    this.gateway = null;
    this.codeText = '';
    this.verifierText = '';
    this.problems = [];
    this.phase = { name: 'idle' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  /** Fills the form and looks the report up at once. */
  track(code: string, verifier: string): void {
    this.codeText = code;
    this.verifierText = verifier;
    this.problems = [];
    void this.#lookUp();
  }

  override render() {
    const s = stringsFor(this.locale);
    const loading = this.phase.name === 'loading';
    return html`<form novalidate @submit=${this.#submit} data-testid="track-form">
        <p class="intro">${s.trackIntro}</p>
        <div class="field">
          <label for="code">${s.codeLabel}</label>
          <p class="hint" id="code-hint">${s.codeHint}</p>
          <input
            id="code"
            name="code"
            autocomplete="off"
            autocapitalize="characters"
            spellcheck="false"
            maxlength="20"
            .value=${this.codeText}
            aria-invalid=${this.#invalid('code')}
            aria-describedby=${this.#invalid('code') === 'true' ? 'code-hint code-error' : 'code-hint'}
            @input=${(event: Event) => (this.codeText = (event.target as HTMLInputElement).value)}
            @blur=${() => (this.codeText = normaliseCode(this.codeText))}
          />
          ${this.#error('code', s)}
        </div>
        <div class="field">
          <label for="verifier">${s.verifierLabel}</label>
          <input
            id="verifier"
            name="verifier"
            inputmode="numeric"
            autocomplete="off"
            maxlength="4"
            .value=${this.verifierText}
            aria-invalid=${this.#invalid('verifier')}
            aria-describedby=${this.#invalid('verifier') === 'true' ? 'verifier-error' : ''}
            @input=${(event: Event) => (this.verifierText = (event.target as HTMLInputElement).value)}
          />
          ${this.#error('verifier', s)}
        </div>
        <button type="submit" data-testid="track-submit" ?disabled=${loading}>${s.track}</button>
      </form>
      ${this.#renderPhase(s)}`;
  }

  #renderPhase(s: Strings) {
    const phase = this.phase;
    if (phase.name === 'idle') return nothing;
    if (phase.name === 'loading') return html`<p class="status" role="status" data-testid="track-loading"><span class="spinner" aria-hidden="true"></span>${s.tracking}</p>`;
    const { outcome } = phase;
    switch (outcome.kind) {
      case 'ok':
        return html`<div data-testid="track-result">${renderComplaint(outcome.value, s, this.locale)}</div>`;
      case 'not-found':
        return html`<div class="empty" role="alert" data-testid="track-not-found"><p>${s.notFound}</p></div>`;
      default: {
        const message = outcome.kind === 'unreachable' ? s.unreachable : outcome.kind === 'busy' ? s.busy : s.failed;
        return html`<div class="problem" role="alert" data-testid="track-failed" data-kind=${outcome.kind}>
          <p>${message}</p>
          <button type="button" class="secondary" @click=${() => void this.#lookUp()}>${s.retry}</button>
        </div>`;
      }
    }
  }

  #invalid(field: DraftField): 'true' | 'false' {
    return this.problems.some((problem) => problem.field === field) ? 'true' : 'false';
  }

  #error(field: DraftField, s: Strings) {
    const problem = this.problems.find((candidate) => candidate.field === field);
    return problem ? html`<p class="error" id="${field}-error" role="alert" data-testid="${field}-error">${s[problemKey(problem.problem)]}</p>` : nothing;
  }

  #submit = (event: Event): void => {
    event.preventDefault();
    const check = checkTracking(this.codeText, this.verifierText);
    if (!check.ok) {
      this.problems = check.problems;
      void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLElement>(`#${check.problems[0]?.field ?? 'code'}`)?.focus());
      return;
    }
    this.problems = [];
    this.codeText = check.code;
    void this.#lookUp();
  };

  async #lookUp(): Promise<void> {
    const check = checkTracking(this.codeText, this.verifierText);
    if (!check.ok) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.phase = { name: 'loading' };
    let outcome: Outcome<ComplaintView>;
    try {
      outcome = await trackReport(check.code, check.verifier, { gateway: this.gateway, signal: request.signal });
    } catch {
      return; // superseded by a newer lookup, or the plugin was unmounted
    }
    if (this.#request !== request) return;
    this.phase = { name: 'done', outcome };
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>('.result-heading')?.focus();
  }
}

if (!customElements.get('curhat-track')) customElements.define('curhat-track', CurhatTrack);

declare global {
  interface HTMLElementTagNameMap {
    'curhat-track': CurhatTrack;
  }
}
