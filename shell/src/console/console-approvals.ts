import { Task } from '@lit/task';
import { pick } from '@palapa/sdk';
import { LitElement, html } from 'lit';
import { localeStore } from '../i18n/locale';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import type { PalapaConsoleDialog } from './console-dialog';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct, formatBytes, formatDateTime } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { Items, PluginVersion, StaffService } from './console-types';
import { diffManifests } from './manifest-diff';
import './console-dialog';

interface PendingReview {
  service: StaffService;
  version: PluginVersion;
  active: PluginVersion | null;
}

/** /konsol/antrean: every version waiting for an admin, with what a reviewer needs to decide. */
export class PalapaConsoleApprovals extends LitElement {
  static override properties = { feedback: { state: true }, busy: { state: true } };
  declare feedback: Feedback;
  declare busy: boolean;
  static override styles = [theme, consoleStyles];

  private readonly queue = new Task(this, {
    task: async () => {
      const { items } = await apiRequest<Items<StaffService>>('GET', '/services?review=pending');
      const reviews = await Promise.all(
        items.map(async (service) => {
          const versions = await apiRequest<Items<PluginVersion>>('GET', `/services/${service.slug}/versions`);
          const active = versions.items.find((version) => version.active) ?? null;
          return versions.items.filter((version) => version.status === 'pending').map((version): PendingReview => ({ service, version, active }));
        }),
      );
      return reviews.flat();
    },
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.feedback = null;
    this.busy = false;
  }

  private get dialog() {
    return this.renderRoot.querySelector<PalapaConsoleDialog>('palapa-console-dialog');
  }

  private async approve({ service, version }: PendingReview) {
    await this.act(`/services/${service.slug}/versions/${version.version}/approve`, undefined, ct('queue.approved', { version: version.version, service: this.name(service) }));
  }

  private async reject({ service, version }: PendingReview) {
    const reason = await this.dialog?.ask({
      title: ct('queue.rejectTitle', { version: version.version, service: this.name(service) }),
      body: ct('queue.rejectBody'),
      confirmLabel: ct('queue.reject', { version: version.version }),
      danger: true,
      reason: true,
    });
    if (reason === null || reason === undefined) return;
    await this.act(`/services/${service.slug}/versions/${version.version}/reject`, { reason }, ct('queue.rejected', { version: version.version, service: this.name(service) }));
  }

  private async act(path: string, body: unknown, success: string) {
    this.busy = true;
    try {
      await apiRequest('POST', path, body);
      this.feedback = { kind: 'ok', message: success };
      await this.queue.run();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  private name(service: StaffService) {
    return pick(service.name, localeStore.locale);
  }

  override render() {
    return html`<h1 tabindex="-1">${ct('console.section.queue')}</h1>
      <p class="intro">${ct('queue.intro')}</p>
      ${renderFeedback(this.feedback)}
      ${this.queue.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.queue.run()),
        complete: (reviews) =>
          reviews.length === 0 ? html`<p data-testid="queue-empty">${ct('queue.empty')}</p>` : reviews.map((review) => this.renderReview(review)),
      })}
      <palapa-console-dialog></palapa-console-dialog>`;
  }

  private renderReview(review: PendingReview) {
    const { service, version, active } = review;
    const changes = diffManifests(active?.manifest ?? null, version.manifest);
    const headingId = `review-${service.slug}-${version.version}`.replace(/\./g, '-');
    return html`<article class="card" aria-labelledby=${headingId} data-testid="pending-version" data-slug=${service.slug} data-version=${version.version}>
      <h2 id=${headingId}>${this.name(service)} · ${ct('queue.version', { version: version.version })}</h2>
      <p class="hint">${service.opd.name} · ${ct('queue.publishedBy', { who: version.publishedBy ?? '—', at: formatDateTime(version.createdAt) })}</p>
      <p>${active ? ct('queue.active', { version: active.version }) : ct('queue.noActive')}</p>
      <h3>${ct('queue.permissions')}</h3>
      ${version.permissions.length ? html`<ul>${version.permissions.map((permission) => html`<li><code>${permission}</code></li>`)}</ul>` : html`<p>${ct('queue.noPermissions')}</p>`}
      <dl class="grid">
        <div><dt>${ct('queue.size')}</dt><dd>${formatBytes(version.sizeBytes)}</dd></div>
        <div><dt>${ct('queue.integrity')}</dt><dd class="mono">${version.integrity}</dd></div>
        <div><dt>${ct('queue.entry')}</dt><dd class="mono">${version.entryUrl}</dd></div>
      </dl>
      <h3>${ct('queue.diff')}</h3>
      ${changes.length === 0
        ? html`<p>${ct('queue.diffNone')}</p>`
        : html`<div class="table-wrap">
            <table>
              <thead><tr><th scope="col">${ct('queue.diffField')}</th><th scope="col">${ct('queue.diffBefore')}</th><th scope="col">${ct('queue.diffAfter')}</th></tr></thead>
              <tbody>
                ${changes.map(
                  (change) => html`<tr>
                    <th scope="row"><code>${change.field}</code></th>
                    <td class="mono">${change.before ?? '—'}</td>
                    <td class="mono">${change.after ?? '—'}</td>
                  </tr>`,
                )}
              </tbody>
            </table>
          </div>`}
      <div class="actions">
        <button type="button" ?disabled=${this.busy} @click=${() => this.approve(review)}>${ct('queue.approve', { version: version.version })}</button>
        <button type="button" class="danger" ?disabled=${this.busy} @click=${() => this.reject(review)}>${ct('queue.reject', { version: version.version })}</button>
        <a href=${`/konsol/layanan/${service.slug}`}>${ct('queue.openService', { service: this.name(service) })}</a>
      </div>
    </article>`;
  }
}

customElements.define('palapa-console-approvals', PalapaConsoleApprovals);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-approvals': PalapaConsoleApprovals;
  }
}
