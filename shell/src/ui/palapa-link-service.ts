import { pick, type ServiceDetail } from '@palapa/sdk';
import { LitElement, css, html, nothing, type PropertyValues } from 'lit';
import { localeStore, t } from '../i18n/locale';
import { navigate } from '../router/navigation';
import { LocaleController } from './controllers/locale-controller';
import { LinkBridge } from './link-bridge';
import { theme } from './theme';

/** Loading until the frame loads or the app says hello; silent when no hello came in time. */
type EmbedState = 'closed' | 'loading' | 'loaded' | 'ready' | 'silent';

const LOOPBACK_HOSTS = new Set(['localhost', '127.0.0.1', '[::1]']);
const HELLO_TIMEOUT_MS = 10_000;

interface Embed {
  url: string;
  origin: string;
  sandbox: string;
  keepsOrigin: boolean;
}

/**
 * How `service` may be embedded here, or null: only when an admin set a sandbox, over https (or
 * http on localhost, for development), and never at the portal's own origin — there an app with
 * `allow-scripts allow-same-origin` could reach into the portal and take its own sandbox off.
 */
export function embedOf(service: ServiceDetail, portalOrigin: string): Embed | null {
  if (!service.linkEmbed || !service.linkUrl || !URL.canParse(service.linkUrl)) return null;
  const url = new URL(service.linkUrl);
  const secure = url.protocol === 'https:' || (url.protocol === 'http:' && LOOPBACK_HOSTS.has(url.hostname));
  if (!secure || url.origin === portalOrigin) return null;
  const { sandbox } = service.linkEmbed;
  return { url: url.href, origin: url.origin, sandbox: sandbox.join(' '), keepsOrigin: sandbox.includes('allow-same-origin') };
}

/**
 * A `link` service: the OPD's existing web app, opened in a new tab, or, when an admin allowed it,
 * shown here in a sandboxed iframe that talks to the shell through ./link-bridge.ts. The frame
 * loads only when the citizen asks ("Buka di sini"): the page stays light on a slow connection and
 * the OPD's site learns nothing of a citizen who only read the standar pelayanan.
 */
export class PalapaLinkService extends LitElement {
  static override properties = { service: { attribute: false }, state: { state: true }, height: { state: true } };
  declare service: ServiceDetail | undefined;
  declare state: EmbedState;
  declare height: number | null;
  private readonly i18n = new LocaleController(this);
  private bridge: LinkBridge | null = null;
  /** The embed the open frame shows, so that a changed service closes it. */
  private shown: string | null = null;

  static override styles = [
    theme,
    css`
      .actions {
        display: flex;
        flex-wrap: wrap;
        gap: 0.5rem 1rem;
        align-items: center;
      }
      .open-link {
        display: inline-flex;
        align-items: center;
        min-height: 44px;
        padding: 0.5rem 1rem;
        border-radius: 8px;
        background: var(--palapa-blue);
        color: #fff;
        text-decoration: none;
        font-weight: 600;
      }
      .embedded .open-link {
        background: transparent;
        color: var(--palapa-blue);
        border: 2px solid var(--palapa-blue);
      }
      .frame-status {
        color: var(--palapa-muted);
      }
      /* Empty but kept in the page: a live region must exist before what it announces. */
      .frame-status:empty {
        margin: 0;
      }
      iframe {
        display: block;
        box-sizing: border-box;
        width: 100%;
        height: min(75vh, 720px);
        min-height: 240px;
        border: 1px solid var(--palapa-border);
        border-radius: var(--palapa-radius);
        background: #fff;
      }
    `,
  ];

  constructor() {
    super();
    this.state = 'closed';
    this.height = null;
  }

  override disconnectedCallback() {
    super.disconnectedCallback();
    this.close();
  }

  protected override willUpdate(changed: PropertyValues<this>) {
    const embed = this.service ? embedOf(this.service, location.origin) : null;
    if (changed.has('service') && this.shown !== null && this.shown !== JSON.stringify(embed)) this.close();
  }

  protected override updated() {
    const embed = this.service ? embedOf(this.service, location.origin) : null;
    if (this.state === 'closed' || !embed || this.bridge) return;
    const frame = this.renderRoot.querySelector('iframe');
    this.bridge = new LinkBridge({
      host: window,
      frame: () => frame?.contentWindow ?? null,
      appOrigin: embed.origin,
      appKeepsOrigin: embed.keepsOrigin,
      portalOrigin: location.origin,
      locale: localeStore,
      navigate,
      onHello: () => (this.state = 'ready'),
      onResize: (height) => (this.height = height),
      onSilent: () => (this.state = 'silent'),
      helloTimeoutMs: HELLO_TIMEOUT_MS,
    });
    this.bridge.start();
  }

  private toggle(embed: Embed) {
    if (this.state !== 'closed') return this.close();
    this.shown = JSON.stringify(embed);
    this.state = 'loading';
  }

  private close() {
    this.bridge?.stop();
    this.bridge = null;
    this.shown = null;
    this.height = null;
    this.state = 'closed';
  }

  override render() {
    const service = this.service;
    if (!service?.linkUrl) return null;
    const name = pick(service.name, this.i18n.locale);
    const embed = embedOf(service, location.origin);
    if (!embed) {
      return html`<section>
        <a class="open-link" href=${service.linkUrl} target="_blank" rel="noopener noreferrer" data-external data-testid="open-new-tab"
          >${t('service.openLink', { name })}</a
        >
        <p>${t('service.openLinkNote', { opd: service.opd.name })}</p>
      </section>`;
    }
    const open = this.state !== 'closed';
    return html`<section class="embedded">
      <div class="actions">
        <button type="button" aria-expanded=${open ? 'true' : 'false'} aria-controls="embedded-app" data-testid="open-here" @click=${() => this.toggle(embed)}>
          ${open ? t('link.closeHere') : t('link.openHere')}
        </button>
        <a class="open-link" href=${embed.url} target="_blank" rel="noopener noreferrer" data-external data-testid="open-new-tab">${t('link.openNewTab')}</a>
      </div>
      <p>${t('link.embedNote', { name, opd: service.opd.name })}</p>
      <div id="embedded-app">${open ? this.renderFrame(embed, name, service.opd.name) : nothing}</div>
    </section>`;
  }

  private renderFrame(embed: Embed, name: string, opd: string) {
    const status = this.state === 'loading' ? t('link.loading', { name }) : this.state === 'silent' ? t('link.silent', { name }) : '';
    return html`<p class="frame-status" role="status" data-testid="frame-status">${status}</p>
      <iframe
        data-testid="embedded-app"
        src=${embed.url}
        sandbox=${embed.sandbox}
        title=${t('link.frameTitle', { name, opd })}
        referrerpolicy="no-referrer"
        allow=""
        style=${this.height === null ? '' : `height: ${this.height}px`}
        @load=${() => {
          if (this.state === 'loading') this.state = 'loaded';
        }}
      ></iframe>`;
  }
}

customElements.define('palapa-link-service', PalapaLinkService);

declare global {
  interface HTMLElementTagNameMap {
    'palapa-link-service': PalapaLinkService;
  }
}
