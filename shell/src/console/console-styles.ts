import { css } from 'lit';

/** What the console's pages share beyond the shell theme: forms, tables that scroll on a phone, status chips. */
export const consoleStyles = css`
  :host {
    display: block;
  }
  h1,
  h2,
  h3 {
    line-height: 1.25;
  }
  h1:focus,
  h2:focus {
    outline: none;
  }
  .intro {
    color: var(--palapa-muted);
  }
  label {
    display: block;
    font-weight: 600;
    margin: 0.75rem 0 0.25rem;
  }
  input,
  select,
  textarea {
    font: inherit;
    width: 100%;
    box-sizing: border-box;
    min-height: 44px;
    padding: 0.5rem 0.75rem;
    border: 1px solid var(--palapa-border);
    border-radius: 8px;
    background: #fff;
  }
  textarea {
    min-height: 5rem;
  }
  input:focus-visible,
  select:focus-visible,
  textarea:focus-visible {
    outline: 3px solid var(--palapa-gold);
    outline-offset: 1px;
  }
  .hint {
    font-size: 0.875rem;
    color: var(--palapa-muted);
    margin: 0.125rem 0 0;
  }
  .card {
    background: var(--palapa-surface);
    border: 1px solid var(--palapa-border);
    border-radius: var(--palapa-radius);
    padding: 1rem;
    margin: 1rem 0;
  }
  .table-wrap {
    overflow-x: auto;
  }
  table {
    border-collapse: collapse;
    width: 100%;
    background: #fff;
  }
  th,
  td {
    text-align: left;
    padding: 0.5rem;
    border-bottom: 1px solid var(--palapa-border);
    vertical-align: top;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  button.danger {
    background: var(--palapa-red);
    border-color: var(--palapa-red);
  }
  button.link {
    background: none;
    border: none;
    color: var(--palapa-blue);
    text-decoration: underline;
    padding: 0;
    min-height: 0;
    text-align: left;
  }
  button:disabled {
    opacity: 0.6;
    cursor: not-allowed;
  }
  .chip {
    display: inline-block;
    padding: 0.125rem 0.5rem;
    border-radius: 999px;
    font-size: 0.8125rem;
    border: 1px solid currentColor;
    white-space: nowrap;
  }
  .chip.on,
  .chip.approved {
    color: #1e6b34;
  }
  .chip.off,
  .chip.rejected {
    color: var(--palapa-red);
  }
  .chip.pending {
    color: #7a4d00;
  }
  .error {
    color: var(--palapa-red);
    border-left: 4px solid var(--palapa-red);
    padding: 0.5rem 0.75rem;
    background: #fdf1f0;
  }
  .ok {
    border-left: 4px solid #1e6b34;
    padding: 0.5rem 0.75rem;
    background: #eef7f0;
  }
  code,
  .mono {
    font-family: ui-monospace, 'SFMono-Regular', Menlo, monospace;
    font-size: 0.875rem;
    overflow-wrap: anywhere;
  }
  .grid {
    display: grid;
    gap: 0 1rem;
    grid-template-columns: repeat(auto-fit, minmax(14rem, 1fr));
  }
`;
