/**
 * <curhat-report-form>: the citizen files a report — kind, topic, description, kelurahan, optional
 * address, location (only when they ask) and photo — checked field by field before it is sent, and
 * gets its tracking code and verifier. One Idempotency-Key per report: a retry after a lost answer
 * gets the same code back, never a second report; any edit makes it a new report with a new key.
 */
import { LitElement, html, nothing } from 'lit';
import type { Locale, ShellContext } from '@palapa/sdk';
import { CATEGORIES, DESCRIPTION_MAX, KELURAHAN, TOPICS, type FiledComplaint, type Kecamatan } from './complaint';
import { fileReport, type Failure } from './curhat-client';
import { curhatStyles } from './curhat-styles';
import { characterCount, checkDraft, checkPhoto, insideMojokerto, type DraftField, type DraftProblem, type FormValues } from './draft-check';
import { newIdempotencyKey } from './idempotency-key';
import { shrinkForSending } from './photo-shrink';
import { categoryKey, fill, problemKey, stringsFor, topicKey, type Strings } from './strings';

type Phase = { name: 'editing' } | { name: 'sending' } | { name: 'failed'; failure: Failure['kind'] } | { name: 'filed'; report: FiledComplaint };

const EMPTY: FormValues = { category: '', topic: '', description: '', kelurahan: '', address: '', coordinates: null };

/** Fired when the citizen wants to follow the report just filed. */
export type TrackRequest = CustomEvent<{ code: string; verifier: string }>;

export class CurhatReportForm extends LitElement {
  static override properties = {
    locale: {},
    gateway: { attribute: false },
    signedIn: { type: Boolean, attribute: 'signed-in' },
    values: { state: true },
    photo: { state: true },
    problems: { state: true },
    phase: { state: true },
    locating: { state: true },
  };

  static override styles = curhatStyles;

  declare locale: Locale;
  /** The shell's `fetchGateway`, handed down by <curhat-app>. */
  declare gateway: ShellContext['fetchGateway'] | null;
  declare signedIn: boolean;
  declare values: FormValues;
  declare photo: File | null;
  declare problems: DraftProblem[];
  declare phase: Phase;
  declare locating: boolean;
  /** Whether the citizen tried to send: from then on, messages follow their corrections live. */
  #tried = false;
  #idempotencyKey: string | null = null;

  constructor() {
    super();
    this.locale = 'id';
    this.gateway = null;
    this.signedIn = false;
    this.values = EMPTY;
    this.photo = null;
    this.problems = [];
    this.phase = { name: 'editing' };
    this.locating = false;
  }

  override render() {
    const s = stringsFor(this.locale);
    if (this.phase.name === 'filed') return this.#renderFiled(this.phase.report, s);
    const sending = this.phase.name === 'sending';
    const formProblems = this.problems.filter((problem) => !problem.field.startsWith('location'));
    return html`<form novalidate @submit=${this.#submit} @input=${this.#edited} @change=${this.#edited} data-testid="report-form">
      ${this.#tried && formProblems.length > 0 ? html`<p class="problem" role="alert" data-testid="form-errors">${s.errorSummary}</p>` : nothing}
      <fieldset class="field" aria-describedby=${this.#describedBy('category')}>
        <legend>${s.categoryLabel}</legend>
        <div class="choices">
          ${CATEGORIES.map(
            (category) => html`<label class="choice"
              ><input type="radio" name="category" value=${category} .checked=${this.values.category === category} aria-invalid=${this.#invalid('category')} />${s[
                categoryKey(category)
              ]}</label
            >`,
          )}
        </div>
        ${this.#error('category', s)}
      </fieldset>
      <div class="field">
        <label for="topic">${s.topicLabel}</label>
        <select id="topic" name="topic" .value=${this.values.topic} aria-invalid=${this.#invalid('topic')} aria-describedby=${this.#describedBy('topic')}>
          <option value="">${s.choose}</option>
          ${TOPICS.map((topic) => html`<option value=${topic} ?selected=${this.values.topic === topic}>${s[topicKey(topic)]}</option>`)}
        </select>
        ${this.#error('topic', s)}
      </div>
      <div class="field">
        <label for="description">${s.descriptionLabel}</label>
        <p class="hint" id="description-hint">${s.descriptionHint}</p>
        <textarea
          id="description"
          name="description"
          maxlength=${DESCRIPTION_MAX + 200}
          .value=${this.values.description}
          aria-invalid=${this.#invalid('description')}
          aria-describedby=${this.#describedBy('description', 'description-hint description-count')}
        ></textarea>
        <p class="hint" id="description-count">${fill(s.charCount, { count: characterCount(this.values.description), max: DESCRIPTION_MAX })}</p>
        ${this.#error('description', s)}
      </div>
      <div class="field">
        <label for="kelurahan">${s.kelurahanLabel}</label>
        <select id="kelurahan" name="kelurahan" .value=${this.values.kelurahan} aria-invalid=${this.#invalid('kelurahan')} aria-describedby=${this.#describedBy('kelurahan')}>
          <option value="">${s.choose}</option>
          ${(Object.keys(KELURAHAN) as Kecamatan[]).map(
            (kecamatan) => html`<optgroup label=${fill(s.kecamatanGroup, { name: kecamatan })}>
              ${KELURAHAN[kecamatan].map((name) => html`<option value=${name} ?selected=${this.values.kelurahan === name}>${name}</option>`)}
            </optgroup>`,
          )}
        </select>
        ${this.#error('kelurahan', s)}
      </div>
      <div class="field">
        <label for="address">${s.addressLabel}</label>
        <p class="hint" id="address-hint">${s.addressHint}</p>
        <input id="address" name="address" autocomplete="street-address" .value=${this.values.address} aria-invalid=${this.#invalid('address')} aria-describedby=${this.#describedBy('address', 'address-hint')} />
        ${this.#error('address', s)}
      </div>
      ${this.#renderLocation(s)} ${this.#renderPhoto(s)}
      <div class="actions">
        <button type="submit" data-testid="report-submit" ?disabled=${sending}>${s.submit}</button>
      </div>
      ${sending ? html`<p class="status" role="status" data-testid="report-sending"><span class="spinner" aria-hidden="true"></span>${s.sending}</p>` : nothing}
      ${this.phase.name === 'failed' ? this.#renderFailure(this.phase.failure, s) : nothing}
    </form>`;
  }

  #renderLocation(s: Strings) {
    const point = this.values.coordinates;
    return html`<div class="field">
      ${point
        ? html`<p data-testid="location-set">${fill(s.locationSet, { lat: point.lat.toFixed(5), lng: point.lng.toFixed(5) })}</p>
            <button type="button" class="secondary" @click=${this.#removeLocation}>${s.removeLocation}</button>`
        : html`<button type="button" class="secondary" data-testid="use-location" ?disabled=${this.locating} @click=${this.#locate}>${this.locating ? s.locating : s.useLocation}</button>`}
      ${this.#error('location', s)}
    </div>`;
  }

  #renderPhoto(s: Strings) {
    return html`<div class="field">
      <label for="photo">${s.photoLabel}</label>
      <p class="hint" id="photo-hint">${s.photoHint}</p>
      <input id="photo" name="photo" type="file" accept="image/jpeg,image/png" data-testid="photo-input" aria-invalid=${this.#invalid('photo')} aria-describedby=${this.#describedBy('photo', 'photo-hint')} @change=${this.#photoChosen} />
      ${this.photo ? html`<button type="button" class="secondary" @click=${this.#removePhoto}>${s.removePhoto}</button>` : nothing}
      ${this.#error('photo', s)}
    </div>`;
  }

  #renderFailure(failure: Failure['kind'], s: Strings) {
    const message = { rejected: s.rejected, 'too-large': s.tooLarge, unreachable: s.unreachable, busy: s.busy, failed: s.failed }[failure];
    return html`<div class="problem" role="alert" data-testid="report-failed" data-kind=${failure}>
      <p>${message}</p>
      ${failure === 'rejected' || failure === 'too-large' ? nothing : html`<button type="button" class="secondary" data-testid="report-retry" @click=${() => void this.#send()}>${s.retry}</button>`}
    </div>`;
  }

  #renderFiled(report: FiledComplaint, s: Strings) {
    return html`<div class="success" data-testid="report-filed">
      <h3 class="result-heading" tabindex="-1">${s.filedTitle}</h3>
      <p>${s.filedIntro}</p>
      <dl class="codes">
        <div><dt>${s.codeLabel}</dt><dd data-testid="filed-code">${report.code}</dd></div>
        <div><dt>${s.verifierLabel}</dt><dd data-testid="filed-verifier">${report.verifier}</dd></div>
      </dl>
      ${this.signedIn ? html`<p>${s.filedSignedIn}</p>` : nothing}
      <div class="actions">
        <button type="button" data-testid="track-filed" @click=${() => this.#askToTrack(report)}>${s.trackThis}</button>
        <button type="button" class="secondary" @click=${this.#startOver}>${s.newReport}</button>
      </div>
    </div>`;
  }

  #invalid(field: DraftField): 'true' | 'false' {
    return this.problems.some((problem) => problem.field === field) ? 'true' : 'false';
  }

  #describedBy(field: DraftField, base = ''): string {
    return [base, this.#invalid(field) === 'true' ? `${field}-error` : ''].filter(Boolean).join(' ');
  }

  #error(field: DraftField, s: Strings) {
    const problem = this.problems.find((candidate) => candidate.field === field);
    if (!problem) return nothing;
    return html`<p class="error" id="${field}-error" role="alert" data-testid="${field}-error">${fill(s[problemKey(problem.problem)], { count: problem.count ?? 0 })}</p>`;
  }

  #edited = (event: Event): void => {
    const target = event.target as HTMLInputElement | HTMLSelectElement | HTMLTextAreaElement;
    if (!(target.name in EMPTY) || target.name === 'coordinates') return;
    this.values = { ...this.values, [target.name]: target.value };
    this.#changed();
  };

  /** Any change makes this a different report: a new key, and live messages once the citizen tried to send. */
  #changed(): void {
    this.#idempotencyKey = null;
    if (this.phase.name === 'failed') this.phase = { name: 'editing' };
    if (this.#tried) {
      const check = checkDraft(this.values);
      const kept = this.problems.filter((problem) => problem.field === 'photo' || problem.field === 'location');
      this.problems = [...kept, ...(check.ok ? [] : check.problems)];
    }
  }

  #photoChosen = async (event: Event): Promise<void> => {
    event.stopPropagation();
    const input = event.target as HTMLInputElement;
    const file = input.files?.[0] ?? null;
    this.problems = this.problems.filter((problem) => problem.field !== 'photo');
    this.photo = null;
    if (file) {
      const problem = checkPhoto(file.size, new Uint8Array(await file.slice(0, 8).arrayBuffer()));
      if (problem) {
        input.value = '';
        this.problems = [...this.problems, problem];
      } else {
        this.photo = file;
      }
    }
    this.#changed();
  };

  #removePhoto = (): void => {
    this.photo = null;
    const input = this.renderRoot.querySelector<HTMLInputElement>('#photo');
    if (input) input.value = '';
    this.problems = this.problems.filter((problem) => problem.field !== 'photo');
    this.#changed();
    input?.focus();
  };

  /** Asks for the position only now, when the citizen tapped the button: the browser asks their permission. */
  #locate = (): void => {
    this.problems = this.problems.filter((problem) => problem.field !== 'location');
    if (!('geolocation' in navigator)) {
      this.problems = [...this.problems, { field: 'location', problem: 'location-unavailable' }];
      return;
    }
    this.locating = true;
    navigator.geolocation.getCurrentPosition(
      ({ coords }) => {
        this.locating = false;
        const point = { lat: Number(coords.latitude.toFixed(6)), lng: Number(coords.longitude.toFixed(6)) };
        if (!insideMojokerto(point)) {
          this.problems = [...this.problems, { field: 'location', problem: 'location-outside' }];
          return;
        }
        this.values = { ...this.values, coordinates: point };
        this.#changed();
      },
      (error) => {
        this.locating = false;
        this.problems = [...this.problems, { field: 'location', problem: error.code === error.PERMISSION_DENIED ? 'location-denied' : 'location-unavailable' }];
      },
      { enableHighAccuracy: true, timeout: 15_000, maximumAge: 60_000 },
    );
  };

  #removeLocation = (): void => {
    this.values = { ...this.values, coordinates: null };
    this.#changed();
  };

  #submit = (event: Event): void => {
    event.preventDefault();
    this.#tried = true;
    const check = checkDraft(this.values);
    const photoProblems = this.problems.filter((problem) => problem.field === 'photo' || problem.field === 'location');
    this.problems = [...photoProblems, ...(check.ok ? [] : check.problems)];
    const first = check.ok ? photoProblems.find((problem) => problem.field === 'photo') : check.problems[0];
    if (first) {
      void this.updateComplete.then(() => this.#focusField(first.field));
      return;
    }
    void this.#send();
  };

  #focusField(field: DraftField): void {
    const selector = field === 'category' ? 'input[name="category"]' : `#${field}`;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #send(): Promise<void> {
    const check = checkDraft(this.values);
    if (!check.ok || this.phase.name === 'sending') return;
    this.#idempotencyKey ??= newIdempotencyKey();
    const key = this.#idempotencyKey;
    this.phase = { name: 'sending' };
    const photo = this.photo ? await shrinkForSending(this.photo) : null;
    let outcome: Awaited<ReturnType<typeof fileReport>>;
    try {
      outcome = await fileReport(check.draft, photo, key, { gateway: this.gateway });
    } catch {
      this.phase = { name: 'failed', failure: 'failed' };
      return;
    }
    if (outcome.kind === 'ok') {
      this.phase = { name: 'filed', report: outcome.value };
      this.dispatchEvent(new CustomEvent('curhat-filed', { detail: outcome.value, bubbles: true, composed: true }));
      await this.updateComplete;
      // Move focus to the codes so screen readers read them and keyboard users land on them.
      this.renderRoot.querySelector<HTMLElement>('.result-heading')?.focus();
      return;
    }
    this.phase = { name: 'failed', failure: outcome.kind === 'not-found' || outcome.kind === 'sign-in' ? 'failed' : outcome.kind };
  }

  #askToTrack(report: FiledComplaint): void {
    this.dispatchEvent(new CustomEvent('curhat-track', { detail: { code: report.code, verifier: report.verifier }, bubbles: true, composed: true }) satisfies TrackRequest);
  }

  #startOver = async (): Promise<void> => {
    this.values = EMPTY;
    this.photo = null;
    this.problems = [];
    this.#tried = false;
    this.#idempotencyKey = null;
    this.phase = { name: 'editing' };
    await this.updateComplete;
    this.#focusField('category');
  };
}

if (!customElements.get('curhat-report-form')) customElements.define('curhat-report-form', CurhatReportForm);

declare global {
  interface HTMLElementTagNameMap {
    'curhat-report-form': CurhatReportForm;
  }
}
