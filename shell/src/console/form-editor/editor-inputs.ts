import { html, nothing } from 'lit';
import { live } from 'lit/directives/live.js';
import type { Problems } from './definition-problems';
import type { EditorDraft } from './editor-state';

/** What the editor's views need from the page: the draft, its problems, and a way to change it. */
export interface EditorContext {
  draft: EditorDraft;
  problems: Problems;
  /** Whether problems of this section or field are shown yet (after it was edited, or a publish attempt). */
  showsProblems(uid: string): boolean;
  /**
   * Replaces the draft with `change(draft)`; `focus` names the control to focus afterwards (its
   * data-focus or id; a function when the name is known only after the change, e.g. a new field).
   */
  apply(change: (draft: EditorDraft) => EditorDraft, focus?: string | (() => string)): void;
}

interface InputOptions {
  id: string;
  label: string;
  value: string;
  /** The problems shown under the input (already filtered by the caller). */
  problems: readonly string[];
  onInput: (value: string) => void;
  hint?: string;
  /** Monospace, for keys. */
  code?: boolean;
  multiline?: boolean;
}

/** A labelled text input with its hint and problems tied to it for screen readers. */
export function renderTextInput(options: InputOptions) {
  const { id, label, value, problems, onInput, hint } = options;
  const described = [hint ? `${id}-hint` : '', problems.length ? `${id}-problem` : ''].filter(Boolean).join(' ');
  const handler = (event: Event) => onInput((event.target as HTMLInputElement | HTMLTextAreaElement).value);
  return html`<label for=${id}>${label}</label>
    ${options.multiline
      ? html`<textarea
          id=${id}
          rows="2"
          .value=${live(value)}
          aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${handler}
        ></textarea>`
      : html`<input
          id=${id}
          class=${options.code ? 'mono' : ''}
          .value=${live(value)}
          autocomplete="off"
          spellcheck=${options.code ? 'false' : nothing}
          aria-invalid=${problems.length ? 'true' : 'false'}
          aria-describedby=${described || nothing}
          @input=${handler}
        />`}
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${renderProblems(`${id}-problem`, problems)}`;
}

/** A labelled number input; blank (or not a number) means "no limit" (undefined). */
export function renderNumberInput(options: Omit<InputOptions, 'value' | 'onInput'> & { value: number | undefined; onInput: (value: number | undefined) => void; min?: number; max?: number; step?: string }) {
  const { id, label, value, problems, hint } = options;
  const described = [hint ? `${id}-hint` : '', problems.length ? `${id}-problem` : ''].filter(Boolean).join(' ');
  return html`<label for=${id}>${label}</label>
    <input
      id=${id}
      type="number"
      inputmode="decimal"
      step=${options.step ?? '1'}
      min=${options.min ?? nothing}
      max=${options.max ?? nothing}
      .value=${value === undefined ? '' : String(value)}
      aria-invalid=${problems.length ? 'true' : 'false'}
      aria-describedby=${described || nothing}
      @input=${(event: Event) => {
        const input = event.target as HTMLInputElement;
        options.onInput(input.value === '' || Number.isNaN(input.valueAsNumber) ? undefined : input.valueAsNumber);
      }}
    />
    ${hint ? html`<p class="hint" id=${`${id}-hint`}>${hint}</p>` : nothing} ${renderProblems(`${id}-problem`, problems)}`;
}

export function renderProblems(id: string, problems: readonly string[]) {
  if (problems.length === 0) return nothing;
  return html`<ul class="problems" id=${id} data-testid="editor-problem">
    ${problems.map((problem) => html`<li>${problem}</li>`)}
  </ul>`;
}
