import { css } from 'lit';

/** The editor's layout: the editor and its preview side by side on a desk, one above the other on a phone. */
export const formEditorStyles = css`
  .layout {
    display: grid;
    gap: 1rem;
    grid-template-columns: minmax(0, 1fr);
  }
  @media (min-width: 64rem) {
    .layout {
      grid-template-columns: minmax(0, 3fr) minmax(0, 2fr);
      align-items: start;
    }
    .preview {
      position: sticky;
      top: 0.5rem;
      max-height: calc(100vh - 1rem);
      overflow-y: auto;
    }
  }
  .section-card,
  .field-card,
  .preview {
    background: var(--palapa-surface);
    border: 1px solid var(--palapa-border);
    border-radius: var(--palapa-radius);
    padding: 0.75rem 1rem 1rem;
    margin: 0 0 1rem;
  }
  .field-card {
    background: #fff;
    min-width: 0;
  }
  .field-card > legend {
    font-weight: 700;
    padding: 0 0.25rem;
  }
  .section-card h3 {
    margin: 0.25rem 0;
  }
  fieldset.inline,
  fieldset.options {
    border: 1px solid var(--palapa-border);
    border-radius: 8px;
    margin: 0.75rem 0 0;
    padding: 0.25rem 0.75rem 0.75rem;
    min-width: 0;
  }
  fieldset legend {
    font-weight: 600;
  }
  fieldset.options ol {
    padding-left: 1.25rem;
    margin: 0;
  }
  fieldset.options li {
    border-bottom: 1px dashed var(--palapa-border);
    padding-bottom: 0.5rem;
  }
  .check {
    display: inline-flex;
    align-items: center;
    gap: 0.5rem;
    margin: 0.5rem 1rem 0 0;
    min-height: 44px;
  }
  .check input {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
  }
  .check label {
    margin: 0;
    font-weight: 400;
  }
  .grid > .check {
    align-self: end;
  }
  .add-field {
    display: flex;
    flex-wrap: wrap;
    align-items: end;
    gap: 0.5rem;
  }
  .add-field > div {
    flex: 1 1 12rem;
  }
  button.small {
    font-size: 0.875rem;
  }
  button.danger-text {
    color: var(--palapa-red);
    border-color: var(--palapa-red);
  }
  .problems {
    color: var(--palapa-red);
    margin: 0.25rem 0 0;
    padding-left: 1.25rem;
    font-size: 0.9375rem;
  }
  .publish {
    display: flex;
    flex-wrap: wrap;
    align-items: center;
    gap: 0.75rem;
    margin: 1rem 0;
  }
  .segmented {
    display: inline-flex;
    gap: 0.25rem;
  }
  .segmented button[aria-pressed='true'] {
    font-weight: 700;
    outline: 2px solid var(--palapa-blue);
  }
  .preview-head {
    display: flex;
    flex-wrap: wrap;
    justify-content: space-between;
    align-items: center;
    gap: 0.5rem;
  }
  .preview h2 {
    margin: 0;
  }
`;
