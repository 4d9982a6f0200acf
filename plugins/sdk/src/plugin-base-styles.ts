import { css } from 'lit';

/**
 * The rules every Palapa plugin's Lit elements start from, so the pilots share one copy instead of
 * five: a block host that honours `hidden`, border-box sizing, the shell's text colour and heading
 * scale, muted helper text, and a loading status with a spinner that stops for people who ask the
 * system for reduced motion. Put it first; the plugin's own sheet follows and wins.
 *
 * Its own entry (`@palapa/sdk/styles`) rather than the main one: evaluating `css` at import would
 * otherwise land in every bundle that imports the SDK for its types or helpers, the shell included.
 *
 * @example
 * import { pluginBaseStyles } from '@palapa/sdk/styles';
 * export class CekPbbApp extends LitElement {
 *   static override styles = [pluginBaseStyles, css`.app { max-width: 48rem; }`];
 * }
 * // <p class="status" role="status"><span class="spinner" aria-hidden="true"></span>Memeriksa…</p>
 */
export const pluginBaseStyles = css`
  :host {
    display: block;
    color: #1f2328;
    line-height: 1.5;
  }
  :host([hidden]) {
    display: none;
  }
  *,
  *::before,
  *::after {
    box-sizing: border-box;
  }
  h2,
  h3,
  p,
  dl,
  dd {
    margin: 0;
  }
  h2 {
    font-size: 1.5rem;
    line-height: 1.25;
  }
  .intro,
  .hint,
  .note {
    color: #4b5563;
  }
  .status {
    display: flex;
    align-items: center;
    gap: 0.5rem;
  }
  .spinner {
    width: 1.25rem;
    height: 1.25rem;
    border: 3px solid #d0d7de;
    border-top-color: #0b3d91;
    border-radius: 50%;
    animation: spin 0.8s linear infinite;
  }
  @keyframes spin {
    to {
      transform: rotate(360deg);
    }
  }
  @media (prefers-reduced-motion: reduce) {
    .spinner {
      animation: none;
    }
  }
`;
