import { pick, type ServiceDetail } from '@palapa/sdk';
import { Task } from '@lit/task';
import { LitElement, css, html, type PropertyValues } from 'lit';
import { t } from '../i18n/locale';
import { registerPluginApplication } from '../loader/plugin-applications';
import { ApiRequestError, getJson } from '../services/api-client';
import { deviceLists } from '../services/device-lists';
import { serviceDetailCheck } from '../services/service-detail-check';
import { formStartCounter, sendUsageBeacon } from '../services/usage-beacon';
import { EventController } from './controllers/event-controller';
import { LocaleController } from './controllers/locale-controller';
import { announcePage } from './page-ready';
import { theme } from './theme';
import './palapa-error-card';
import './palapa-not-found';
import './palapa-plugin-outlet';
import './palapa-standard';
import './palapa-link-service';
import '../forms/palapa-form-service';

/** /layanan/<slug>: the service's standar pelayanan, then the service itself. */
export class PalapaServicePage extends LitElement {
  static override properties = { slug: {} };
  declare slug: string;
  private readonly i18n = new LocaleController(this);

  private readonly detail = new Task(this, {
    task: async ([slug], { signal }) => {
      const { data } = await getJson(`/api/v1/catalogue/${slug}`, serviceDetailCheck, { signal });
      if (!data) throw new ApiRequestError(0, 'invalid_response', 'empty');
      if (data.kind === 'module') registerPluginApplication(data);
      deviceLists.markUsed(data.slug);
      // Usage counting (issue 6): fire and forget, never awaited, never throws.
      sendUsageBeacon(data.slug, 'open');
      if (data.kind === 'form') this.onFormInput = formStartCounter(data.slug);
      return data;
    },
    args: () => [this.slug] as const,
  });

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      .meta {
        color: var(--palapa-muted);
        margin: 0 0 1rem;
      }
      .title {
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        justify-content: space-between;
        gap: 0.5rem 1rem;
        margin: 1rem 0 0.25rem;
      }
      .star span {
        color: #8a5a00;
      }
      h1 {
        margin: 0;
        font-size: clamp(1.5rem, 5vw, 2rem);
        line-height: 1.2;
      }
      h2 {
        font-size: 1.25rem;
        margin: 1.5rem 0 0.5rem;
      }
      section {
        background: var(--palapa-surface);
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        padding: 1rem 1.25rem;
        margin: 1rem 0;
      }
      .status {
        padding: 2rem 0;
        color: var(--palapa-muted);
      }
    `,
  ];

  constructor() {
    super();
    this.slug = '';
    new EventController(this, deviceLists, 'change');
  }

  protected override updated(changed: PropertyValues) {
    super.updated(changed);
    const value = this.detail.value;
    if (value && value.slug === this.slug && this.announced !== this.slug) {
      this.announced = this.slug;
      announcePage(this, { title: pick(value.name, this.i18n.locale), heading: this.renderRoot.querySelector('h1') });
    }
  }
  private announced = '';
  /** Counts the form's start on its first typed answer (input events cross the form's shadow root). */
  private onFormInput: (() => void) | undefined = undefined;

  override render() {
    return html`<p><a href="/">← ${t('service.back')}</a></p>
      ${this.detail.render({
        pending: () => html`<p class="status" role="status">${t('service.loading')}</p>`,
        complete: (service) => this.renderService(service),
        error: (error) =>
          error instanceof ApiRequestError && error.status === 404
            ? html`<palapa-not-found></palapa-not-found>`
            : html`<palapa-error-card
                heading=${t('service.error')}
                message=""
                retry-label=${t('plugin.retry')}
                @retry=${() => void this.detail.run()}
              ></palapa-error-card>`,
      })}`;
  }

  private renderService(service: ServiceDetail) {
    const locale = this.i18n.locale;
    return html`<article data-testid="service-page" data-slug=${service.slug}>
      <div class="title">
        <h1 tabindex="-1">${pick(service.name, locale)}</h1>
        ${this.renderStar(service.slug)}
      </div>
      <p class="meta">${t('service.opd')}: <strong>${service.opd.name}</strong> · ${pick(service.category.name, locale)}</p>
      <p>${pick(service.description, locale)}</p>
      <section aria-labelledby="standard-heading">
        <h2 id="standard-heading">${t('service.standard')}</h2>
        <palapa-standard .standard=${service.standard}></palapa-standard>
      </section>
      ${this.renderServiceItself(service)}
    </article>`;
  }

  private renderStar(slug: string) {
    const favourite = deviceLists.isFavourite(slug);
    return html`<button class="star secondary" data-testid="favourite" data-favourite=${favourite ? 'yes' : 'no'} @click=${() => deviceLists.toggleFavourite(slug)}>
      <span aria-hidden="true">${favourite ? '★' : '☆'}</span> ${t(favourite ? 'service.unfavourite' : 'service.favourite')}
    </button>`;
  }

  private renderServiceItself(service: ServiceDetail) {
    switch (service.kind) {
      case 'module':
        // One outlet per page: <palapa-app> makes a new page for each slug (see servicePageFor),
        // so the outlet never has to be re-keyed to another service here.
        return html`<section aria-label=${t('service.app')} data-testid="plugin-section">
          <palapa-plugin-outlet slug=${service.slug}></palapa-plugin-outlet>
        </section>`;
      case 'link':
        return html`<palapa-link-service .service=${service}></palapa-link-service>`;
      case 'form':
        return html`<palapa-form-service slug=${service.slug} .service=${service} @input=${this.onFormInput}></palapa-form-service>`;
    }
  }
}

customElements.define('palapa-service-page', PalapaServicePage);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-service-page': PalapaServicePage;
  }
}
