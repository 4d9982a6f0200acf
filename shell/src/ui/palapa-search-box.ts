import { pick, type CatalogueEntry } from '@palapa/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { t } from '../i18n/locale';
import { navigate } from '../router/navigation';
import { servicePath } from '../router/routes';
import { LocaleController } from './controllers/locale-controller';
import { theme } from './theme';

export const SEARCH_CHANGE = 'search-change';
const MAX_SUGGESTIONS = 6;

/**
 * The catalogue search, as an ARIA 1.2 combobox: typing filters the page and offers the best
 * matches in a listbox; ↓/↑ move through them, Enter opens the chosen service, Escape closes the
 * list (and clears the text when it is already closed).
 */
export class PalapaSearchBox extends LitElement {
  static override properties = {
    value: {},
    suggestions: { attribute: false },
    open: { state: true },
    active: { state: true },
  };
  declare value: string;
  declare suggestions: readonly CatalogueEntry[];
  declare open: boolean;
  /** Index of the highlighted option, -1 for none. */
  declare active: number;
  private readonly i18n = new LocaleController(this);

  static override styles = [
    theme,
    css`
      :host {
        display: block;
        position: relative;
      }
      label {
        display: block;
        font-weight: 700;
        margin-bottom: 0.25rem;
      }
      input {
        box-sizing: border-box;
        width: 100%;
        font: inherit;
        min-height: 48px;
        padding: 0.5rem 0.75rem;
        border: 2px solid var(--palapa-muted);
        border-radius: 10px;
      }
      [role='listbox'] {
        position: absolute;
        z-index: 5;
        left: 0;
        right: 0;
        margin: 0.25rem 0 0;
        padding: 0.25rem;
        list-style: none;
        background: var(--palapa-surface);
        border: 2px solid var(--palapa-blue);
        border-radius: 10px;
        box-shadow: 0 8px 24px rgb(0 0 0 / 0.15);
      }
      [role='option'] {
        min-height: 44px;
        display: flex;
        flex-direction: column;
        justify-content: center;
        padding: 0.25rem 0.75rem;
        border-radius: 6px;
        cursor: pointer;
      }
      [role='option'] small {
        color: var(--palapa-muted);
      }
      [role='option'][aria-selected='true'] {
        background: var(--palapa-blue);
        color: #fff;
        outline: 3px solid var(--palapa-gold);
      }
      [role='option'][aria-selected='true'] small {
        color: #fff;
      }
    `,
  ];

  constructor() {
    super();
    this.value = '';
    this.suggestions = [];
    this.open = false;
    this.active = -1;
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    if (changed.has('suggestions') && this.active >= this.visible.length) this.active = -1;
  }

  private get visible(): readonly CatalogueEntry[] {
    return this.suggestions.slice(0, MAX_SUGGESTIONS);
  }

  override render() {
    const options = this.visible;
    const expanded = this.open && this.value.trim() !== '' && options.length > 0;
    const locale = this.i18n.locale;
    return html`<label for="search">${t('search.label')}</label>
      <input
        id="search"
        type="search"
        role="combobox"
        autocomplete="off"
        aria-autocomplete="list"
        aria-controls="suggestions"
        aria-expanded=${expanded ? 'true' : 'false'}
        aria-activedescendant=${expanded && this.active >= 0 ? `suggestion-${this.active}` : nothing}
        aria-describedby="search-hint"
        placeholder=${t('search.placeholder')}
        .value=${this.value}
        @input=${this.onInput}
        @keydown=${this.onKeydown}
        @focus=${() => (this.open = true)}
        @blur=${() => (this.open = false)}
        data-testid="search"
      />
      <span id="search-hint" class="visually-hidden">${t('search.keyboardHint')}</span>
      <ul id="suggestions" role="listbox" aria-label=${t('search.suggestions')} ?hidden=${!expanded} data-testid="search-suggestions">
        ${options.map(
          (entry, index) => html`<li
            id="suggestion-${index}"
            role="option"
            aria-selected=${index === this.active ? 'true' : 'false'}
            data-slug=${entry.slug}
            @mousedown=${(event: Event) => event.preventDefault()}
            @click=${() => this.choose(entry)}
          >
            <span>${pick(entry.name, locale)}</span><small>${entry.opd.name}</small>
          </li>`,
        )}
      </ul>`;
  }

  private onInput(event: InputEvent) {
    this.value = (event.target as HTMLInputElement).value;
    this.open = true;
    this.active = -1;
    this.dispatchEvent(new CustomEvent<string>(SEARCH_CHANGE, { detail: this.value, bubbles: true, composed: true }));
  }

  private onKeydown(event: KeyboardEvent) {
    const count = this.visible.length;
    switch (event.key) {
      case 'ArrowDown':
      case 'ArrowUp': {
        if (count === 0 || !this.value.trim()) return;
        event.preventDefault();
        this.open = true;
        const step = event.key === 'ArrowDown' ? 1 : -1;
        this.active = this.active < 0 && step < 0 ? count - 1 : (this.active + step + count) % count;
        break;
      }
      case 'Enter': {
        const chosen = this.open ? this.visible[this.active] : undefined;
        if (chosen) {
          event.preventDefault();
          this.choose(chosen);
        } else {
          this.open = false;
        }
        break;
      }
      case 'Escape':
        event.preventDefault();
        if (this.open && this.value.trim() && count > 0) {
          this.open = false;
          this.active = -1;
        } else if (this.value) {
          this.value = '';
          this.dispatchEvent(new CustomEvent<string>(SEARCH_CHANGE, { detail: '', bubbles: true, composed: true }));
        }
        break;
    }
  }

  private choose(entry: CatalogueEntry) {
    this.open = false;
    this.active = -1;
    navigate(servicePath(entry.slug));
  }
}

customElements.define('palapa-search-box', PalapaSearchBox);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-search-box': PalapaSearchBox;
  }
}
