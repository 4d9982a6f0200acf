/**
 * <antrean-cancel-form>: cancels a booking with its code and the mobile number it was made with, and says
 * what happened. Fires `booking-cancelled` (detail: the booking) so the page refreshes its places.
 */
import { LitElement, html, nothing } from 'lit';
import type { Locale, ShellContext } from '@palapa/sdk';
import { antreanStyles } from './antrean-styles';
import { parsePhone } from './contact';
import type { Booking } from './queue-api';
import { cancelBooking } from './queue-client';
import { fill, phoneProblemKey, stringsFor, type StringKey } from './strings';

const CODE = /^MPP-[A-Z2-9]{4}-[A-Z2-9]{4}$/;

type Result = { kind: 'cancelled'; booking: Booking } | { kind: 'problem'; key: StringKey };

export class CancelForm extends LitElement {
  static override properties = {
    locale: {},
    gateway: { attribute: false },
    code: { state: true },
    phone: { state: true },
    errors: { state: true },
    result: { state: true },
    busy: { state: true },
  };

  static override styles = antreanStyles;

  declare locale: Locale;
  /** The shell's `fetchGateway`, handed down by <antrean-mpp-app>. */
  declare gateway: ShellContext['fetchGateway'] | null;
  declare code: string;
  declare phone: string;
  declare errors: { code?: StringKey; phone?: StringKey };
  declare result: Result | null;
  declare busy: boolean;

  constructor() {
    super();
    this.locale = 'id';
    this.gateway = null;
    this.code = '';
    this.phone = '';
    this.errors = {};
    this.result = null;
    this.busy = false;
  }

  /** Shows that a booking was cancelled elsewhere on the page (the ticket's own button). */
  announce(booking: Booking): void {
    this.result = { kind: 'cancelled', booking };
  }

  override render() {
    const s = stringsFor(this.locale);
    const result = this.result;
    return html`<form class="form cancel" novalidate @submit=${this.#submit} data-testid="cancel-form" aria-labelledby="cancel-title">
      <h3 id="cancel-title">${s.cancelTitle}</h3>
      <p class="hint">${s.cancelIntro}</p>
      <div class="field">
        <label for="code">${s.codeLabel}</label>
        <p class="hint" id="code-hint">${s.codeHint}</p>
        <input id="code" data-testid="cancel-code" autocomplete="off" autocapitalize="characters" spellcheck="false" maxlength="20" .value=${this.code} aria-invalid=${this.errors.code ? 'true' : 'false'} aria-describedby=${this.errors.code ? 'code-hint code-error' : 'code-hint'} @input=${(event: Event) => (this.code = (event.target as HTMLInputElement).value)} />
        ${this.errors.code ? html`<p class="error" id="code-error" role="alert">${s[this.errors.code]}</p>` : nothing}
      </div>
      <div class="field">
        <label for="cancel-phone">${s.phoneLabel}</label>
        <input id="cancel-phone" type="tel" inputmode="tel" autocomplete="tel" data-testid="cancel-phone" maxlength="20" .value=${this.phone} aria-invalid=${this.errors.phone ? 'true' : 'false'} aria-describedby=${this.errors.phone ? 'cancel-phone-error' : nothing} @input=${(event: Event) => (this.phone = (event.target as HTMLInputElement).value)} />
        ${this.errors.phone ? html`<p class="error" id="cancel-phone-error" role="alert">${s[this.errors.phone]}</p>` : nothing}
      </div>
      <button type="submit" class="secondary" data-testid="cancel-submit" ?disabled=${this.busy}>${s.cancel}</button>
      ${result?.kind === 'cancelled'
        ? html`<p class="done" role="status" data-testid="cancel-done">${fill(s.cancelled, { ticket: result.booking.ticket, code: result.booking.code })}</p>`
        : nothing}
      ${result?.kind === 'problem' ? html`<p class="problem" role="alert" data-testid="cancel-problem">${s[result.key]}</p>` : nothing}
    </form>`;
  }

  #submit = async (event: Event): Promise<void> => {
    event.preventDefault();
    const code = this.code.trim().toUpperCase();
    const phone = parsePhone(this.phone);
    this.errors = {
      ...(code === '' ? { code: 'code.empty' as const } : CODE.test(code) ? {} : { code: 'code.format' as const }),
      ...(phone.ok ? {} : { phone: phoneProblemKey(phone.problem) }),
    };
    this.result = null;
    if (this.errors.code || this.errors.phone) {
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>(this.errors.code ? '#code' : '#cancel-phone')?.focus();
      return;
    }
    this.busy = true;
    const outcome = await cancelBooking(code, this.phone.trim(), { gateway: this.gateway }).finally(() => (this.busy = false));
    if (outcome.kind === 'ok') {
      this.result = { kind: 'cancelled', booking: outcome.value.booking };
      this.code = '';
      this.dispatchEvent(new CustomEvent('booking-cancelled', { detail: outcome.value.booking, bubbles: true, composed: true }));
      return;
    }
    if (outcome.kind === 'refused') this.result = { kind: 'problem', key: outcome.code === 'already_cancelled' ? 'alreadyCancelled' : 'cancelNotFound' };
    else this.result = { kind: 'problem', key: outcome.kind };
  };
}

if (!customElements.get('antrean-cancel-form')) customElements.define('antrean-cancel-form', CancelForm);

declare global {
  interface HTMLElementTagNameMap {
    'antrean-cancel-form': CancelForm;
  }
}
