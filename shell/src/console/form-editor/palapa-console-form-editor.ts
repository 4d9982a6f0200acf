import { Task } from '@lit/task';
import { pick, type FormDefinition, type Locale } from '@palapa/sdk';
import { LitElement, html, nothing, type PropertyValues } from 'lit';
import { repeat } from 'lit/directives/repeat.js';
import { localeStore } from '../../i18n/locale';
import { LocaleController } from '../../ui/controllers/locale-controller';
import { theme } from '../../ui/theme';
import '../../forms/palapa-form-renderer';
import { apiRequest, ConsoleApiError } from '../console-api';
import { failed, loading, renderFeedback, renderLoadError, type Feedback } from '../console-feedback';
import { ct, formatDateTime } from '../console-i18n';
import { consoleStyles } from '../console-styles';
import type { StaffService } from '../console-types';
import { checkDraft, problemsAt, type DraftCheck } from './definition-problems';
import { renderNumberInput, type EditorContext } from './editor-inputs';
import { addSection, draftFromDefinition, emptyDraft, setProcessingDays, type EditorDraft } from './editor-state';
import type { FormVersions, PublishedForm } from './form-api-types';
import { formEditorStyles } from './form-editor-styles';
import { renderFormVersions } from './form-versions-view';
import { renderSectionEditor } from './section-editor-view';

/**
 * /konsol/layanan/<slug>/formulir: the visual editor of a form service's definition. Every change
 * is checked at once with the SDK's schema; the live preview is the citizens' own renderer; "Terbitkan"
 * publishes the next definition version (live at once: forms need no approval).
 */
export class PalapaConsoleFormEditor extends LitElement {
  static override properties = {
    slug: {},
    draft: { state: true },
    feedback: { state: true },
    busy: { state: true },
    showAll: { state: true },
    previewOpen: { state: true },
    previewLocale: { state: true },
  };
  declare slug: string;
  declare draft: EditorDraft | null;
  declare feedback: Feedback;
  declare busy: boolean;
  /** After a publish attempt every problem shows, not only those of parts already edited. */
  declare showAll: boolean;
  declare previewOpen: boolean;
  declare previewLocale: Locale;
  private check: DraftCheck | null = null;
  /** The preview keeps the last valid definition while the team is half-way through a change. */
  private lastValid: FormDefinition | null = null;
  private readonly touched = new Set<string>();
  private pendingFocus: string | (() => string) | null = null;
  private loadedSlug = '';
  /** Changed since it was loaded or published: closing the tab asks first. */
  private dirty = false;
  private readonly warnBeforeUnload = (event: BeforeUnloadEvent) => {
    if (this.dirty) event.preventDefault();
  };

  static override styles = [theme, consoleStyles, formEditorStyles];

  private readonly data = new Task(this, {
    task: async ([slug]) => {
      const [service, forms] = await Promise.all([apiRequest<StaffService>('GET', `/services/${slug}`), apiRequest<FormVersions>('GET', `/services/${slug}/form`)]);
      if (this.loadedSlug !== slug) {
        this.loadedSlug = slug;
        this.touched.clear();
        this.lastValid = null;
        this.dirty = false;
        this.draft = forms.current ? draftFromDefinition(forms.current.definition, forms.current.processingDays) : emptyDraft();
      }
      return { service, forms };
    },
    args: () => [this.slug] as const,
  });

  constructor() {
    super();
    new LocaleController(this);
    this.slug = '';
    this.draft = null;
    this.feedback = null;
    this.busy = false;
    this.showAll = false;
    this.previewOpen = true;
    this.previewLocale = 'id';
  }

  override connectedCallback() {
    super.connectedCallback();
    window.addEventListener('beforeunload', this.warnBeforeUnload);
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    window.removeEventListener('beforeunload', this.warnBeforeUnload);
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    // Checked on every render: a language switch re-says the problems too.
    void changed;
    if (!this.draft) return;
    this.check = checkDraft(this.draft, localeStore.locale);
    if (this.check.ok) this.lastValid = this.check.definition;
  }

  protected override updated() {
    const target = this.pendingFocus;
    if (target === null) return;
    this.pendingFocus = null;
    const name = typeof target === 'function' ? target() : target;
    let element = this.renderRoot.querySelector<HTMLElement>(`[data-focus="${CSS.escape(name)}"], #${CSS.escape(name)}`);
    // A move to the top or bottom disables the button just used: its neighbour in the row takes focus.
    if (element instanceof HTMLButtonElement && element.disabled) element = element.parentElement?.querySelector<HTMLElement>('button:not([disabled])') ?? null;
    element?.focus();
  }

  private readonly context = (): EditorContext => ({
    draft: this.draft as EditorDraft,
    problems: this.check?.problems ?? new Map(),
    showsProblems: (uid) => this.showAll || this.touched.has(uid),
    apply: (change, focus) => {
      if (!this.draft) return;
      const before = this.draft;
      this.draft = change(before);
      this.dirty = true;
      this.markTouched(before, this.draft);
      if (focus) this.pendingFocus = focus;
    },
  });

  /** The parts that changed are "touched": their problems show from now on. */
  private markTouched(before: EditorDraft, after: EditorDraft) {
    for (const section of after.sections) {
      const old = before.sections.find((candidate) => candidate.uid === section.uid);
      if (old && old !== section && (old.title !== section.title || old.key !== section.key || old.description !== section.description)) this.touched.add(section.uid);
      for (const field of section.fields) {
        const previous = old?.fields.find((candidate) => candidate.uid === field.uid) ?? before.sections.flatMap((s) => s.fields).find((candidate) => candidate.uid === field.uid);
        // A new field is not touched yet: "required" under every empty input of it would only nag.
        if (previous && previous !== field) this.touched.add(field.uid);
      }
    }
  }

  private async publish(service: StaffService) {
    if (!this.draft || !this.check) return;
    if (!this.check.ok) {
      this.showAll = true;
      this.feedback = { kind: 'error', message: ct('formEditor.problems', { count: [...this.check.problems.values()].flat().length }), detail: null };
      await this.updateComplete;
      this.renderRoot.querySelector<HTMLElement>('[aria-invalid="true"]')?.focus();
      return;
    }
    this.busy = true;
    try {
      const published = await apiRequest<PublishedForm>('PUT', `/services/${service.slug}/form`, { definition: this.check.definition, processingDays: this.draft.processingDays });
      // The published keys are now where answers are stored: none is re-suggested from here on.
      this.draft = draftFromDefinition(published.definition, published.processingDays);
      this.touched.clear();
      this.dirty = false;
      this.showAll = false;
      this.feedback = { kind: 'ok', message: ct('formEditor.published', { version: published.version }) };
      await this.data.run();
    } catch (error) {
      this.feedback = error instanceof ConsoleApiError && error.code === 'not_a_form_service' ? { kind: 'error', message: ct('formEditor.notFormService'), detail: null } : failed(error);
    } finally {
      this.busy = false;
    }
  }

  override render() {
    return this.data.render({
      pending: () => html`<h1 tabindex="-1">${this.slug}</h1>${loading()}`,
      error: (error) => html`<h1 tabindex="-1">${this.slug}</h1>${renderLoadError(error, () => void this.data.run())}`,
      complete: ({ service, forms }) => this.renderEditor(service, forms),
    });
  }

  private renderEditor(service: StaffService, forms: FormVersions) {
    const name = pick(service.name, localeStore.locale);
    const back = html`<p><a href=${`/konsol/layanan/${service.slug}`}>${ct('formEditor.back', { service: name })}</a></p>`;
    if (service.kind !== 'form') return html`${back}<h1 tabindex="-1">${ct('formEditor.title', { service: name })}</h1><p>${ct('formEditor.notForm')}</p>`;
    const draft = this.draft;
    if (!draft) return loading();
    const ctx = this.context();
    const problemCount = [...(this.check?.problems.values() ?? [])].flat().length;
    return html`${back}
      <h1 tabindex="-1">${ct('formEditor.title', { service: name })}</h1>
      <p class="intro">${ct('formEditor.intro')}</p>
      <p data-testid="form-current-version">
        ${forms.current ? ct('formEditor.current', { version: forms.current.version, at: formatDateTime(forms.current.createdAt) }) : ct('formEditor.noVersion')}
      </p>
      <div class="layout">
        <div class="editor" data-testid="form-editor">
          <div class="card">
            ${renderNumberInput({
              id: 'processing-days',
              label: ct('formEditor.processingDays'),
              value: draft.processingDays,
              min: 1,
              max: 365,
              hint: ct('formEditor.processingHint'),
              problems: problemsAt(ctx.problems, 'processingDays'),
              onInput: (days) => ctx.apply((d) => setProcessingDays(d, days ?? Number.NaN)),
            })}
          </div>
          ${repeat(
            draft.sections,
            (section) => section.uid,
            (section, index) => renderSectionEditor(ctx, section, index),
          )}
          <button type="button" class="secondary" data-focus="add-section" @click=${() => ctx.apply(addSection, () => `${this.draft?.sections.at(-1)?.uid ?? ''}-title-id`)}>
            ${ct('formEditor.addSection')}
          </button>
          <div class="publish">
            <button type="button" data-testid="publish-form" ?disabled=${this.busy} @click=${() => this.publish(service)}>
              ${this.busy ? ct('formEditor.publishing') : ct('formEditor.publish')}
            </button>
            <span class="hint" data-testid="form-check">${problemCount === 0 ? ct('formEditor.ready') : ct('formEditor.problems', { count: problemCount })}</span>
          </div>
          ${renderFeedback(this.feedback)}
        </div>
        ${this.renderPreview()}
      </div>
      ${renderFormVersions(forms.versions)}`;
  }

  private renderPreview() {
    const definition = this.lastValid;
    return html`<aside class="preview" aria-labelledby="preview-heading" data-testid="form-preview">
      <div class="preview-head">
        <h2 id="preview-heading">${ct('formEditor.preview')}</h2>
        <button type="button" class="secondary" aria-expanded=${this.previewOpen ? 'true' : 'false'} aria-controls="preview-body" @click=${() => (this.previewOpen = !this.previewOpen)}>
          ${this.previewOpen ? ct('formEditor.previewHide') : ct('formEditor.previewShow')}
        </button>
      </div>
      <div id="preview-body" ?hidden=${!this.previewOpen}>
        <div class="segmented" role="group" aria-label=${ct('formEditor.previewLanguage')}>
          ${(['id', 'en'] as const).map(
            (locale) => html`<button type="button" class="secondary small" lang=${locale} aria-pressed=${this.previewLocale === locale ? 'true' : 'false'} @click=${() => (this.previewLocale = locale)}>
              ${locale === 'id' ? 'Bahasa Indonesia' : 'English'}
            </button>`,
          )}
        </div>
        <p class="hint">${ct('formEditor.previewNote')}</p>
        ${this.check && !this.check.ok ? html`<p class="hint" data-testid="preview-stale">${ct('formEditor.previewInvalid')}</p>` : nothing}
        ${definition ? html`<palapa-form-renderer lang=${this.previewLocale} .definition=${definition} .locale=${this.previewLocale}></palapa-form-renderer>` : nothing}
      </div>
    </aside>`;
  }
}

customElements.define('palapa-console-form-editor', PalapaConsoleFormEditor);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-console-form-editor': PalapaConsoleFormEditor;
  }
}
