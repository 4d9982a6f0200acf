// The look of <cek-pbb-app>: mobile first (360 px), 44–48 px touch targets, visible focus,
// status colours that also carry a word (never colour alone).
import { css } from 'lit';
import { pluginBaseStyles } from '@palapa/sdk/styles';

/** After the SDK's base rules, which this sheet refines. */
export const cekPbbStyles = [
  pluginBaseStyles,
  css`
  .app {
    max-width: 48rem;
    margin: 0 auto;
    /* The shell's section already pads the plugin: on a phone every pixel goes to the table. */
    padding: 0.5rem 0;
  }
  h3 {
    font-size: 1.15rem;
    margin: 1.25rem 0 0.5rem;
  }
  h3:focus {
    outline: none;
  }
  h3:focus-visible {
    outline: 3px solid #0b3d91;
    outline-offset: 2px;
  }
  small {
    color: #4b5563;
  }
  .intro {
    margin-top: 0.5rem;
  }
  .form {
    margin: 1rem 0;
  }
  label {
    display: block;
    font-weight: 600;
  }
  .hint {
    font-size: 0.9rem;
    margin-bottom: 0.25rem;
  }
  .row {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  input {
    flex: 1 1 16rem;
    min-width: 0;
    min-height: 48px;
    padding: 0.5rem 0.75rem;
    border: 1px solid #6e7781;
    border-radius: 0.5rem;
    font: inherit;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.02em;
    background: #fff;
    color: inherit;
  }
  input[aria-invalid='true'] {
    border: 2px solid #b42318;
  }
  button {
    min-height: 48px;
    padding: 0.5rem 1.25rem;
    border: 1px solid #0b3d91;
    border-radius: 0.5rem;
    background: #0b3d91;
    color: #fff;
    font: inherit;
    font-weight: 600;
    cursor: pointer;
  }
  button.secondary {
    background: #fff;
    color: #0b3d91;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  input:focus-visible,
  button:focus-visible {
    outline: 3px solid #0b3d91;
    outline-offset: 2px;
  }
  .error {
    margin-top: 0.5rem;
    color: #b42318;
    font-weight: 600;
  }
  .status {
    padding: 1rem 0;
  }
  .problem,
  .empty {
    display: grid;
    gap: 0.75rem;
    justify-items: start;
    padding: 1rem;
    border-radius: 0.75rem;
  }
  .problem {
    border: 1px solid #b42318;
    background: #fef3f2;
  }
  .empty {
    border: 1px dashed #6e7781;
  }
  .empty h3 {
    margin: 0;
  }
  .facts,
  .totals {
    display: grid;
    gap: 0.5rem;
  }
  .facts dt,
  .totals dt {
    font-size: 0.9rem;
    color: #4b5563;
  }
  .facts dd {
    font-weight: 600;
  }
  .totals dd {
    white-space: nowrap;
  }
  .totals div {
    display: flex;
    justify-content: space-between;
    gap: 1rem;
    border-bottom: 1px solid #d0d7de;
    padding-bottom: 0.25rem;
  }
  .totals .grand {
    font-size: 1.15rem;
    font-weight: 700;
    border-bottom: 0;
  }
  .totals .grand dt {
    color: inherit;
    font-size: inherit;
  }
  .table-scroll {
    /* Never wider than the phone: a very narrow screen scrolls the table, not the page. */
    overflow-x: auto;
  }
  table {
    width: 100%;
    border-collapse: collapse;
    font-size: 0.875rem;
  }
  th,
  td {
    padding: 0.4rem 0.2rem;
    border-bottom: 1px solid #d0d7de;
    text-align: left;
    vertical-align: top;
  }
  .num {
    text-align: right;
    font-variant-numeric: tabular-nums;
  }
  .amount {
    font-weight: 700;
    white-space: nowrap;
  }
  .split {
    display: block;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-weight: 700;
    font-size: 0.85rem;
    border: 1px solid currentColor;
  }
  .badge--lunas {
    color: #0f6b35;
    background: #ecfdf3;
  }
  .badge--belum-lunas {
    color: #8a5300;
    background: #fffaeb;
  }
  .badge--jatuh-tempo {
    color: #b42318;
    background: #fef3f2;
  }
  .paid-up {
    padding: 0.75rem 1rem;
    border-radius: 0.75rem;
    background: #ecfdf3;
    color: #0f6b35;
    font-weight: 600;
  }
  .channels {
    margin: 0;
    padding-left: 1.25rem;
    display: grid;
    gap: 0.5rem;
  }
  .note {
    margin-top: 1.25rem;
    font-size: 0.85rem;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (min-width: 40rem) {
    .app {
      padding: 1rem;
    }
    table {
      font-size: 0.95rem;
    }
    .facts {
      grid-template-columns: 1fr 1fr;
    }
  }
`,
];
