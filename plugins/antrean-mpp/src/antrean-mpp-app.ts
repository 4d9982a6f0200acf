/**
 * <antrean-mpp-app>: the citizen picks a counter of MPP Gajah Mada, a date and a 30-minute slot
 * (each with its remaining places), gives a name and a mobile number (prefilled when signed in),
 * and gets a ticket number, a booking code and its QR code; a booking can be cancelled with the
 * code and the same number. A signed-in citizen also sees "Antrean saya". Everything comes from
 * the DPMPTSP queue system through the portal's service gateway.
 */
import { LitElement, html, nothing, type TemplateResult } from 'lit';
import { ShellLocaleController, type ShellContext } from '@palapa/sdk';
import { antreanStyles } from './antrean-styles';
import { checkDraft, FIELD_ORDER, serverFieldErrors, type BookingDraft, type BookingField, type FieldErrors } from './booking-form-state';
import { displayPhone } from './contact';
import { qrSvg } from './qr-code';
import type { Booking, Counter, MyQueue, Schedule } from './queue-api';
import { bookSlot, cancelBooking, listCounters, loadMyQueue, loadSchedule, type QueueOutcome } from './queue-client';
import { fill, longDay, stringsFor, type StringKey, type Strings } from './strings';
import './cancel-form';

type Load<T> = { state: 'idle' } | { state: 'loading' } | { state: 'done'; outcome: QueueOutcome<T> };
type FailureKey = 'unreachable' | 'busy' | 'failed';

const failureKey = (outcome: QueueOutcome<unknown>): FailureKey => (outcome.kind === 'unreachable' || outcome.kind === 'busy' ? outcome.kind : 'failed');

export class AntreanMppApp extends LitElement {
  static override properties = {
    shell: { attribute: false },
    counters: { state: true },
    schedule: { state: true },
    draft: { state: true },
    errors: { state: true },
    formProblem: { state: true },
    submitting: { state: true },
    ticket: { state: true },
    mine: { state: true },
  };

  static override styles = antreanStyles;

  declare shell: ShellContext | null;
  declare counters: Load<{ items: Counter[] }>;
  declare schedule: Load<Schedule>;
  declare draft: BookingDraft;
  declare errors: FieldErrors;
  declare formProblem: StringKey | null;
  declare submitting: boolean;
  declare ticket: Booking | null;
  declare mine: MyQueue | null;
  readonly #locale = new ShellLocaleController(this, () => this.shell);
  readonly #requests = new AbortController();

  constructor() {
    super();
    this.shell = null;
    this.counters = { state: 'idle' };
    this.schedule = { state: 'idle' };
    this.draft = { counter: '', date: '', time: '', name: '', phone: '' };
    this.errors = {};
    this.formProblem = null;
    this.submitting = false;
    this.ticket = null;
    this.mine = null;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    void this.#loadCounters();
    // The back end knows the citizen from the gateway's signed headers (user.profile); anonymous
    // visitors get a 401 and see no "Antrean saya".
    if (this.shell?.user) this.draft = { ...this.draft, name: this.shell.user.name };
    void this.#loadMine();
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#requests.abort();
  }

  override render() {
    const locale = this.#locale.locale;
    const s = stringsFor(locale);
    return html`<section class="app" data-testid="antrean-mpp-app" lang=${locale} aria-labelledby="antrean-title">
      <h2 id="antrean-title">${s.title}</h2>
      <p class="intro">${s.intro}</p>
      ${this.#renderMine(s)} ${this.ticket ? this.#renderTicket(this.ticket, s) : this.#renderBooking(s)}
      <antrean-cancel-form .locale=${locale} .gateway=${this.shell?.fetchGateway ?? null} @booking-cancelled=${this.#onCancelled}></antrean-cancel-form>
      <p class="note">${s.dataNote}</p>
    </section>`;
  }

  // ------------------------------------------------------------------ views

  #renderMine(s: Strings) {
    if (!this.mine) return nothing;
    const locale = this.#locale.locale;
    return html`<div class="mine" data-testid="antrean-mine">
      <h3>${s.mineTitle}</h3>
      <p class="hint">${fill(s.signedInAs, { name: this.mine.user.name })}</p>
      ${this.mine.bookings.length === 0
        ? html`<p class="empty" data-testid="antrean-mine-empty">${s.mineEmpty}</p>`
        : html`<ul class="bookings">
            ${this.mine.bookings.map(
              (booking) => html`<li data-testid="antrean-mine-item" data-status=${booking.status}>
                <strong>${booking.ticket}</strong> · ${this.#counterName(booking.counter)}<br />
                ${longDay(booking.date, locale)}, ${booking.time} WIB · <code>${booking.code}</code>
                <span class="badge badge--${booking.status}">${booking.status === 'aktif' ? s.statusActive : s.statusCancelled}</span>
              </li>`,
            )}
          </ul>`}
    </div>`;
  }

  #renderBooking(s: Strings) {
    const counters = this.counters;
    if (counters.state !== 'done') return html`<p class="status" role="status"><span class="spinner" aria-hidden="true"></span>${s.slotsLoading}</p>`;
    if (counters.outcome.kind !== 'ok') return this.#renderFailure(s[failureKey(counters.outcome)], () => void this.#loadCounters(), s);
    const items = counters.outcome.value.items;
    const chosen = items.find((counter) => counter.id === this.draft.counter);
    const locale = this.#locale.locale;
    return html`<form class="form" novalidate @submit=${this.#submit} data-testid="booking-form">
      <div class="field">
        <label for="counter">${s.counterLabel}</label>
        <select id="counter" data-testid="counter-select" aria-invalid=${this.errors.counter ? 'true' : 'false'} aria-describedby=${this.errors.counter ? 'counter-error' : nothing} @change=${this.#counterChosen}>
          <option value="" ?selected=${!this.draft.counter}>${s.counterPlaceholder}</option>
          ${items.map((counter) => html`<option value=${counter.id} ?selected=${counter.id === this.draft.counter}>${counter.prefix} · ${counter.name[locale]} (${counter.agency})</option>`)}
        </select>
        ${chosen ? html`<p class="hint">${fill(s.bring, { what: chosen.bring[locale] })}</p>` : nothing} ${this.#fieldError('counter', s)}
      </div>
      ${this.draft.counter ? this.#renderSchedule(s) : nothing}
      <div class="field">
        <label for="name">${s.nameLabel}</label>
        <input id="name" name="name" autocomplete="name" data-testid="name-input" maxlength="80" .value=${this.draft.name} aria-invalid=${this.errors.name ? 'true' : 'false'} aria-describedby=${this.errors.name ? 'name-error' : nothing} @input=${(event: Event) => this.#typed('name', event)} />
        ${this.#fieldError('name', s)}
      </div>
      <div class="field">
        <label for="phone">${s.phoneLabel}</label>
        <p class="hint" id="phone-hint">${s.phoneHint}</p>
        <input id="phone" name="phone" type="tel" inputmode="tel" autocomplete="tel" data-testid="phone-input" maxlength="20" .value=${this.draft.phone} aria-invalid=${this.errors.phone ? 'true' : 'false'} aria-describedby=${this.errors.phone ? 'phone-hint phone-error' : 'phone-hint'} @input=${(event: Event) => this.#typed('phone', event)} />
        ${this.#fieldError('phone', s)}
      </div>
      ${this.formProblem ? html`<p class="problem" role="alert" data-testid="booking-problem">${s[this.formProblem]}</p>` : nothing}
      <button type="submit" data-testid="booking-submit" ?disabled=${this.submitting}>${this.submitting ? s.booking : s.book}</button>
    </form>`;
  }

  #renderSchedule(s: Strings) {
    const schedule = this.schedule;
    if (schedule.state !== 'done') return html`<p class="status" role="status" data-testid="schedule-loading"><span class="spinner" aria-hidden="true"></span>${s.slotsLoading}</p>`;
    if (schedule.outcome.kind !== 'ok') return this.#renderFailure(s[failureKey(schedule.outcome)], () => void this.#loadSchedule(), s);
    const days = schedule.outcome.value.days;
    if (days.length === 0) return html`<p class="empty" data-testid="schedule-empty">${s.noSlots}</p>`;
    const locale = this.#locale.locale;
    const day = days.find((entry) => entry.date === this.draft.date);
    return html`<div class="field">
        <label for="date">${s.dateLabel}</label>
        <p class="hint" id="date-hint">${s.dateHint}</p>
        <select id="date" data-testid="date-select" aria-describedby=${this.errors.date ? 'date-hint date-error' : 'date-hint'} aria-invalid=${this.errors.date ? 'true' : 'false'} @change=${this.#dateChosen}>
          <option value="" ?selected=${!this.draft.date}>${s.datePlaceholder}</option>
          ${days.map((entry) => {
            const free = entry.slots.some((slot) => slot.remaining > 0);
            return html`<option value=${entry.date} ?selected=${entry.date === this.draft.date}>${longDay(entry.date, locale)}${free ? '' : ` (${s.slotFull})`}</option>`;
          })}
        </select>
        ${this.#fieldError('date', s)}
      </div>
      ${day
        ? html`<fieldset class="slots" data-testid="slots" aria-describedby=${this.errors.time ? 'time-error' : nothing}>
            <legend>${s.slotLegend}</legend>
            ${day.slots.every((slot) => slot.remaining === 0) ? html`<p class="empty">${s.noSlotsDay}</p>` : nothing}
            <div class="slot-grid">
              ${day.slots.map(
                (slot) => html`<label class="slot ${slot.remaining === 0 ? 'slot--full' : ''}" data-testid="slot" data-time=${slot.time} data-remaining=${slot.remaining}>
                  <input type="radio" name="time" .value=${slot.time} .checked=${slot.time === this.draft.time} ?disabled=${slot.remaining === 0} @change=${this.#slotChosen} />
                  <span class="slot-time">${slot.time}</span>
                  <span class="slot-left">${slot.remaining === 0 ? s.slotFull : fill(s.slotRemaining, { count: slot.remaining })}</span>
                </label>`,
              )}
            </div>
            ${this.#fieldError('time', s)}
          </fieldset>`
        : nothing}`;
  }

  #renderTicket(ticket: Booking, s: Strings) {
    const locale = this.#locale.locale;
    return html`<div class="ticket" data-testid="booking-ticket">
      <h3 class="result-heading" tabindex="-1">${s.ticketTitle}</h3>
      <p class="ticket-number" data-testid="ticket-number">${ticket.ticket}</p>
      ${qrSvg(ticket.code, fill(s.qrLabel, { code: ticket.code }))}
      <dl class="facts">
        <div><dt>${s.ticketCode}</dt><dd><code data-testid="booking-code">${ticket.code}</code></dd></div>
        <div><dt>${s.ticketService}</dt><dd>${this.#counterName(ticket.counter)}</dd></div>
        <div><dt>${s.ticketWhen}</dt><dd data-testid="ticket-when">${longDay(ticket.date, locale)}, ${ticket.time} WIB</dd></div>
        <div><dt>${s.ticketName}</dt><dd>${ticket.name} · ${displayPhone(ticket.phone)}</dd></div>
      </dl>
      <p class="hint">${s.ticketNote}</p>
      <div class="actions">
        <button type="button" class="secondary" data-testid="ticket-cancel" @click=${() => void this.#cancelTicket(ticket)}>${s.cancelThis}</button>
        <button type="button" data-testid="book-another" @click=${this.#bookAnother}>${s.bookAnother}</button>
      </div>
      ${this.formProblem ? html`<p class="problem" role="alert">${s[this.formProblem]}</p>` : nothing}
    </div>`;
  }

  #renderFailure(message: string, retry: () => void, s: Strings): TemplateResult {
    return html`<div class="problem" role="alert" data-testid="antrean-failure">
      <p>${message}</p>
      <button type="button" class="secondary" data-testid="antrean-retry" @click=${retry}>${s.retry}</button>
    </div>`;
  }

  #fieldError(field: BookingField, s: Strings) {
    const key = this.errors[field];
    return key ? html`<p class="error" id="${field}-error" role="alert" data-testid="${field}-error">${s[key]}</p>` : nothing;
  }

  #counterName(id: string): string {
    const counters = this.counters;
    const counter = counters.state === 'done' && counters.outcome.kind === 'ok' ? counters.outcome.value.items.find((item) => item.id === id) : undefined;
    return counter ? counter.name[this.#locale.locale] : id;
  }

  // ------------------------------------------------------------------ behaviour

  #typed(field: 'name' | 'phone', event: Event): void {
    this.draft = { ...this.draft, [field]: (event.target as HTMLInputElement).value };
    // Once shown, a message follows the corrections instead of waiting for the next submit.
    if (this.errors[field]) {
      const check = checkDraft(this.draft);
      this.errors = { ...this.errors, [field]: check.ok ? undefined : check.errors[field] };
    }
  }

  #counterChosen = (event: Event): void => {
    const counter = (event.target as HTMLSelectElement).value;
    this.draft = { ...this.draft, counter, date: '', time: '' };
    this.errors = { ...this.errors, counter: undefined, date: undefined, time: undefined };
    this.formProblem = null;
    if (counter) void this.#loadSchedule();
  };

  #dateChosen = (event: Event): void => {
    this.draft = { ...this.draft, date: (event.target as HTMLSelectElement).value, time: '' };
    this.errors = { ...this.errors, date: undefined, time: undefined };
  };

  #slotChosen = (event: Event): void => {
    this.draft = { ...this.draft, time: (event.target as HTMLInputElement).value };
    this.errors = { ...this.errors, time: undefined };
    this.formProblem = null;
  };

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    if (this.submitting) return;
    this.formProblem = null;
    const check = checkDraft(this.draft);
    if (!check.ok) {
      this.errors = check.errors;
      await this.#focusFirstError();
      return;
    }
    this.errors = {};
    this.submitting = true;
    let outcome: QueueOutcome<{ booking: Booking }>;
    try {
      outcome = await bookSlot(check.request, { gateway: this.shell?.fetchGateway ?? null, signal: this.#requests.signal });
    } catch {
      return; // unmounted
    } finally {
      this.submitting = false;
    }
    if (outcome.kind === 'ok') {
      this.ticket = outcome.value.booking;
      this.draft = { ...this.draft, time: '' };
      void this.#loadSchedule();
      if (this.mine) void this.#loadMine();
      await this.#focus('.result-heading');
      return;
    }
    if (outcome.kind === 'refused') {
      switch (outcome.code) {
        case 'slot_full':
        case 'slot_unavailable':
          this.errors = { time: outcome.code === 'slot_full' ? 'slotFullError' : 'slotUnavailable' };
          this.draft = { ...this.draft, time: '' };
          await this.#loadSchedule();
          await this.#focusFirstError();
          return;
        case 'already_booked':
          this.errors = { phone: 'alreadyBooked' };
          await this.#focusFirstError();
          return;
        default: {
          const errors = serverFieldErrors(outcome.fields);
          if (Object.keys(errors).length > 0) {
            this.errors = errors;
            await this.#focusFirstError();
          } else this.formProblem = 'invalid';
          return;
        }
      }
    }
    this.formProblem = failureKey(outcome);
  };

  async #cancelTicket(ticket: Booking): Promise<void> {
    let outcome: QueueOutcome<{ booking: Booking }>;
    try {
      outcome = await cancelBooking(ticket.code, ticket.phone, { gateway: this.shell?.fetchGateway ?? null, signal: this.#requests.signal });
    } catch {
      return;
    }
    if (outcome.kind === 'ok') {
      this.#onCancelled(new CustomEvent('booking-cancelled', { detail: outcome.value.booking }));
      this.renderRoot.querySelector('antrean-cancel-form')?.announce(outcome.value.booking);
      return;
    }
    this.formProblem = outcome.kind === 'refused' ? (outcome.code === 'already_cancelled' ? 'alreadyCancelled' : 'cancelNotFound') : failureKey(outcome);
  }

  #onCancelled = (event: CustomEvent<Booking> | Event): void => {
    const cancelled = (event as CustomEvent<Booking>).detail;
    if (this.ticket && cancelled && this.ticket.code === cancelled.code) {
      this.ticket = null;
      this.formProblem = null;
    }
    if (this.draft.counter) void this.#loadSchedule();
    if (this.mine) void this.#loadMine();
  };

  #bookAnother = async (): Promise<void> => {
    this.ticket = null;
    this.formProblem = null;
    await this.#focus('#counter');
  };

  async #focusFirstError(): Promise<void> {
    await this.updateComplete;
    const field = FIELD_ORDER.find((name) => this.errors[name]);
    if (field === 'time') await this.#focus('.slots input:not([disabled])');
    else if (field) await this.#focus(`#${field}`);
  }

  async #focus(selector: string): Promise<void> {
    await this.updateComplete;
    this.renderRoot.querySelector<HTMLElement>(selector)?.focus();
  }

  async #loadCounters(): Promise<void> {
    this.counters = { state: 'loading' };
    try {
      this.counters = { state: 'done', outcome: await listCounters({ gateway: this.shell?.fetchGateway ?? null, signal: this.#requests.signal }) };
    } catch {
      // unmounted
    }
  }

  async #loadSchedule(): Promise<void> {
    const counter = this.draft.counter;
    this.schedule = { state: 'loading' };
    try {
      const outcome = await loadSchedule(counter, { gateway: this.shell?.fetchGateway ?? null, signal: this.#requests.signal });
      if (this.draft.counter === counter) this.schedule = { state: 'done', outcome };
    } catch {
      // unmounted
    }
  }

  async #loadMine(): Promise<void> {
    try {
      const outcome = await loadMyQueue({ gateway: this.shell?.fetchGateway ?? null, signal: this.#requests.signal });
      this.mine = outcome.kind === 'ok' ? outcome.value : null;
      if (this.mine && !this.draft.name) this.draft = { ...this.draft, name: this.mine.user.name };
    } catch {
      // unmounted
    }
  }
}

// The registry is page-global: if this bundle is evaluated twice (the shell reloading a remote),
// keep the first definition instead of throwing during bootstrap.
if (!customElements.get('antrean-mpp-app')) customElements.define('antrean-mpp-app', AntreanMppApp);

declare global {
  interface HTMLElementTagNameMap {
    'antrean-mpp-app': AntreanMppApp;
  }
}
