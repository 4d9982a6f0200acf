import { css } from 'lit';

/** The portal's look, shared by the shell's elements (each has its own shadow root). */
export const theme = css`
  :host {
    --palapa-blue: #0b5394;
    --palapa-blue-dark: #073763;
    --palapa-gold: #f6b026;
    --palapa-red: #b3261e;
    --palapa-text: #1c2430;
    --palapa-muted: #4a5565;
    --palapa-surface: #ffffff;
    --palapa-border: #d5dbe3;
    --palapa-radius: 12px;
    color: var(--palapa-text);
    font-family: system-ui, -apple-system, 'Segoe UI', Roboto, sans-serif;
    line-height: 1.5;
    /* A word longer than the line (e.g. "Kemasyarakatan" as a heading, text at 200%) wraps instead of running off a phone's screen. */
    overflow-wrap: break-word;
  }
  a {
    color: var(--palapa-blue);
  }
  a:focus-visible,
  button:focus-visible,
  input:focus-visible {
    outline: 3px solid var(--palapa-gold);
    outline-offset: 2px;
  }
  button {
    font: inherit;
    min-height: 44px;
    padding: 0.5rem 1rem;
    border-radius: 8px;
    border: 2px solid var(--palapa-blue);
    background: var(--palapa-blue);
    color: #fff;
    cursor: pointer;
  }
  button.secondary {
    background: transparent;
    color: var(--palapa-blue);
  }
  .visually-hidden {
    position: absolute;
    width: 1px;
    height: 1px;
    overflow: hidden;
    clip: rect(0 0 0 0);
    white-space: nowrap;
  }
  @media (prefers-reduced-motion: reduce) {
    * {
      transition: none !important;
      animation: none !important;
    }
  }
`;
