import { pick, pickList, type LocalizedList, type LocalizedText, type ServiceStandard } from '@palapa/sdk';
import { LitElement, css, html } from 'lit';
import type { StringKey } from '../i18n/strings';
import { t } from '../i18n/locale';
import { LocaleController } from './controllers/locale-controller';
import { theme } from './theme';

type Field = { key: keyof ServiceStandard; label: StringKey; list?: 'ordered' | 'unordered' };

const FIELDS: Field[] = [
  { key: 'requirements', label: 'service.requirements', list: 'unordered' },
  { key: 'procedure', label: 'service.procedure', list: 'ordered' },
  { key: 'processingTime', label: 'service.processingTime' },
  { key: 'fee', label: 'service.fee' },
  { key: 'product', label: 'service.product' },
  { key: 'complaintChannel', label: 'service.complaintChannel' },
  { key: 'legalBasis', label: 'service.legalBasis', list: 'unordered' },
];

/** The *standar pelayanan* the law asks every public service to publish. */
export class PalapaStandard extends LitElement {
  static override properties = { standard: { attribute: false } };
  declare standard: ServiceStandard | null;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      dl {
        display: grid;
        /* minmax(0, …): a long address or number in a value wraps instead of widening the page. */
        grid-template-columns: minmax(0, 1fr);
        gap: 0.25rem 1.5rem;
        margin: 0;
      }
      dt,
      dd {
        overflow-wrap: anywhere;
      }
      dt {
        font-weight: 700;
        margin-top: 0.75rem;
      }
      dd {
        margin: 0;
      }
      ul,
      ol {
        margin: 0.25rem 0 0;
        padding-left: 1.25rem;
      }
      @media (min-width: 48rem) {
        dl {
          grid-template-columns: 12rem minmax(0, 1fr);
        }
        dt {
          margin-top: 0.5rem;
        }
        dd {
          margin-top: 0.5rem;
        }
      }
    `,
  ];

  constructor() {
    super();
    this.standard = null;
  }

  override render() {
    const standard = this.standard;
    if (!standard) return null;
    const locale = this.i18n.locale;
    return html`<dl data-testid="standard">
      ${FIELDS.map((field) => {
        const value = standard[field.key];
        let content;
        if (field.list) {
          const items = pickList(value as LocalizedList, locale).map((item) => html`<li>${item}</li>`);
          content = field.list === 'ordered' ? html`<ol>${items}</ol>` : html`<ul>${items}</ul>`;
        } else {
          content = pick(value as LocalizedText, locale);
        }
        return html`<dt>${t(field.label)}</dt>
          <dd data-field=${field.key}>${content}</dd>`;
      })}
    </dl>`;
  }
}

customElements.define('palapa-standard', PalapaStandard);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-standard': PalapaStandard;
  }
}
