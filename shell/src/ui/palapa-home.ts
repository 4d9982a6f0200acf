import { pick, type CatalogueEntry } from '@palapa/sdk';
import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { servicePath } from '../router/routes';
import type { CatalogueStore } from '../services/catalogue-store';
import { filterCatalogue } from '../services/search';
import { EventController } from './controllers/event-controller';
import { LocaleController } from './controllers/locale-controller';
import { announcePage } from './page-ready';
import { theme } from './theme';
import './palapa-error-card';

/** The home page: search as you type, and the catalogue grouped by category with each service's OPD. */
export class PalapaHome extends LitElement {
  static override properties = { catalogue: { attribute: false }, query: { state: true } };
  declare catalogue: CatalogueStore | null;
  declare query: string;
  private readonly i18n = new LocaleController(this);
  private announced = false;

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: clamp(1.5rem, 5vw, 2.1rem);
        margin: 1.25rem 0 0.25rem;
        line-height: 1.2;
      }
      .search {
        margin: 1rem 0;
      }
      .search label {
        display: block;
        font-weight: 700;
        margin-bottom: 0.25rem;
      }
      input[type='search'] {
        box-sizing: border-box;
        width: 100%;
        font: inherit;
        min-height: 48px;
        padding: 0.5rem 0.75rem;
        border: 2px solid var(--palapa-muted);
        border-radius: 10px;
      }
      .count {
        color: var(--palapa-muted);
        margin: 0.5rem 0;
      }
      h2 {
        font-size: 1.2rem;
        margin: 1.5rem 0 0.5rem;
      }
      ul {
        list-style: none;
        padding: 0;
        margin: 0;
        display: grid;
        gap: 0.75rem;
        grid-template-columns: repeat(auto-fill, minmax(16rem, 1fr));
      }
      li a {
        display: block;
        height: 100%;
        box-sizing: border-box;
        padding: 0.875rem 1rem;
        background: var(--palapa-surface);
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        text-decoration: none;
        color: inherit;
      }
      li a:hover {
        border-color: var(--palapa-blue);
      }
      .name {
        display: block;
        font-weight: 700;
        color: var(--palapa-blue-dark);
      }
      .summary {
        display: block;
        margin: 0.25rem 0;
      }
      .opd {
        display: block;
        font-size: 0.875rem;
        color: var(--palapa-muted);
      }
      .kind {
        font-size: 0.75rem;
        font-weight: 600;
        border-radius: 999px;
        padding: 0 0.5rem;
        background: #e6eef7;
        color: var(--palapa-blue-dark);
        margin-left: 0.25rem;
      }
      .status {
        color: var(--palapa-muted);
        padding: 1rem 0;
      }
      .stale {
        background: #fff6dd;
        border: 1px solid var(--palapa-gold);
        border-radius: 8px;
        padding: 0.5rem 0.75rem;
      }
    `,
  ];

  constructor() {
    super();
    this.catalogue = null;
    this.query = new URLSearchParams(location.search).get('q') ?? '';
  }

  private catalogueListener: EventController | null = null;

  protected override willUpdate() {
    // Lit connects a controller added while the host is connected, so this listens from now on.
    if (this.catalogue && !this.catalogueListener) this.catalogueListener = new EventController(this, this.catalogue, 'change');
  }

  protected override firstUpdated() {
    if (!this.announced) {
      this.announced = true;
      announcePage(this, { title: t('home.heading'), heading: this.renderRoot.querySelector('h1') });
    }
  }

  override render() {
    return html`<h1 tabindex="-1">${t('home.heading')}</h1>
      <p>${t('home.intro')}</p>
      <div class="search" role="search">
        <label for="search">${t('search.label')}</label>
        <input
          id="search"
          type="search"
          autocomplete="off"
          placeholder=${t('search.placeholder')}
          .value=${this.query}
          @input=${(event: InputEvent) => this.onSearch((event.target as HTMLInputElement).value)}
          data-testid="search"
        />
      </div>
      ${this.renderCatalogue()}`;
  }

  private onSearch(value: string) {
    this.query = value;
    const url = new URL(location.href);
    if (value) url.searchParams.set('q', value);
    else url.searchParams.delete('q');
    // replaceState: typing is not a navigation, so Back leaves the page instead of undoing letters.
    history.replaceState(history.state, '', url);
  }

  private renderCatalogue() {
    const state = this.catalogue?.state ?? { status: 'loading' as const };
    if (state.status === 'loading') return html`<p class="status" role="status">${t('catalogue.loading')}</p>`;
    if (state.status === 'error') {
      return html`<palapa-error-card
        heading=${t('catalogue.error')}
        message=""
        retry-label=${t('plugin.retry')}
        @retry=${() => void this.catalogue?.load()}
      ></palapa-error-card>`;
    }
    const matches = filterCatalogue(state.items, this.query);
    const locale = this.i18n.locale;
    const groups = new Map<string, { title: string; items: CatalogueEntry[] }>();
    for (const entry of matches) {
      const group = groups.get(entry.category.slug) ?? { title: pick(entry.category.name, locale), items: [] };
      group.items.push(entry);
      groups.set(entry.category.slug, group);
    }
    return html`${state.stale ? html`<p class="stale" role="status" data-testid="stale-banner">${t('catalogue.stale')}</p>` : null}
      <p class="count" role="status" aria-live="polite" data-testid="result-count">
        ${this.query.trim() ? t('search.results', { count: matches.length }) : t('search.all', { count: matches.length })}
      </p>
      ${matches.length === 0
        ? html`<div data-testid="empty-result">
            <p>${this.query.trim() ? t('search.empty', { query: this.query.trim() }) : t('catalogue.empty')}</p>
            ${this.query.trim() ? html`<p>${t('search.emptyHint')}</p>` : null}
          </div>`
        : [...groups].map(
            ([slug, group]) => html`<section aria-labelledby="cat-${slug}" data-category=${slug}>
              <h2 id="cat-${slug}">${group.title}</h2>
              <ul>
                ${group.items.map(
                  (entry) => html`<li>
                    <a href=${servicePath(entry.slug)} data-testid="service-link" data-slug=${entry.slug}>
                      <span class="name">${pick(entry.name, locale)}<span class="kind">${t(`kind.${entry.kind}`)}</span></span>
                      <span class="summary">${pick(entry.summary, locale)}</span>
                      <span class="opd">${t('catalogue.by', { opd: entry.opd.name })}</span>
                    </a>
                  </li>`,
                )}
              </ul>
            </section>`,
          )}`;
  }
}

customElements.define('palapa-home', PalapaHome);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-home': PalapaHome;
  }
}
