/**
 * <cek-pbb-app>: the citizen types the NOP from their SPPT (formatted as they type, checked before
 * anything is sent), and sees the tax object, the bill of each of the last five years with its
 * status, what is owed today with fines, and where to pay. Answers come from BPKPD through the
 * portal's service gateway.
 */
import { LitElement, html, nothing } from 'lit';
import { ShellLocaleController, type ShellContext } from '@palapa/sdk';
import { cekPbbStyles } from './cek-pbb-styles';
import { caretForDigits, formatNop, nopDigits, NOP_LENGTH, parseNop, type NopProblem } from './nop';
import type { PbbAnswer, TaxYear } from './pbb-answer';
import { lookUpNop, type PbbLookup } from './pbb-client';
import { fill, longDate, problemKey, rupiah, statusKey, stringsFor, type Strings } from './strings';

type Phase = { name: 'idle' } | { name: 'loading'; nop: string } | { name: 'done'; nop: string; lookup: PbbLookup };

export class CekPbbApp extends LitElement {
  static override properties = {
    shell: { attribute: false },
    nopText: { state: true },
    problem: { state: true },
    phase: { state: true },
  };

  static override styles = cekPbbStyles;

  declare shell: ShellContext | null;
  declare nopText: string;
  /** Shown once the citizen submitted; then kept up to date as they correct the number. */
  declare problem: NopProblem | null;
  declare phase: Phase;
  readonly #locale = new ShellLocaleController(this, () => this.shell);
  #request: AbortController | null = null;

  constructor() {
    super();
    this.shell = null;
    this.nopText = '';
    this.problem = null;
    this.phase = { name: 'idle' };
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#request?.abort();
  }

  override render() {
    const locale = this.#locale.locale;
    const s = stringsFor(locale);
    return html`<section class="app" data-testid="cek-pbb-app" lang=${locale} aria-labelledby="cek-pbb-title">
      <h2 id="cek-pbb-title">${s.title}</h2>
      <p class="intro">${s.intro}</p>
      ${this.#renderForm(s)} ${this.#renderPhase(s)}
      <p class="note">${s.dataNote}</p>
    </section>`;
  }

  #renderForm(s: Strings) {
    const problem = this.problem;
    const loading = this.phase.name === 'loading';
    return html`<form class="form" novalidate @submit=${this.#submit}>
      <label for="nop">${s.nopLabel}</label>
      <p class="hint" id="nop-hint">${s.nopHint}</p>
      <div class="row">
        <input
          id="nop"
          name="nop"
          data-testid="nop-input"
          inputmode="numeric"
          autocomplete="off"
          spellcheck="false"
          maxlength="40"
          placeholder="35.76.___.___.___-____._"
          aria-describedby=${problem ? 'nop-hint nop-error' : 'nop-hint'}
          aria-invalid=${problem ? 'true' : 'false'}
          .value=${this.nopText}
          @input=${this.#typed}
        />
        <button type="submit" data-testid="nop-submit" ?disabled=${loading}>${s.check}</button>
      </div>
      ${problem
        ? html`<p class="error" id="nop-error" role="alert" data-testid="nop-error">
            ${fill(s[problemKey(problem)], { count: nopDigits(this.nopText).length })}
          </p>`
        : nothing}
    </form>`;
  }

  #renderPhase(s: Strings) {
    const phase = this.phase;
    if (phase.name === 'idle') return nothing;
    if (phase.name === 'loading') {
      return html`<p class="status" role="status" data-testid="pbb-loading"><span class="spinner" aria-hidden="true"></span>${s.checking}</p>`;
    }
    const { lookup, nop } = phase;
    switch (lookup.kind) {
      case 'found':
        return this.#renderAnswer(lookup.answer, s);
      case 'not-found':
        return html`<div class="empty" role="alert" data-testid="pbb-not-found">
          <h3 class="result-heading" tabindex="-1">${s.notFoundTitle}</h3>
          <p>${fill(s.notFound, { nop })}</p>
        </div>`;
      case 'invalid':
        return html`<div class="problem" role="alert" data-testid="pbb-invalid"><p>${s['problem.layout']}</p></div>`;
      case 'unreachable':
        return this.#renderFailure(s.unreachable, 'pbb-unreachable', s);
      case 'busy':
        return this.#renderFailure(s.busy, 'pbb-busy', s);
      case 'failed':
        return this.#renderFailure(s.failed, 'pbb-failed', s);
    }
  }

  #renderFailure(message: string, testId: string, s: Strings) {
    return html`<div class="problem" role="alert" data-testid=${testId}>
      <p>${message}</p>
      <button type="button" class="secondary" data-testid="pbb-retry" @click=${() => void this.#lookUp()}>${s.retry}</button>
    </div>`;
  }

  #renderAnswer(answer: PbbAnswer, s: Strings) {
    const locale = this.#locale.locale;
    const current = answer.years.at(-1);
    const { outstanding } = answer;
    return html`<div class="result" data-testid="pbb-result">
      <h3 class="result-heading" tabindex="-1">${s.objectTitle}: ${answer.nop}</h3>
      <dl class="facts">
        <div><dt>${s.owner}</dt><dd data-testid="pbb-owner">${answer.owner}</dd></div>
        <div>
          <dt>${s.address}</dt>
          <dd>${answer.object.address}, Kel. ${answer.object.kelurahan}, Kec. ${answer.object.kecamatan}</dd>
        </div>
        <div><dt>${s.area}</dt><dd>${answer.object.landArea} m² / ${answer.object.buildingArea} m²</dd></div>
        ${current ? html`<div><dt>${fill(s.njop, { year: current.year })}</dt><dd>${rupiah(answer.object.njop)}</dd></div>` : nothing}
      </dl>

      <h3>${s.yearsTitle}</h3>
      <div class="table-scroll">
        <table data-testid="pbb-years">
          <caption class="visually-hidden">${s.yearsCaption}</caption>
          <thead>
            <tr>
              <th scope="col">${s.year}</th>
              <th scope="col">${s.status}</th>
              <th scope="col" class="num">${s.amount}</th>
            </tr>
          </thead>
          <tbody>
            ${answer.years.map((year) => this.#renderYear(year, s))}
          </tbody>
        </table>
      </div>

      <h3>${s.totalTitle}</h3>
      ${outstanding.total === 0
        ? html`<p class="paid-up" data-testid="pbb-nothing-owed">${s.nothingOwed}</p>`
        : html`<dl class="totals" data-testid="pbb-totals">
              <div><dt>${s.totalPrincipal}</dt><dd class="num">${rupiah(outstanding.principal)}</dd></div>
              <div><dt>${s.totalFine}</dt><dd class="num">${rupiah(outstanding.fine)}</dd></div>
              <div class="grand"><dt>${s.total}</dt><dd class="num" data-testid="pbb-total">${rupiah(outstanding.total)}</dd></div>
            </dl>
            <p class="hint">${fill(s.fineNote, { date: longDate(answer.asOf, locale) })}</p>`}

      <h3>${s.payTitle}</h3>
      <ul class="channels" data-testid="pbb-channels">
        ${answer.paymentChannels.map(
          (channel) => html`<li><strong>${locale === 'en' ? channel.name.en : channel.name.id}</strong><br />${locale === 'en' ? channel.how.en : channel.how.id}</li>`,
        )}
      </ul>
    </div>`;
  }

  #renderYear(year: TaxYear, s: Strings) {
    const locale = this.#locale.locale;
    const when = year.paidAt ? fill(s.paidOn, { date: longDate(year.paidAt, locale) }) : fill(s.dueOn, { date: longDate(year.dueDate, locale) });
    return html`<tr data-testid="pbb-year" data-year=${year.year} data-status=${year.status}>
      <th scope="row">${year.year}</th>
      <td><span class="badge badge--${year.status}">${s[statusKey(year.status)]}</span><br /><small>${when}</small></td>
      <td class="num">
        <span class="amount">${rupiah(year.total)}</span>
        ${year.fine > 0
          ? html`<small class="split">${s.principal} ${rupiah(year.principal)}<br />${s.fine} ${rupiah(year.fine)} (${fill(s.lateMonths, { months: year.monthsLate })})</small>`
          : nothing}
      </td>
    </tr>`;
  }

  /** Formats as the citizen types, keeping the caret after the same digit. */
  #typed = (event: Event): void => {
    const input = event.target as HTMLInputElement;
    const raw = input.value;
    // Letters are left as typed, so the message can point at them instead of them silently vanishing.
    if (/[^\d.\-\s]/.test(raw)) {
      this.nopText = raw;
    } else {
      const digitsBefore = nopDigits(raw.slice(0, input.selectionStart ?? raw.length)).length;
      const formatted = formatNop(nopDigits(raw).slice(0, NOP_LENGTH));
      this.nopText = formatted;
      input.value = formatted;
      const caret = caretForDigits(formatted, digitsBefore);
      input.setSelectionRange(caret, caret);
    }
    if (this.problem) {
      const parsed = parseNop(this.nopText);
      this.problem = parsed.ok ? null : parsed.problem;
    }
  };

  #submit = (event: Event): void => {
    event.preventDefault();
    const parsed = parseNop(this.nopText);
    if (!parsed.ok) {
      this.problem = parsed.problem;
      this.renderRoot.querySelector<HTMLInputElement>('#nop')?.focus();
      return;
    }
    this.problem = null;
    this.nopText = parsed.formatted;
    void this.#lookUp();
  };

  async #lookUp(): Promise<void> {
    const parsed = parseNop(this.nopText);
    if (!parsed.ok) return;
    this.#request?.abort();
    const request = new AbortController();
    this.#request = request;
    this.phase = { name: 'loading', nop: parsed.formatted };
    let lookup: PbbLookup;
    try {
      lookup = await lookUpNop(parsed.digits, this.shell?.fetchGateway ?? null, { signal: request.signal });
    } catch {
      return; // superseded by a newer lookup, or the plugin was unmounted
    }
    if (this.#request !== request) return;
    this.phase = { name: 'done', nop: parsed.formatted, lookup };
    await this.updateComplete;
    // Move focus to the answer so screen readers read it and keyboard users land on it.
    this.renderRoot.querySelector<HTMLElement>('.result-heading')?.focus();
  }
}

// The registry is page-global: if this bundle is evaluated twice (the shell reloading a remote),
// keep the first definition instead of throwing during bootstrap.
if (!customElements.get('cek-pbb-app')) customElements.define('cek-pbb-app', CekPbbApp);

declare global {
  interface HTMLElementTagNameMap {
    'cek-pbb-app': CekPbbApp;
  }
}
