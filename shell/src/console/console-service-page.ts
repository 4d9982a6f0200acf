import { Task } from '@lit/task';
import { pick } from '@palapa/sdk';
import { LitElement, html, nothing } from 'lit';
import { localeStore } from '../i18n/locale';
import type { SessionUser } from '../services/session';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct, formatDateTime } from './console-i18n';
import { compareVersions } from './compare-versions';
import { consoleStyles } from './console-styles';
import type { Items, PluginVersion, StaffService } from './console-types';
import './console-usage';

/** /konsol/layanan/<slug>: one service, its version history and (admins) one-click activation or rollback. */
export class PalapaConsoleServicePage extends LitElement {
  static override properties = { slug: {}, user: { attribute: false }, feedback: { state: true }, busy: { state: true } };
  declare slug: string;
  declare user: SessionUser | null;
  declare feedback: Feedback;
  declare busy: boolean;
  static override styles = [theme, consoleStyles];

  private readonly data = new Task(this, {
    task: async ([slug]) => {
      const service = await apiRequest<StaffService>('GET', `/services/${slug}`);
      const versions = service.kind === 'module' ? (await apiRequest<Items<PluginVersion>>('GET', `/services/${slug}/versions`)).items : [];
      return { service, versions };
    },
    args: () => [this.slug] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = '';
    this.user = null;
    this.feedback = null;
    this.busy = false;
  }

  private async activate(version: PluginVersion) {
    this.busy = true;
    try {
      await apiRequest('POST', `/services/${this.slug}/versions/${version.version}/activate`);
      this.feedback = { kind: 'ok', message: ct('service.activated', { version: version.version }) };
      await this.data.run();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`<p><a href="/konsol/layanan">${ct('service.back')}</a></p>
      ${this.data.render({
        pending: () => html`<h1 tabindex="-1">${this.slug}</h1>${loading()}`,
        error: (error) => html`<h1 tabindex="-1">${this.slug}</h1>${renderLoadError(error, () => void this.data.run())}`,
        complete: ({ service, versions }) => this.renderService(service, versions),
      })}`;
  }

  private renderService(service: StaffService, versions: PluginVersion[]) {
    const name = pick(service.name, localeStore.locale);
    const active = versions.find((version) => version.active) ?? null;
    return html`<h1 tabindex="-1">${name}</h1>
      <p>
        <code>${service.slug}</code> · ${service.opd.name} · ${ct(`form.kind.${service.kind}`)} ·
        <span class="chip ${service.enabled ? 'on' : 'off'}" data-testid="service-enabled">${service.enabled ? ct('services.enabled') : ct('services.disabled')}</span>
      </p>
      <p>${pick(service.summary, localeStore.locale)}</p>
      <p><a href=${`/konsol/layanan/${service.slug}/ubah`}>${ct('service.edit')}</a></p>
      ${renderFeedback(this.feedback)}
      ${service.kind === 'form'
        ? html`<h2>${ct('service.formHeading')}</h2>
            <ul>
              <li><a href=${`/konsol/layanan/${service.slug}/formulir`}>${ct('service.openEditor')}</a></li>
              <li><a href=${`/konsol/layanan/${service.slug}/permohonan`}>${ct('service.openRequests')}</a></li>
            </ul>
            <palapa-console-satisfaction .slug=${service.slug}></palapa-console-satisfaction>`
        : nothing}
      <palapa-console-usage .slug=${service.slug} .kind=${service.kind}></palapa-console-usage>
      <h2>${ct('service.versions')}</h2>
      ${service.kind !== 'module'
        ? html`<p>${ct('service.notModule')}</p>`
        : versions.length === 0
          ? html`<p>${ct('service.noVersions')}</p>`
          : html`<div class="table-wrap">
              <table>
                <thead>
                  <tr>
                    <th scope="col">${ct('service.versionCol')}</th>
                    <th scope="col">${ct('service.statusCol')}</th>
                    <th scope="col">${ct('service.publishedCol')}</th>
                    ${this.user?.role === 'admin' ? html`<th scope="col">${ct('services.actions')}</th>` : nothing}
                  </tr>
                </thead>
                <tbody>
                  ${versions.map((version) => this.renderVersion(version, active))}
                </tbody>
              </table>
            </div>`}`;
  }

  private renderVersion(version: PluginVersion, active: PluginVersion | null) {
    // Activating a version older than the active one is a rollback.
    const rollback = active !== null && compareVersions(version.version, active.version) < 0;
    const canActivate = this.user?.role === 'admin' && version.status === 'approved' && !version.active;
    return html`<tr data-testid="version-row" data-version=${version.version}>
      <th scope="row">${version.version}${version.active ? html` <span class="chip on">${ct('service.activeBadge')}</span>` : nothing}</th>
      <td>
        <span class="chip ${version.status}">${ct(`service.status.${version.status}`)}</span>
        ${version.reviewNote ? html`<br /><span class="hint">${ct('service.reviewNote', { note: version.reviewNote })}</span>` : nothing}
      </td>
      <td>${formatDateTime(version.createdAt)}<br /><span class="hint">${version.publishedBy ?? ''}</span></td>
      ${this.user?.role === 'admin'
        ? html`<td>
            ${canActivate
              ? html`<button type="button" class=${rollback ? 'secondary' : ''} ?disabled=${this.busy} @click=${() => this.activate(version)}>
                  ${rollback ? ct('service.rollback', { version: version.version }) : ct('service.activate', { version: version.version })}
                </button>`
              : nothing}
          </td>`
        : nothing}
    </tr>`;
  }
}

customElements.define('palapa-console-service-page', PalapaConsoleServicePage);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-service-page': PalapaConsoleServicePage;
  }
}
