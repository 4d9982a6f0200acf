import { css } from 'lit';
import { theme } from '../ui/theme';

/** The form renderer's look: one column, large targets, readable at 360 px. */
export const rendererStyles = [
  theme,
  css`
    :host {
      display: block;
    }
    form {
      display: grid;
      gap: 1rem;
    }
    .form-section {
      display: grid;
      gap: 1rem;
    }
    h3 {
      margin: 0.5rem 0 0;
      font-size: 1.1rem;
    }
    .field {
      display: grid;
      gap: 0.35rem;
      min-width: 0;
      margin: 0;
      padding: 0;
      border: 0;
    }
    fieldset.field {
      border: 0;
    }
    label,
    legend {
      font-weight: 600;
      padding: 0;
    }
    .required,
    .error {
      color: var(--palapa-red);
    }
    .error {
      margin: 0;
      font-weight: 600;
    }
    .hint {
      margin: 0;
      color: var(--palapa-muted);
      font-size: 0.9rem;
    }
    input:not([type='radio']):not([type='checkbox']),
    select,
    textarea {
      font: inherit;
      min-height: 44px;
      box-sizing: border-box;
      width: 100%;
      max-width: 36rem;
      padding: 0.5rem 0.75rem;
      border: 1px solid #6b7785;
      border-radius: 8px;
      background: #fff;
      color: inherit;
    }
    input[type='file'] {
      padding: 0.5rem;
    }
    [aria-invalid='true'] {
      border-color: var(--palapa-red) !important;
      border-width: 2px !important;
    }
    select:focus-visible,
    textarea:focus-visible,
    .summary:focus-visible {
      outline: 3px solid var(--palapa-gold);
      outline-offset: 2px;
    }
    .options {
      display: grid;
      gap: 0.25rem;
    }
    .option {
      display: flex;
      align-items: center;
      gap: 0.6rem;
      min-height: 44px;
      font-weight: 400;
    }
    .option input {
      width: 1.25rem;
      height: 1.25rem;
      margin: 0;
      flex: none;
    }
    .address,
    .location {
      display: grid;
      gap: 0.35rem;
    }
    .address label,
    .location label {
      font-weight: 400;
    }
    .map {
      width: 100%;
      max-width: 24rem;
      height: auto;
      cursor: crosshair;
      border-radius: 8px;
    }
    .coordinates {
      display: grid;
      grid-template-columns: repeat(auto-fit, minmax(9rem, 1fr));
      gap: 0.5rem;
      max-width: 36rem;
    }
    .coordinates span {
      display: grid;
      gap: 0.25rem;
    }
    .file-status {
      margin: 0;
      display: flex;
      flex-wrap: wrap;
      align-items: center;
      gap: 0.5rem;
    }
    .file-status:empty {
      display: none;
    }
    button.link {
      background: none;
      border: 0;
      color: var(--palapa-blue);
      text-decoration: underline;
      padding: 0 0.25rem;
    }
    .summary {
      border: 2px solid var(--palapa-red);
      background: #fdf1f0;
      border-radius: var(--palapa-radius);
      padding: 0.75rem 1rem;
    }
    .summary h3 {
      margin: 0 0 0.5rem;
      color: var(--palapa-red);
    }
    .summary ul {
      margin: 0;
      padding-left: 1.25rem;
    }
    .summary a {
      color: var(--palapa-red);
      font-weight: 600;
    }
    button[type='submit'] {
      justify-self: start;
    }
    button[disabled] {
      opacity: 0.7;
      cursor: progress;
    }
  `,
];
