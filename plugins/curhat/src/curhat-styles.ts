// The look of the Curhat Ning Ita elements: mobile first (360 px), 48 px touch targets, visible
// focus, statuses that carry a word as well as a colour (never colour alone).
import { css } from 'lit';
import { pluginBaseStyles } from '@palapa/sdk/styles';

/** After the SDK's base rules, which this sheet refines. */
export const curhatStyles = [
  pluginBaseStyles,
  css`
  h4,
  ol,
  ul {
    margin: 0;
  }
  h3 {
    font-size: 1.15rem;
    margin: 1rem 0 0.5rem;
  }
  h4 {
    font-size: 1rem;
    margin: 0.75rem 0 0.25rem;
  }
  [tabindex='-1']:focus {
    outline: none;
  }
  :focus-visible {
    outline: 3px solid #0b3d91;
    outline-offset: 2px;
  }
  small {
    color: #4b5563;
  }
  .hint {
    font-size: 0.9rem;
  }
  .note {
    margin-top: 1.5rem;
    font-size: 0.85rem;
  }
  .field {
    margin: 0 0 1rem;
    border: 0;
    padding: 0;
    min-width: 0;
  }
  label,
  legend {
    display: block;
    font-weight: 600;
    padding: 0;
  }
  input,
  select,
  textarea {
    display: block;
    width: 100%;
    min-height: 48px;
    margin-top: 0.25rem;
    padding: 0.5rem 0.75rem;
    border: 1px solid #6e7781;
    border-radius: 0.5rem;
    font: inherit;
    background: #fff;
    color: inherit;
  }
  textarea {
    min-height: 8rem;
    resize: vertical;
  }
  input[type='file'] {
    padding: 0.6rem 0.5rem;
  }
  [aria-invalid='true'] {
    border: 2px solid #b42318;
  }
  .choices {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.25rem;
  }
  .choice {
    display: flex;
    align-items: center;
    gap: 0.5rem;
    min-height: 48px;
    padding: 0 0.75rem;
    border: 1px solid #6e7781;
    border-radius: 0.5rem;
    font-weight: 400;
  }
  .choice input {
    width: 1.25rem;
    min-height: 1.25rem;
    margin: 0;
  }
  button {
    min-height: 48px;
    padding: 0.5rem 1.25rem;
    border: 0;
    border-radius: 0.5rem;
    font: inherit;
    font-weight: 600;
    background: #0b3d91;
    color: #fff;
    cursor: pointer;
  }
  button[disabled] {
    opacity: 0.6;
    cursor: progress;
  }
  button.secondary {
    background: #fff;
    color: #0b3d91;
    border: 1px solid #0b3d91;
  }
  .actions {
    display: flex;
    flex-wrap: wrap;
    gap: 0.5rem;
    margin-top: 0.75rem;
  }
  .error {
    color: #b42318;
    font-weight: 600;
    margin-top: 0.25rem;
  }
  .problem,
  .empty,
  .success {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border-radius: 0.5rem;
    border-left: 4px solid #b42318;
    background: #fef3f2;
  }
  .empty {
    border-left-color: #6e7781;
    background: #f6f8fa;
  }
  .success {
    border-left-color: #1a7f37;
    background: #effaf1;
  }
  .status {
    margin: 1rem 0;
  }
  .codes {
    display: grid;
    grid-template-columns: 1fr 1fr;
    gap: 0.5rem;
    margin: 0.75rem 0;
  }
  .codes dd {
    font-size: 1.35rem;
    font-weight: 700;
    font-variant-numeric: tabular-nums;
    letter-spacing: 0.05em;
    overflow-wrap: anywhere;
  }
  .badge {
    display: inline-block;
    padding: 0 0.5rem;
    border-radius: 999px;
    font-size: 0.85rem;
    font-weight: 600;
    background: #eaeef2;
  }
  .badge--selesai {
    background: #dafbe1;
    color: #116329;
  }
  .badge--ditolak {
    background: #ffebe9;
    color: #a40e26;
  }
  .badge--ditindaklanjuti,
  .badge--diverifikasi {
    background: #ddf4ff;
    color: #0a3069;
  }
  .timeline {
    list-style: none;
    padding: 0;
    border-left: 3px solid #d0d7de;
    margin-left: 0.5rem;
  }
  .timeline li {
    position: relative;
    padding: 0 0 1rem 1rem;
  }
  .timeline li::before {
    content: '';
    position: absolute;
    left: -0.5rem;
    top: 0.4rem;
    width: 0.75rem;
    height: 0.75rem;
    border-radius: 50%;
    background: #0b3d91;
  }
  .report {
    margin: 1rem 0;
    padding: 0.75rem 1rem;
    border: 1px solid #d0d7de;
    border-radius: 0.5rem;
    overflow-wrap: anywhere;
  }
  .app {
    max-width: 48rem;
    margin: 0 auto;
    padding: 0.5rem 0;
  }
  .intro {
    margin-top: 0.5rem;
  }
  .tabs {
    display: flex;
    gap: 0.25rem;
    margin: 1rem 0;
    border-bottom: 2px solid #d0d7de;
    overflow-x: auto;
  }
  .tab {
    flex: 1 0 auto;
    padding: 0.5rem 0.75rem;
    border-radius: 0.5rem 0.5rem 0 0;
    background: transparent;
    color: #0b3d91;
    border-bottom: 3px solid transparent;
  }
  .tab[aria-selected='true'] {
    border-bottom-color: #0b3d91;
    background: #ddf4ff;
  }
  [hidden] {
    display: none !important;
  }
  .reports {
    list-style: none;
    padding: 0;
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
`,
];
