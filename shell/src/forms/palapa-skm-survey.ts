import { SKM_ELEMENTS, SKM_SCORE_LABELS, isSkmScores, type SkmElement } from '@palapa/sdk/forms';
import { LitElement, css, html, nothing } from 'lit';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { ft } from './form-i18n';
import { postRating } from './forms-api';

/**
 * The Survei Kepuasan Masyarakat for a completed request: the nine SKM elements, each a radio
 * group of the four scores, and a comment. Emits `rated` once the registry took it.
 */
export class PalapaSkmSurvey extends LitElement {
  static override properties = { code: {}, verifier: {}, scores: { state: true }, comment: { state: true }, problem: { state: true }, sending: { state: true } };
  declare code: string;
  declare verifier: string;
  declare private scores: Partial<Record<SkmElement, number>>;
  declare private comment: string;
  declare private problem: string;
  declare private sending: boolean;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      form {
        display: grid;
        gap: 1rem;
      }
      fieldset {
        border: 1px solid var(--palapa-border);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
        margin: 0;
      }
      legend {
        font-weight: 600;
        padding: 0 0.25rem;
      }
      .scale {
        display: grid;
        grid-template-columns: repeat(auto-fit, minmax(7.5rem, 1fr));
        gap: 0.25rem;
      }
      label.option {
        display: flex;
        align-items: center;
        gap: 0.5rem;
        min-height: 44px;
      }
      input[type='radio'] {
        width: 1.2rem;
        height: 1.2rem;
        margin: 0;
      }
      textarea {
        font: inherit;
        width: 100%;
        box-sizing: border-box;
        min-height: 5rem;
        padding: 0.5rem 0.75rem;
        border: 1px solid #6b7785;
        border-radius: 8px;
      }
      .comment {
        display: grid;
        gap: 0.35rem;
      }
      .comment label {
        font-weight: 600;
      }
      .problem {
        color: var(--palapa-red);
        font-weight: 600;
        margin: 0;
      }
      button {
        justify-self: start;
      }
    `,
  ];

  constructor() {
    super();
    this.code = '';
    this.verifier = '';
    this.scores = {};
    this.comment = '';
    this.problem = '';
    this.sending = false;
  }

  private async submit(event: Event) {
    event.preventDefault();
    if (this.sending) return;
    if (!isSkmScores(this.scores)) {
      this.problem = ft('skm.missing', { count: SKM_ELEMENTS.length });
      const firstMissing = SKM_ELEMENTS.find(({ key }) => !this.scores[key]);
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLInputElement>(`input[name="skm-${firstMissing?.key}"]`)?.focus();
      return;
    }
    this.sending = true;
    this.problem = '';
    try {
      await postRating(this.code, this.verifier, this.scores, this.comment);
      this.dispatchEvent(new CustomEvent('rated', { bubbles: true, composed: true }));
    } catch {
      this.problem = ft('skm.failed');
    } finally {
      this.sending = false;
    }
  }

  override render() {
    const locale = this.i18n.locale;
    return html`<form novalidate @submit=${this.submit} data-testid="skm-survey">
      <p>${ft('skm.intro')}</p>
      ${SKM_ELEMENTS.map(
        (element) => html`<fieldset>
          <legend>${element.label[locale]}</legend>
          <div class="scale">
            ${SKM_SCORE_LABELS.map(
              (label, index) => html`<label class="option">
                <input
                  type="radio"
                  name="skm-${element.key}"
                  value=${index + 1}
                  .checked=${this.scores[element.key] === index + 1}
                  @change=${() => (this.scores = { ...this.scores, [element.key]: index + 1 })}
                />
                <span>${index + 1} · ${label[locale]}</span>
              </label>`,
            )}
          </div>
        </fieldset>`,
      )}
      <div class="comment">
        <label for="skm-comment">${ft('skm.comment')}</label>
        <textarea id="skm-comment" maxlength="1000" .value=${this.comment} @input=${(event: Event) => (this.comment = (event.target as HTMLTextAreaElement).value)}></textarea>
      </div>
      ${this.problem ? html`<p class="problem" role="alert">${this.problem}</p>` : nothing}
      <button type="submit" ?disabled=${this.sending} data-testid="skm-submit">${ft('skm.submit')}</button>
    </form>`;
  }
}

customElements.define('palapa-skm-survey', PalapaSkmSurvey);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-skm-survey': PalapaSkmSurvey;
  }
}
