import { Task } from '@lit/task';
import { pick } from '@palapa/sdk';
import { LitElement, html, nothing } from 'lit';
import { localeStore } from '../i18n/locale';
import type { SessionUser } from '../services/session';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import type { PalapaConsoleDialog } from './console-dialog';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { Items, StaffService } from './console-types';
import './console-dialog';

/** /konsol/layanan: the services staff run; for admins, the kill switch of each. */
export class PalapaConsoleServices extends LitElement {
  static override properties = { user: { attribute: false }, feedback: { state: true }, busy: { state: true } };
  declare user: SessionUser | null;
  declare feedback: Feedback;
  declare busy: boolean;
  static override styles = [theme, consoleStyles];

  private readonly services = new Task(this, {
    task: async () => (await apiRequest<Items<StaffService>>('GET', '/services')).items,
    args: () => [],
  });

  constructor() {
    super();
    new LocaleController(this);
    this.user = null;
    this.feedback = null;
    this.busy = false;
  }

  private async toggle(service: StaffService) {
    const name = pick(service.name, localeStore.locale);
    const disabling = service.enabled;
    const reason = await this.renderRoot.querySelector<PalapaConsoleDialog>('palapa-console-dialog')?.ask({
      title: ct(disabling ? 'services.disableTitle' : 'services.enableTitle', { service: name }),
      body: ct(disabling ? 'services.disableBody' : 'services.enableBody'),
      confirmLabel: ct(disabling ? 'services.disable' : 'services.enable'),
      danger: disabling,
      reason: true,
    });
    if (reason === null || reason === undefined) return;
    this.busy = true;
    try {
      await apiRequest('POST', `/services/${service.slug}/${disabling ? 'disable' : 'enable'}`, { reason });
      this.feedback = { kind: 'ok', message: ct(disabling ? 'services.disabledDone' : 'services.enabledDone', { service: name }) };
      await this.services.run();
    } catch (error) {
      this.feedback = failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    const admin = this.user?.role === 'admin';
    return html`<h1 tabindex="-1">${ct('console.section.services')}</h1>
      <p class="intro">${admin ? ct('services.intro') : ct('services.introPublisher', { opd: this.user?.opd?.name ?? '—' })}</p>
      <p><a href="/konsol/layanan/baru">${ct('services.create')}</a></p>
      ${renderFeedback(this.feedback)}
      ${this.services.render({
        pending: loading,
        error: (error) => renderLoadError(error, () => void this.services.run()),
        complete: (services) => (services.length === 0 ? html`<p>${ct('console.empty')}</p>` : this.renderTable(services, admin)),
      })}
      <palapa-console-dialog></palapa-console-dialog>`;
  }

  private renderTable(services: StaffService[], admin: boolean) {
    return html`<div class="table-wrap">
      <table>
        <thead>
          <tr>
            <th scope="col">${ct('services.name')}</th>
            ${admin ? html`<th scope="col">${ct('services.opd')}</th>` : nothing}
            <th scope="col">${ct('services.kind')}</th>
            <th scope="col">${ct('services.status')}</th>
            <th scope="col">${ct('services.version')}</th>
            ${admin ? html`<th scope="col">${ct('services.actions')}</th>` : nothing}
          </tr>
        </thead>
        <tbody>
          ${services.map((service) => {
            const name = pick(service.name, localeStore.locale);
            return html`<tr data-testid="service-row" data-slug=${service.slug}>
              <th scope="row"><a href=${`/konsol/layanan/${service.slug}`} aria-label=${ct('services.details', { service: name })}>${name}</a><br /><code>${service.slug}</code></th>
              ${admin ? html`<td>${service.opd.name}</td>` : nothing}
              <td>${ct(`form.kind.${service.kind}`)}</td>
              <td><span class="chip ${service.enabled ? 'on' : 'off'}">${service.enabled ? ct('services.enabled') : ct('services.disabled')}</span></td>
              <td>${service.activeVersion ?? ct('services.none')}</td>
              ${admin
                ? html`<td>
                    <button type="button" class=${service.enabled ? 'danger' : ''} ?disabled=${this.busy} @click=${() => this.toggle(service)}
                      aria-label=${`${service.enabled ? ct('services.disable') : ct('services.enable')} ${name}`}>
                      ${service.enabled ? ct('services.disable') : ct('services.enable')}
                    </button>
                  </td>`
                : nothing}
            </tr>`;
          })}
        </tbody>
      </table>
    </div>`;
  }
}

customElements.define('palapa-console-services', PalapaConsoleServices);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-services': PalapaConsoleServices;
  }
}
