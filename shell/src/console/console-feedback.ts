import { html, nothing } from 'lit';
import { describeFailure } from './console-api';
import { ct } from './console-i18n';

/** The outcome of the last action on a page, shown in its live region. */
export type Feedback = { kind: 'ok'; message: string } | { kind: 'error'; message: string; detail: string | null } | null;

export function failed(error: unknown): Feedback {
  return { kind: 'error', ...describeFailure(error) };
}

/** A live region: screen readers hear each outcome without focus moving. */
export function renderFeedback(feedback: Feedback) {
  return html`<div role="status" aria-live="polite" data-testid="console-feedback">
    ${feedback?.kind === 'ok' ? html`<p class="ok">${feedback.message}</p>` : nothing}
    ${feedback?.kind === 'error'
      ? html`<div class="error">
          <p>${feedback.message}</p>
          ${feedback.detail ? html`<p class="hint">${feedback.detail}</p>` : nothing}
        </div>`
      : nothing}
  </div>`;
}

/** A page whose data could not be loaded: the reason and a way to try again. */
export function renderLoadError(error: unknown, retry: () => void) {
  const { message, detail } = describeFailure(error);
  return html`<div class="error" role="alert">
    <p>${message}</p>
    ${detail ? html`<p class="hint">${detail}</p>` : nothing}
    <button type="button" class="secondary" @click=${retry}>${ct('console.retry')}</button>
  </div>`;
}

export const loading = () => html`<p role="status">${ct('console.loading')}</p>`;
