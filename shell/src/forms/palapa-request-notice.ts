import { LitElement, css, html } from 'lit';
import { navigate } from '../router/navigation';
import { theme } from '../ui/theme';
import { ft } from './form-i18n';

/**
 * News about the citizen's requests (a queued one was filed, a status changed), each with a link
 * to the request. The shell's own notice is plain text and fades after a few seconds; this one
 * holds a link and stays until dismissed (no time limit to act: WCAG 2.2.1). It lives at the end
 * of the body, outside the app's layout, in a labelled landmark and a polite live region.
 */
interface Notice {
  id: number;
  message: string;
  href: string;
}

export class PalapaRequestNotice extends LitElement {
  static override properties = { notices: { state: true } };
  declare notices: Notice[];
  private nextId = 1;

  static override styles = [
    theme,
    css`
      :host {
        position: fixed;
        right: 0.75rem;
        bottom: 0.75rem;
        left: 0.75rem;
        z-index: 20;
        display: flex;
        justify-content: flex-end;
        pointer-events: none;
      }
      aside {
        width: min(28rem, 100%);
      }
      ul {
        list-style: none;
        margin: 0;
        padding: 0;
        display: grid;
        gap: 0.5rem;
      }
      li {
        pointer-events: auto;
        background: var(--palapa-text);
        color: #fff;
        border-radius: 8px;
        padding: 0.75rem 1rem;
        display: flex;
        flex-wrap: wrap;
        align-items: center;
        gap: 0.5rem;
      }
      li p {
        margin: 0;
        flex: 1 1 12rem;
      }
      a {
        color: #fff;
        font-weight: 700;
        min-height: 44px;
        display: inline-flex;
        align-items: center;
      }
      button {
        background: transparent;
        border-color: #fff;
      }
      a:focus-visible,
      button:focus-visible {
        outline-color: var(--palapa-gold);
      }
    `,
  ];

  constructor() {
    super();
    this.notices = [];
  }

  add(message: string, href: string) {
    this.notices = [...this.notices.filter((notice) => notice.message !== message), { id: this.nextId++, message, href }].slice(-3);
  }

  private dismiss(id: number) {
    this.notices = this.notices.filter((notice) => notice.id !== id);
  }

  private open(event: MouseEvent, notice: Notice) {
    if (event.button !== 0 || event.metaKey || event.ctrlKey || event.shiftKey || event.altKey) return;
    // Outside <palapa-app>, whose link handling does not reach here: navigate in the app ourselves.
    event.preventDefault();
    this.dismiss(notice.id);
    navigate(notice.href);
  }

  override render() {
    return html`<aside aria-label=${ft('notice.region')} ?hidden=${this.notices.length === 0}>
      <div role="status" aria-live="polite" data-testid="request-notices">
        <ul>
        ${this.notices.map(
          (notice) => html`<li>
            <p>${notice.message}</p>
            <a href=${notice.href} @click=${(event: MouseEvent) => this.open(event, notice)}>${ft('notice.open')}</a>
            <button type="button" @click=${() => this.dismiss(notice.id)}>${ft('notice.dismiss')}</button>
          </li>`,
        )}
        </ul>
      </div>
    </aside>`;
  }
}

customElements.define('palapa-request-notice', PalapaRequestNotice);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-request-notice': PalapaRequestNotice;
  }
}

/** Shows `message` with a link to `href` in the page's one request notice area. */
export function showRequestNotice(message: string, href: string): void {
  let element = document.querySelector('palapa-request-notice');
  if (!element) {
    element = document.createElement('palapa-request-notice');
    document.body.append(element);
  }
  element.add(message, href);
}
