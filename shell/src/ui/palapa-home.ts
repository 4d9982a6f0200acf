import { pick, type CatalogueEntry } from '@palapa/sdk';
import { LitElement, css, html } from 'lit';
import { t } from '../i18n/locale';
import { servicePath } from '../router/routes';
import type { CatalogueStore } from '../services/catalogue-store';
import { deviceLists } from '../services/device-lists';
import { groupByLifeEvent, isLifeEventId, LIFE_EVENTS, type LifeEventId } from '../services/life-events';
import { filterCatalogue } from '../services/search';
import { EventController } from './controllers/event-controller';
import { LocaleController } from './controllers/locale-controller';
import { announcePage } from './page-ready';
import { theme } from './theme';
import './palapa-search-box';

/**
 * The home page: search as you type; then, with no search, the "peristiwa hidup" (life events),
 * the citizen's favourite and recent services, and the catalogue grouped by category.
 */
export class PalapaHome extends LitElement {
  static override properties = { catalogue: { attribute: false }, query: { state: true }, lifeEvent: { state: true } };
  declare catalogue: CatalogueStore | null;
  declare query: string;
  declare lifeEvent: LifeEventId | null;
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
        /* min(…, 100%): with the text at 200% a 16rem column is wider than a phone; then one column fills it. */
        grid-template-columns: repeat(auto-fill, minmax(min(16rem, 100%), 1fr));
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
        /* An atomic box: the line may wrap before it (the name runs into it with no space between). */
        display: inline-block;
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
      /* Until the first catalogue arrives (a first visit: later ones render the device's copy at
         once), hold the space it will fill, so the footer below does not jump (issue 4: CLS). */
      .status.reserve {
        min-height: 100vh;
        box-sizing: border-box;
      }
      .tiles {
        grid-template-columns: repeat(auto-fill, minmax(min(9rem, 100%), 1fr));
      }
      .tiles a {
        padding: 0.75rem;
        background: #e6eef7;
        border-color: #b7c9dd;
      }
      .tiles .name {
        font-size: 0.95rem;
        overflow-wrap: break-word;
      }
      .life-events p {
        margin: 0 0 0.5rem;
      }
    `,
  ];

  constructor() {
    super();
    this.catalogue = null;
    this.query = '';
    this.lifeEvent = null;
    this.readUrl();
    new EventController(this, deviceLists, 'change');
    // Life-event links navigate within the home page: the route stays "home", the query changes.
    new EventController(this, window, 'single-spa:routing-event', () => this.readUrl());
  }

  private readUrl() {
    const params = new URLSearchParams(location.search);
    this.query = params.get('q') ?? '';
    const event = params.get('peristiwa');
    this.lifeEvent = isLifeEventId(event) ? event : null;
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
    const state = this.catalogue?.state;
    const matches = state?.status === 'ready' ? filterCatalogue(state.items, this.query) : [];
    return html`<h1 tabindex="-1">${t('home.heading')}</h1>
      <p>${t('home.intro')}</p>
      <div class="search" role="search">
        <palapa-search-box .value=${this.query} .suggestions=${this.query.trim() ? matches : []} @search-change=${this.onSearch}></palapa-search-box>
      </div>
      ${this.renderCatalogue(matches)}`;
  }

  private onSearch(event: CustomEvent<string>) {
    this.query = event.detail;
    const url = new URL(location.href);
    if (this.query) url.searchParams.set('q', this.query);
    else url.searchParams.delete('q');
    // replaceState: typing is not a navigation, so Back leaves the page instead of undoing letters.
    history.replaceState(history.state, '', url);
  }

  private renderCatalogue(matches: CatalogueEntry[]) {
    const state = this.catalogue?.state ?? { status: 'loading' as const };
    if (state.status === 'loading') return html`<p class="status reserve" role="status">${t('catalogue.loading')}</p>`;
    if (state.status === 'error') {
      // Rarely needed, so not part of the start-up JavaScript.
      void import('./palapa-error-card');
      return html`<palapa-error-card
        heading=${t('catalogue.error')}
        message=""
        retry-label=${t('plugin.retry')}
        @retry=${() => void this.catalogue?.load()}
      ></palapa-error-card>`;
    }
    const query = this.query.trim();
    const groups = groupByLifeEvent(state.items);
    if (!query && this.lifeEvent) return this.renderLifeEvent(this.lifeEvent, groups.get(this.lifeEvent) ?? []);
    return html`<p class="count" role="status" aria-live="polite" data-testid="result-count">
        ${query ? t('search.results', { count: matches.length }) : t('search.all', { count: matches.length })}
      </p>
      ${query ? null : html`${this.renderLifeEvents(groups)}${this.renderDeviceList('favourites', state.items)}${this.renderDeviceList('recent', state.items)}`}
      ${matches.length === 0 ? this.renderEmpty(query, groups) : this.renderByCategory(matches)}`;
  }

  private renderLifeEvents(groups: Map<LifeEventId, CatalogueEntry[]>) {
    return html`<nav class="life-events" aria-labelledby="life-events-heading" data-testid="life-events">
      <h2 id="life-events-heading">${t('home.lifeEvents')}</h2>
      <p>${t('home.lifeEventsIntro')}</p>
      ${this.renderLifeEventLinks(groups)}
    </nav>`;
  }

  private renderLifeEventLinks(groups: Map<LifeEventId, CatalogueEntry[]>) {
    return html`<ul class="tiles">
      ${LIFE_EVENTS.filter((event) => (groups.get(event.id)?.length ?? 0) > 0).map(
        (event) => html`<li>
          <a href="/?peristiwa=${event.id}" data-testid="life-event" data-event=${event.id}>
            <span class="name">${t(`lifeEvent.${event.id}`)}</span>
            <span class="opd">${t('home.lifeEventCount', { count: groups.get(event.id)?.length ?? 0 })}</span>
          </a>
        </li>`,
      )}
    </ul>`;
  }

  private renderLifeEvent(id: LifeEventId, entries: CatalogueEntry[]) {
    return html`<section aria-labelledby="life-event-heading" data-testid="life-event-services" data-event=${id}>
      <h2 id="life-event-heading">${t('home.filteredBy', { event: t(`lifeEvent.${id}`) })}</h2>
      <p><a href="/" data-testid="show-all">${t('home.showAll')}</a></p>
      <ul>
        ${entries.map((entry) => this.renderCard(entry))}
      </ul>
    </section>`;
  }

  /** Favourites and recently used services, from this device; slugs no longer in the catalogue are skipped. */
  private renderDeviceList(list: 'favourites' | 'recent', items: readonly CatalogueEntry[]) {
    const bySlug = new Map(items.map((entry) => [entry.slug, entry]));
    const entries = deviceLists[list].flatMap((slug) => bySlug.get(slug) ?? []);
    if (entries.length === 0) return null;
    return html`<section aria-labelledby="list-${list}" data-testid=${list}>
      <h2 id="list-${list}">${t(list === 'favourites' ? 'home.favourites' : 'home.recent')}</h2>
      <ul>
        ${entries.map((entry) => this.renderCard(entry, 'quick-link'))}
      </ul>
    </section>`;
  }

  private renderEmpty(query: string, groups: Map<LifeEventId, CatalogueEntry[]>) {
    return html`<div data-testid="empty-result">
      <p>${query ? t('search.empty', { query }) : t('catalogue.empty')}</p>
      ${query
        ? html`<p>${t('search.emptyHint')}</p>
            <p>${t('search.tryInstead')}</p>
            ${this.renderLifeEventLinks(groups)}`
        : null}
    </div>`;
  }

  private renderByCategory(matches: CatalogueEntry[]) {
    const locale = this.i18n.locale;
    const groups = new Map<string, { title: string; items: CatalogueEntry[] }>();
    for (const entry of matches) {
      const group = groups.get(entry.category.slug) ?? { title: pick(entry.category.name, locale), items: [] };
      group.items.push(entry);
      groups.set(entry.category.slug, group);
    }
    return [...groups].map(
      ([slug, group]) => html`<section aria-labelledby="cat-${slug}" data-category=${slug}>
        <h2 id="cat-${slug}">${group.title}</h2>
        <ul>
          ${group.items.map((entry) => this.renderCard(entry))}
        </ul>
      </section>`,
    );
  }

  /** One service; the catalogue's own list has `service-link`, shortcuts above it `quick-link`. */
  private renderCard(entry: CatalogueEntry, testId: 'service-link' | 'quick-link' = 'service-link') {
    const locale = this.i18n.locale;
    return html`<li>
      <a href=${servicePath(entry.slug)} data-testid=${testId} data-slug=${entry.slug}>
        <span class="name">${pick(entry.name, locale)}<span class="kind">${t(`kind.${entry.kind}`)}</span></span>
        <span class="summary">${pick(entry.summary, locale)}</span>
        <span class="opd">${t('catalogue.by', { opd: entry.opd.name })}</span>
      </a>
    </li>`;
  }
}

customElements.define('palapa-home', PalapaHome);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-home': PalapaHome;
  }
}
