import { LitElement, css, html, nothing } from 'lit';
import { theme } from '../ui/theme';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';

export interface DialogRequest {
  title: string;
  body: string;
  /** The button that goes ahead; without it the dialog only informs (a token shown once). */
  confirmLabel?: string;
  danger?: boolean;
  /** Ask for a reason (kept in the audit log), required before going ahead. */
  reason?: boolean;
  /** A text to show once and offer to copy (a new API token). */
  secret?: string;
}

/**
 * The console's one modal dialog, on the native <dialog>: showModal() makes the page behind it
 * inert (focus cannot leave it), Escape cancels, and focus returns to the button that opened it.
 */
export class PalapaConsoleDialog extends LitElement {
  static override properties = { request: { state: true }, problem: { state: true }, copied: { state: true } };
  declare request: DialogRequest | null;
  declare problem: string;
  declare copied: boolean;
  private resolve: ((reason: string | null) => void) | null = null;
  private opener: HTMLElement | null = null;

  static override styles = [
    theme,
    consoleStyles,
    css`
      dialog {
        border: none;
        border-radius: var(--palapa-radius);
        padding: 1.25rem;
        width: min(32rem, calc(100vw - 2rem));
        box-sizing: border-box;
      }
      dialog::backdrop {
        background: rgb(0 0 0 / 45%);
      }
      h2 {
        margin-top: 0;
      }
    `,
  ];

  constructor() {
    super();
    this.request = null;
    this.problem = '';
    this.copied = false;
  }

  /** Opens the dialog; resolves with the reason ('' when none was asked) or null when cancelled. */
  async ask(request: DialogRequest): Promise<string | null> {
    this.resolve?.(null);
    this.opener = deepActiveElement();
    this.request = request;
    this.problem = '';
    this.copied = false;
    await this.updateComplete;
    const dialog = this.dialog;
    if (dialog && !dialog.open) dialog.showModal();
    this.renderRoot.querySelector<HTMLElement>('textarea, input, [data-autofocus]')?.focus();
    return new Promise((resolve) => (this.resolve = resolve));
  }

  private get dialog() {
    return this.renderRoot.querySelector('dialog');
  }

  private finish(result: string | null) {
    const resolve = this.resolve;
    this.resolve = null;
    if (this.dialog?.open) this.dialog.close();
    this.request = null;
    this.opener?.focus();
    resolve?.(result);
  }

  private confirm(event: Event) {
    event.preventDefault();
    if (!this.request?.reason) return this.finish('');
    const reason = this.renderRoot.querySelector('textarea')?.value.trim() ?? '';
    if (reason.length < 3) {
      this.problem = ct('console.reasonMissing');
      this.renderRoot.querySelector('textarea')?.focus();
      return;
    }
    this.finish(reason);
  }

  private async copy() {
    if (!this.request?.secret) return;
    try {
      await navigator.clipboard.writeText(this.request.secret);
      this.copied = true;
    } catch {
      // No clipboard permission: the token stays selectable on screen.
      this.renderRoot.querySelector('input')?.select();
    }
  }

  override render() {
    const request = this.request;
    return html`<dialog aria-labelledby="dialog-title" aria-describedby="dialog-body" @cancel=${(event: Event) => (event.preventDefault(), this.finish(null))}>
      ${request
        ? html`<form novalidate @submit=${this.confirm}>
            <h2 id="dialog-title">${request.title}</h2>
            <p id="dialog-body">${request.body}</p>
            ${request.secret
              ? html`<label for="secret">${ct('tokens.createdTitle')}</label>
                  <input id="secret" class="mono" readonly .value=${request.secret} data-testid="token-secret" @focus=${(e: Event) => (e.target as HTMLInputElement).select()} />
                  <div class="actions">
                    <button type="button" class="secondary" @click=${this.copy}>${ct('tokens.copy')}</button>
                    <span role="status">${this.copied ? ct('tokens.copied') : ''}</span>
                  </div>`
              : nothing}
            ${request.reason
              ? html`<label for="reason">${ct('console.reasonLabel')}</label>
                  <textarea id="reason" required minlength="3" maxlength="500" aria-invalid=${this.problem ? 'true' : 'false'} aria-describedby="reason-problem"></textarea>
                  <p id="reason-problem" class="error" role="alert" ?hidden=${!this.problem}>${this.problem}</p>`
              : nothing}
            <div class="actions">
              ${request.confirmLabel ? html`<button type="submit" class=${request.danger ? 'danger' : ''}>${request.confirmLabel}</button>` : nothing}
              <button type="button" class="secondary" data-autofocus=${request.reason || request.secret ? nothing : ''} @click=${() => this.finish(null)}>
                ${request.confirmLabel ? ct('console.cancel') : ct('console.close')}
              </button>
            </div>
          </form>`
        : nothing}
    </dialog>`;
  }
}

/** The focused element, looking inside shadow roots (the console lives several roots deep). */
function deepActiveElement(): HTMLElement | null {
  let active = document.activeElement;
  while (active?.shadowRoot?.activeElement) active = active.shadowRoot.activeElement;
  return active instanceof HTMLElement ? active : null;
}

customElements.define('palapa-console-dialog', PalapaConsoleDialog);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-dialog': PalapaConsoleDialog;
  }
}
