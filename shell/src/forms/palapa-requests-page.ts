import { pick, type LocalizedText } from '@palapa/sdk';
import { REQUEST_STATUS_LABELS, type RequestStatus } from '@palapa/sdk/forms';
import { Task } from '@lit/task';
import { LitElement, css, html, nothing } from 'lit';
import { navigate } from '../router/navigation';
import { EventController } from '../ui/controllers/event-controller';
import { LocaleController } from '../ui/controllers/locale-controller';
import { SessionController } from '../ui/controllers/session-controller';
import { announcePage } from '../ui/page-ready';
import { theme } from '../ui/theme';
import { FormDrafts } from './form-drafts';
import { formatDate, ft } from './form-i18n';
import { fetchMyRequests } from './forms-api';
import type { RequestSummary } from './forms-api-types';
import type { OutboxItem } from './request-outbox';
import { keptRequests, outbox, pollStatuses, watchRequests } from './request-watch';

interface Row {
  trackingCode: string;
  status: RequestStatus;
  dueDate: string;
  createdAt: string;
  service: { slug: string; name: LocalizedText };
}

/**
 * /permohonan: the citizen's requests — the ones waiting in this device's outbox, the ones filed
 * from this device, and, when signed in, the account's — each linking to its tracking page.
 */
export class PalapaRequestsPage extends LitElement {
  private readonly i18n = new LocaleController(this);
  private readonly account = new SessionController(this);
  private readonly drafts = new FormDrafts();
  private announced = false;

  private readonly mine = new Task(this, {
    task: async ([userId], { signal }): Promise<RequestSummary[] | null> => (userId ? fetchMyRequests(signal) : null),
    args: () => [this.account.user?.id ?? null] as const,
  });

  static override styles = [
    theme,
    css`
      :host {
        display: block;
      }
      h1 {
        font-size: clamp(1.5rem, 5vw, 2rem);
        margin: 1rem 0 0.5rem;
      }
      ul {
        list-style: none;
        margin: 1rem 0;
        padding: 0;
        display: grid;
        gap: 0.75rem;
      }
      li {
        background: var(--palapa-surface);
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        padding: 0.75rem 1rem;
      }
      li.waiting {
        border-left: 4px solid var(--palapa-gold);
      }
      li.rejected {
        border-left: 4px solid var(--palapa-red);
      }
      li a.code {
        font-weight: 700;
        font-size: 1.1rem;
        display: inline-flex;
        min-height: 44px;
        align-items: center;
      }
      li p {
        margin: 0.15rem 0;
      }
      .muted {
        color: var(--palapa-muted);
      }
      .badge {
        font-weight: 700;
      }
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem;
        margin-top: 0.5rem;
      }
      .empty {
        background: var(--palapa-surface);
        border: 1px dashed var(--palapa-border);
        border-radius: var(--palapa-radius);
        padding: 1rem 1.25rem;
      }
    `,
  ];

  constructor() {
    super();
    new EventController(this, keptRequests, 'change');
    new EventController(this, outbox, 'change');
  }

  override connectedCallback() {
    super.connectedCallback();
    watchRequests();
    void pollStatuses();
  }

  protected override firstUpdated() {
    if (this.announced) return;
    this.announced = true;
    announcePage(this, { title: ft('requests.title'), heading: this.renderRoot.querySelector('h1') });
  }

  /** This device's requests, then the account's that this device does not know, newest first. */
  private rows(): Row[] {
    const rows = new Map<string, Row>();
    for (const kept of keptRequests.list()) rows.set(kept.trackingCode, kept);
    for (const summary of this.mine.value ?? []) rows.set(summary.trackingCode, summary);
    return [...rows.values()].sort((a, b) => b.createdAt.localeCompare(a.createdAt));
  }

  override render() {
    const waiting = outbox.list();
    const rows = this.rows();
    const signedIn = !!this.account.user;
    return html`<h1 tabindex="-1">${ft('requests.title')}</h1>
      <p>${ft('requests.intro', { account: signedIn ? ft('requests.introAccount') : '' })}</p>
      <p><a href="/lacak">${ft('requests.trackOther')}</a></p>
      ${this.mine.render({ error: () => html`<p class="muted" role="status">${ft('requests.accountError')}</p>` })}
      ${waiting.length === 0 && rows.length === 0
        ? html`<div class="empty" data-testid="requests-empty">
            <p>${ft('requests.empty')}</p>
            <a href="/">${ft('requests.toHome')}</a>
          </div>`
        : html`<ul data-testid="requests-list">
            ${waiting.map((item) => this.renderWaiting(item))} ${rows.map((row) => this.renderRow(row))}
          </ul>`}`;
  }

  private renderWaiting(item: OutboxItem) {
    const locale = this.i18n.locale;
    const name = item.serviceName ? pick(item.serviceName, locale) : item.slug;
    return html`<li class=${item.rejected ? 'rejected' : 'waiting'} data-testid="request-waiting">
      <p><strong>${name}</strong></p>
      <p class="badge">${item.rejected ? ft('requests.rejectedNote', { message: item.rejected.message }) : ft('requests.queued')}</p>
      ${item.rejected ? nothing : html`<p class="muted">${ft('requests.queuedNote')}</p>`}
      <p class="muted">${ft('requests.filedAt', { date: formatDate(item.queuedAt, locale) })}</p>
      ${item.rejected
        ? html`<div class="actions">
            <button @click=${() => this.reopen(item)}>${ft('requests.openForm')}</button>
            <button class="secondary" @click=${() => outbox.remove(item.key)}>${ft('requests.discard')}</button>
          </div>`
        : nothing}
    </li>`;
  }

  /** A refused submission goes back into its form as a draft, to be fixed and sent again. */
  private reopen(item: OutboxItem) {
    this.drafts.save(item.slug, item.definitionVersion, item.values, {});
    outbox.remove(item.key);
    navigate(`/layanan/${item.slug}`);
  }

  private renderRow(row: Row) {
    const locale = this.i18n.locale;
    return html`<li data-testid="request-row" data-code=${row.trackingCode}>
      <a class="code" href="/lacak/${row.trackingCode}">${row.trackingCode}</a>
      <p><strong>${pick(row.service.name, locale)}</strong></p>
      <p><span class="badge">${REQUEST_STATUS_LABELS[row.status][locale]}</span> · ${ft('requests.due', { date: formatDate(row.dueDate, locale) })}</p>
      <p class="muted">${ft('requests.filedAt', { date: formatDate(row.createdAt, locale) })}</p>
    </li>`;
  }
}

customElements.define('palapa-requests-page', PalapaRequestsPage);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-requests-page': PalapaRequestsPage;
  }
}
