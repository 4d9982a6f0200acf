// The look of <antrean-mpp-app> and its cancel form: mobile first (360 px), 48 px touch targets,
// visible focus, a full slot says "penuh" in words (never colour alone).
import { css } from 'lit';
import { pluginBaseStyles } from '@palapa/sdk/styles';

/** After the SDK's base rules, which this sheet refines. */
export const antreanStyles = [
  pluginBaseStyles,
  css`
  .app {
    max-width: 48rem;
    margin: 0 auto;
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
  .intro {
    margin-top: 0.5rem;
  }
  .hint {
    font-size: 0.9rem;
    margin-bottom: 0.25rem;
  }
  .note {
    margin-top: 1.5rem;
    font-size: 0.85rem;
  }
  .form {
    margin: 1rem 0;
    display: grid;
    gap: 1rem;
  }
  .cancel {
    border-top: 1px solid #d0d7de;
    padding-top: 0.5rem;
  }
  .field {
    display: grid;
    gap: 0.25rem;
  }
  label,
  legend {
    font-weight: 600;
  }
  input,
  select {
    width: 100%;
    min-height: 48px;
    padding: 0.5rem 0.75rem;
    border: 1px solid #6e7781;
    border-radius: 0.5rem;
    font: inherit;
    background: #fff;
    color: inherit;
  }
  [aria-invalid='true'] {
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
  select:focus-visible,
  button:focus-visible,
  .slot:focus-within {
    outline: 3px solid #0b3d91;
    outline-offset: 2px;
  }
  .slots {
    border: 0;
    margin: 0;
    padding: 0;
    min-width: 0;
  }
  .slot-grid {
    display: grid;
    grid-template-columns: repeat(auto-fill, minmax(6.5rem, 1fr));
    gap: 0.5rem;
    margin-top: 0.5rem;
  }
  .slot {
    display: grid;
    grid-template-columns: auto 1fr;
    align-items: center;
    column-gap: 0.4rem;
    min-height: 48px;
    padding: 0.35rem 0.5rem;
    border: 1px solid #6e7781;
    border-radius: 0.5rem;
    font-weight: 400;
    cursor: pointer;
  }
  .slot input {
    width: auto;
    min-height: 0;
    grid-row: span 2;
    margin: 0;
  }
  .slot:has(input:checked) {
    border: 2px solid #0b3d91;
    background: #eef3fc;
  }
  .slot-time {
    font-weight: 600;
    font-variant-numeric: tabular-nums;
  }
  .slot-left {
    font-size: 0.8rem;
    color: #1a7f37;
  }
  .slot--full {
    cursor: not-allowed;
    background: #f6f8fa;
    color: #6e7781;
  }
  .slot--full .slot-left {
    color: #6e7781;
  }
  .error {
    color: #b42318;
    font-weight: 600;
  }
  .status {
    padding: 1rem 0;
  }
  .problem,
  .empty,
  .done {
    display: grid;
    gap: 0.5rem;
    padding: 0.75rem 1rem;
    border-radius: 0.5rem;
  }
  .problem {
    background: #fff1f0;
    border: 1px solid #f5c2c0;
    color: #8a1c12;
  }
  .empty {
    background: #f6f8fa;
  }
  .done {
    background: #eefbf1;
    border: 1px solid #aee0b9;
    color: #1a5c2b;
  }
  .ticket {
    margin: 1rem 0;
    padding: 1rem;
    border: 2px solid #0b3d91;
    border-radius: 0.75rem;
    display: grid;
    gap: 0.75rem;
    justify-items: start;
  }
  .ticket-number {
    font-size: 2.5rem;
    font-weight: 700;
    letter-spacing: 0.05em;
    color: #0b3d91;
  }
  .qr {
    width: 12rem;
    height: 12rem;
    max-width: 100%;
  }
  .facts {
    display: grid;
    gap: 0.4rem;
    width: 100%;
  }
  .facts dt {
    font-size: 0.85rem;
    color: #4b5563;
  }
  .facts dd {
    font-weight: 600;
    overflow-wrap: anywhere;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
  }
  .bookings {
    list-style: none;
    padding: 0;
    margin: 0;
    display: grid;
    gap: 0.5rem;
  }
  .bookings li {
    padding: 0.5rem 0.75rem;
    border: 1px solid #d0d7de;
    border-radius: 0.5rem;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    margin-left: 0.25rem;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.8rem;
    font-weight: 600;
    background: #dafbe1;
    color: #1a5c2b;
  }
  .badge--batal {
    background: #eaeef2;
    color: #4b5563;
  }
`,
];
