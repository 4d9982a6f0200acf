import { Task } from '@lit/task';
import { pick } from '@palapa/sdk';
import { LitElement, css, html, nothing } from 'lit';
import { localeStore } from '../i18n/locale';
import { navigate } from '../router/navigation';
import type { SessionUser } from '../services/session';
import { LocaleController } from '../ui/controllers/locale-controller';
import { theme } from '../ui/theme';
import { apiRequest } from './console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from './console-feedback';
import { ct } from './console-i18n';
import { consoleStyles } from './console-styles';
import type { ConsoleStringKey } from './console-strings';
import type { Items, Opd, StaffService } from './console-types';
import { SANDBOX_TOKENS } from '../services/service-detail-check';
import { catalogueBody, initialValue, linkEmbedBody, LIST_FIELDS, newServiceBody, TEXT_FIELDS } from './service-form-body';

/** GET /categories: the registry's categories, the only ones a service may name. */
interface Category {
  slug: string;
  name: { id: string; en: string };
}

/** /konsol/layanan/baru and /konsol/layanan/<slug>/ubah: a service's catalogue entry and standar pelayanan. */
export class PalapaConsoleServiceForm extends LitElement {
  static override properties = { slug: {}, user: { attribute: false }, feedback: { state: true }, busy: { state: true }, kind: { state: true } };
  declare slug: string | null;
  declare user: SessionUser | null;
  declare feedback: Feedback;
  declare busy: boolean;
  declare kind: StaffService['kind'];

  static override styles = [
    theme,
    consoleStyles,
    css`
      fieldset {
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        margin: 1rem 0;
        padding: 0.5rem 1rem 1rem;
      }
      legend {
        font-weight: 700;
        padding: 0 0.25rem;
      }
      label.check {
        display: flex;
        gap: 0.5rem;
        align-items: flex-start;
        font-weight: 400;
      }
      label.check input {
        width: auto;
        min-height: 24px;
        margin: 0.125rem 0 0;
      }
    `,
  ];

  private readonly data = new Task(this, {
    task: async ([slug]) => {
      const [service, opds, categories] = await Promise.all([
        slug ? apiRequest<StaffService>('GET', `/services/${slug}`) : Promise.resolve(null),
        this.user?.role === 'admin' && !slug ? apiRequest<Items<Opd>>('GET', '/opds') : Promise.resolve({ items: [] as Opd[] }),
        apiRequest<Items<Category>>('GET', '/categories'),
      ]);
      if (service) this.kind = service.kind;
      return { service, opds: opds.items, categories: categories.items };
    },
    args: () => [this.slug] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = null;
    this.user = null;
    this.feedback = null;
    this.busy = false;
    this.kind = 'module';
  }

  private async submit(event: SubmitEvent, service: StaffService | null) {
    event.preventDefault();
    const data = new FormData(event.target as HTMLFormElement);
    const read = (name: string) => String(data.get(name) ?? '');
    // Only an admin sees (and sends) the embed choice; the registry refuses anyone else anyway.
    const embed = data.has('embed-shown') ? linkEmbedBody(service, data.get('embed') === 'on', data.getAll('sandbox').map(String)) : null;
    this.busy = true;
    try {
      if (service) {
        await apiRequest('PATCH', `/services/${service.slug}`, catalogueBody(read, service.kind));
        if (embed) await apiRequest('PUT', `/services/${service.slug}/link-embed`, embed);
        this.feedback = { kind: 'ok', message: ct('console.saved') };
        await this.data.run();
      } else {
        const created = await apiRequest<StaffService>('POST', '/services', newServiceBody(read));
        if (embed && created.kind === 'link') await apiRequest('PUT', `/services/${created.slug}/link-embed`, embed);
        navigate(`/konsol/layanan/${created.slug}`);
      }
    } catch (error) {
      this.feedback = failed(error);
      await this.updateComplete;
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return html`${this.data.render({
      pending: loading,
      error: (error) => renderLoadError(error, () => void this.data.run()),
      complete: ({ service, opds, categories }) => this.renderForm(service, opds, categories),
    })}`;
  }

  private renderForm(service: StaffService | null, opds: Opd[], categories: Category[]) {
    const value = (name: string) => initialValue(service, name);
    const title = service ? ct('form.editTitle', { service: pick(service.name, localeStore.locale) }) : ct('form.createTitle');
    return html`<p><a href=${service ? `/konsol/layanan/${service.slug}` : '/konsol/layanan'}>${ct('service.back')}</a></p>
      <h1 tabindex="-1">${title}</h1>
      <form @submit=${(event: SubmitEvent) => this.submit(event, service)} data-testid="service-form">
        ${service ? nothing : this.renderFixedFields(opds)}
        <label for="category">${ct('form.category')}</label>
        <select id="category" name="category" required data-testid="category-select">
          <option value="" ?selected=${!value('category')}>${ct('form.categoryPick')}</option>
          ${categories.map(
            (category) => html`<option value=${category.slug} ?selected=${category.slug === value('category')}>${pick(category.name, localeStore.locale)}</option>`,
          )}
        </select>
        <div class="grid">
          ${this.input('name.id', ct('form.nameId'), value, true)} ${this.input('name.en', ct('form.nameEn'), value)}
          ${this.input('summary.id', ct('form.summaryId'), value, true)} ${this.input('summary.en', ct('form.summaryEn'), value)}
          ${this.area('description.id', ct('form.descriptionId'), value, true)} ${this.area('description.en', ct('form.descriptionEn'), value)}
        </div>
        ${this.input('keywords', ct('form.keywords'), value)}
        ${(service?.kind ?? this.kind) === 'link' ? this.input('linkUrl', ct('form.linkUrl'), value, true, 'url') : nothing}
        ${(service?.kind ?? this.kind) === 'link' && this.user?.role === 'admin' ? this.renderEmbed(service) : nothing}
        <fieldset>
          <legend>${ct('form.standard')}</legend>
          <p class="hint">${ct('form.listHint')}</p>
          ${LIST_FIELDS.map((field) => this.bilingual(field, value, true))} ${TEXT_FIELDS.map((field) => this.bilingual(field, value, false))}
        </fieldset>
        ${renderFeedback(this.feedback)}
        <div class="actions">
          <button type="submit" ?disabled=${this.busy}>${service ? ct('console.save') : ct('form.create')}</button>
        </div>
      </form>`;
  }

  private renderFixedFields(opds: Opd[]) {
    return html`<label for="slug">${ct('form.slug')}</label>
      <input id="slug" name="slug" required pattern="[a-z0-9]+(-[a-z0-9]+)*" maxlength="64" autocapitalize="none" spellcheck="false" />
      <label for="kind">${ct('form.kind')}</label>
      <select id="kind" name="kind" @change=${(event: Event) => (this.kind = (event.target as HTMLSelectElement).value as StaffService['kind'])}>
        ${(['module', 'form', 'link'] as const).map((kind) => html`<option value=${kind} ?selected=${kind === this.kind}>${ct(`form.kind.${kind}`)}</option>`)}
      </select>
      ${this.user?.role === 'admin'
        ? html`<label for="opd">${ct('form.opd')}</label>
            <select id="opd" name="opd" required>
              ${opds.map((opd) => html`<option value=${opd.slug}>${opd.name}</option>`)}
            </select>`
        : html`<input type="hidden" name="opd" value="" />`}`;
  }

  /** The admin's choice of embedding a link service, each sandbox token explained in plain words. */
  private renderEmbed(service: StaffService | null) {
    // Scripts and forms are what nearly every app needs; they are only a starting point until embedding is ticked.
    const ticked = service?.linkEmbed?.sandbox ?? ['allow-scripts', 'allow-forms'];
    return html`<fieldset data-testid="embed-fieldset">
      <legend>${ct('form.embed')}</legend>
      <p class="hint" id="embed-hint">${ct('form.embedHint')}</p>
      <input type="hidden" name="embed-shown" value="1" />
      <label class="check">
        <input type="checkbox" name="embed" data-testid="embed-on" aria-describedby="embed-hint" .checked=${service?.linkEmbed != null} />
        <span>${ct('form.embedOn')}</span>
      </label>
      ${SANDBOX_TOKENS.map(
        (token) => html`<label class="check">
          <input type="checkbox" name="sandbox" value=${token} data-testid=${`sandbox-${token}`} .checked=${ticked.includes(token)} />
          <span><code>${token}</code>: ${ct(`form.sandbox.${token}`)}</span>
        </label>`,
      )}
    </fieldset>`;
  }

  private bilingual(field: (typeof LIST_FIELDS)[number] | (typeof TEXT_FIELDS)[number], value: (name: string) => string, isList: boolean) {
    const label = ct(`form.${field}` as ConsoleStringKey);
    const make = isList ? this.area.bind(this) : this.input.bind(this);
    return html`<div class="grid">
      ${make(`${field}.id`, ct('form.inId', { field: label }), value, !isList)} ${make(`${field}.en`, ct('form.inEn', { field: label }), value)}
    </div>`;
  }

  private input(name: string, label: string, value: (name: string) => string, required = false, type = 'text') {
    const id = `f-${name.replace('.', '-')}`;
    return html`<div>
      <label for=${id}>${label}</label>
      <input id=${id} name=${name} type=${type} ?required=${required} .value=${value(name)} />
    </div>`;
  }

  private area(name: string, label: string, value: (name: string) => string, required = false) {
    const id = `f-${name.replace('.', '-')}`;
    return html`<div>
      <label for=${id}>${label}</label>
      <textarea id=${id} name=${name} ?required=${required} .value=${value(name)}></textarea>
    </div>`;
  }
}

customElements.define('palapa-console-service-form', PalapaConsoleServiceForm);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-service-form': PalapaConsoleServiceForm;
  }
}
