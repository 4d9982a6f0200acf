/**
 * <cctv-wifi-app>: the public CCTV cameras and free wifi points of Kota Mojokerto. The citizen
 * searches as they type, narrows by type and kecamatan, and finds each point on a map and in a
 * list that stay in step: choosing a point in one marks it in the other.
 */
import { LitElement, css, html } from 'lit';
import { ShellLocaleController, type ShellContext } from '@palapa/sdk';
import { pluginBaseStyles } from '@palapa/sdk/styles';
import './cctv-wifi-map';
import type { PointSelectEvent } from './cctv-wifi-map';
import { EMPTY_QUERY, filterPoints, kelurahanChoices, withKecamatan, type PointQuery } from './filter-points';
import { KECAMATAN, PUBLIC_POINTS, kecamatanName, type KecamatanSlug, type PointType, type PublicPoint } from './points';
import { fill, stringsFor, type Strings } from './strings';

const cctvIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M3 6h12l2 2v2l4-2v8l-4-2v2l-2 2H3zM5 20h6v2H5z" />
</svg>`;
const wifiIcon = html`<svg viewBox="0 0 24 24" aria-hidden="true" focusable="false">
  <path d="M12 20a2 2 0 1 0 0-4 2 2 0 0 0 0 4zM5.6 12.6l1.5 1.5a7 7 0 0 1 9.8 0l1.5-1.5a9 9 0 0 0-12.8 0zM2.4 9.4l1.5 1.5a11.5 11.5 0 0 1 16.2 0l1.5-1.5a13.6 13.6 0 0 0-19.2 0z" />
</svg>`;

function typeLabels(s: Strings): Record<PointType, string> {
  return { cctv: s.typeCctv, wifi: s.typeWifi };
}

export class CctvWifiApp extends LitElement {
  static override properties = {
    shell: { attribute: false },
    query: { state: true },
    selectedId: { state: true },
  };

  /** After the SDK's base rules (host, sizing, heading scale, helper-text colour), which this sheet refines. */
  static override styles = [
    pluginBaseStyles,
    css`
    .app {
      max-width: 70rem;
      margin: 0 auto;
      padding: 1rem;
    }
    .intro {
      margin-top: 0.5rem;
    }
    .controls {
      display: grid;
      gap: 0.75rem;
      margin: 1rem 0 0.5rem;
    }
    label,
    legend {
      display: block;
      font-weight: 600;
      margin-bottom: 0.25rem;
    }
    input[type='search'],
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
    fieldset {
      margin: 0;
      padding: 0;
      border: 0;
      min-width: 0;
    }
    .segments {
      display: flex;
      gap: 0.5rem;
      flex-wrap: wrap;
    }
    .segment {
      position: relative;
    }
    .segment input {
      position: absolute;
      opacity: 0;
      inset: 0;
      margin: 0;
    }
    .segment span {
      display: inline-flex;
      align-items: center;
      min-height: 44px;
      padding: 0.5rem 1rem;
      border: 1px solid #6e7781;
      border-radius: 999px;
      background: #fff;
      cursor: pointer;
    }
    .segment input:checked + span {
      background: #0b3d91;
      border-color: #0b3d91;
      color: #fff;
      font-weight: 600;
    }
    .segment input:focus-visible + span,
    input[type='search']:focus-visible,
    select:focus-visible,
    button:focus-visible {
      outline: 3px solid #0b3d91;
      outline-offset: 2px;
    }
    .count {
      margin: 0.5rem 0;
      font-weight: 600;
    }
    .layout {
      display: grid;
      gap: 1rem;
    }
    .hint {
      margin-top: 0.25rem;
      font-size: 0.9rem;
    }
    ul {
      list-style: none;
      margin: 0;
      padding: 0;
      display: grid;
      gap: 0.5rem;
    }
    .item {
      display: grid;
      grid-template-columns: auto 1fr;
      gap: 0.25rem 0.75rem;
      width: 100%;
      min-height: 48px;
      padding: 0.75rem;
      border: 1px solid #d0d7de;
      border-radius: 0.75rem;
      background: #fff;
      color: inherit;
      font: inherit;
      text-align: left;
      cursor: pointer;
    }
    .item[aria-pressed='true'] {
      border: 2px solid #f5b301;
      background: #fff8e1;
    }
    .item svg {
      width: 1.5rem;
      height: 1.5rem;
      fill: currentColor;
      grid-row: span 2;
    }
    .item--cctv svg {
      color: #0b3d91;
    }
    .item--wifi svg {
      color: #0f7b3f;
    }
    .item__name {
      font-weight: 700;
    }
    .item__meta {
      color: #4b5563;
      font-size: 0.95rem;
    }
    .type {
      font-weight: 600;
    }
    .empty {
      padding: 1rem;
      border: 1px dashed #6e7781;
      border-radius: 0.75rem;
      display: grid;
      gap: 0.5rem;
      justify-items: start;
    }
    .reset {
      min-height: 44px;
      padding: 0.5rem 1rem;
      border: 1px solid #0b3d91;
      border-radius: 0.5rem;
      background: #fff;
      color: #0b3d91;
      font: inherit;
      font-weight: 600;
      cursor: pointer;
    }
    .note {
      margin-top: 1rem;
      font-size: 0.85rem;
    }
    @media (min-width: 48rem) {
      .controls {
        grid-template-columns: 1fr 1fr;
        align-items: end;
      }
      .layout {
        grid-template-columns: 3fr 2fr;
        align-items: start;
      }
      .list {
        max-height: 36rem;
        overflow-y: auto;
      }
    }
    @media (min-width: 72rem) {
      .controls {
        grid-template-columns: 2fr auto 1fr 1fr;
      }
    }
    @media (forced-colors: active) {
      .item[aria-pressed='true'] {
        border-color: Highlight;
      }
    }
  `,
  ];

  declare shell: ShellContext | null;
  declare query: PointQuery;
  declare selectedId: string | null;
  readonly #locale = new ShellLocaleController(this, () => this.shell);

  constructor() {
    super();
    this.shell = null;
    this.query = EMPTY_QUERY;
    this.selectedId = null;
  }

  override render() {
    const locale = this.#locale.locale;
    const s = stringsFor(locale);
    const found = filterPoints(PUBLIC_POINTS, this.query);
    const selectedId = found.some((point) => point.id === this.selectedId) ? this.selectedId : null;
    return html`
      <section class="app" data-testid="cctv-wifi-app" lang=${locale} aria-labelledby="cctv-wifi-title">
        <h2 id="cctv-wifi-title">${s.title}</h2>
        <p class="intro">${s.intro}</p>
        ${this.#renderControls(s)}
        <p class="count" role="status" data-testid="result-count">${fill(s.resultCount, { count: found.length })}</p>
        ${found.length === 0 ? this.#renderEmpty(s) : this.#renderResults(found, selectedId, s)}
        <p class="note">${s.dataNote}</p>
      </section>
    `;
  }

  #renderControls(s: Strings) {
    const types: Array<[PointQuery['type'], string]> = [
      ['all', s.typeAll],
      ['cctv', s.typeCctv],
      ['wifi', s.typeWifi],
    ];
    return html`<div class="controls">
      <div>
        <label for="point-search">${s.searchLabel}</label>
        <input
          id="point-search"
          type="search"
          data-testid="point-search"
          autocomplete="off"
          placeholder=${s.searchPlaceholder}
          .value=${this.query.text}
          @input=${(event: Event) => this.#update({ text: (event.target as HTMLInputElement).value })}
        />
      </div>
      <fieldset>
        <legend>${s.typeLegend}</legend>
        <div class="segments">
          ${types.map(
            ([value, label]) => html`<label class="segment">
              <input
                type="radio"
                name="point-type"
                value=${value}
                data-testid="type-filter-${value}"
                .checked=${this.query.type === value}
                @change=${() => this.#update({ type: value })}
              /><span>${label}</span>
            </label>`,
          )}
        </div>
      </fieldset>
      <div>
        <label for="kecamatan-filter">${s.kecamatanLabel}</label>
        <select
          id="kecamatan-filter"
          data-testid="kecamatan-filter"
          @change=${(event: Event) =>
            (this.query = withKecamatan(this.query, (event.target as HTMLSelectElement).value as KecamatanSlug | 'all'))}
        >
          <option value="all" .selected=${this.query.kecamatan === 'all'}>${s.kecamatanAll}</option>
          ${KECAMATAN.map(
            (kecamatan) =>
              html`<option value=${kecamatan.slug} .selected=${this.query.kecamatan === kecamatan.slug}>${kecamatan.name}</option>`,
          )}
        </select>
      </div>
      <div>
        <label for="kelurahan-filter">${s.kelurahanLabel}</label>
        <select
          id="kelurahan-filter"
          data-testid="kelurahan-filter"
          @change=${(event: Event) => this.#update({ kelurahan: (event.target as HTMLSelectElement).value })}
        >
          <option value="all" .selected=${this.query.kelurahan === 'all'}>${s.kelurahanAll}</option>
          ${kelurahanChoices(this.query.kecamatan).map(
            (kelurahan) => html`<option value=${kelurahan} .selected=${this.query.kelurahan === kelurahan}>${kelurahan}</option>`,
          )}
        </select>
      </div>
    </div>`;
  }

  #renderResults(found: readonly PublicPoint[], selectedId: string | null, s: Strings) {
    const labels = typeLabels(s);
    return html`<div class="layout">
      <div>
        <cctv-wifi-map
          .points=${found}
          .selectedId=${selectedId}
          .strings=${s}
          .typeLabels=${labels}
          @point-select=${(event: PointSelectEvent) => this.#select(event.detail, 'map')}
        ></cctv-wifi-map>
        <p class="hint">${s.mapHint}</p>
      </div>
      <ul class="list" role="list" aria-label=${s.listLabel} data-testid="points-list">
        ${found.map((point) => this.#renderItem(point, point.id === selectedId, labels, s))}
      </ul>
    </div>`;
  }

  #renderItem(point: PublicPoint, selected: boolean, labels: Record<PointType, string>, s: Strings) {
    return html`<li>
      <button
        type="button"
        class="item item--${point.type}"
        aria-pressed=${selected ? 'true' : 'false'}
        data-testid="point-item"
        data-id=${point.id}
        @click=${() => this.#select(point.id, 'list')}
      >
        ${point.type === 'cctv' ? cctvIcon : wifiIcon}
        <span class="item__name">${point.name}</span>
        <span class="item__meta">
          <span class="type">${labels[point.type]}</span> · ${point.address} · ${s.kelurahan} ${point.kelurahan} ·
          ${s.kecamatan} ${kecamatanName(point.kecamatan)}
        </span>
      </button>
    </li>`;
  }

  #renderEmpty(s: Strings) {
    const text = this.query.text.trim();
    return html`<div class="empty" data-testid="points-empty">
      <p>${text ? fill(s.emptyWithText, { query: text }) : s.emptyNoText}</p>
      <p>${s.emptyHint}</p>
      <button type="button" class="reset" data-testid="points-reset" @click=${this.#reset}>${s.reset}</button>
    </div>`;
  }

  #update(change: Partial<PointQuery>): void {
    this.query = { ...this.query, ...change };
  }

  #reset = (): void => {
    this.query = EMPTY_QUERY;
    void this.updateComplete.then(() => this.renderRoot.querySelector<HTMLInputElement>('#point-search')?.focus());
  };

  /** Marks a point in both views; a choice made on the map scrolls the list to it. */
  async #select(id: string, from: 'map' | 'list'): Promise<void> {
    this.selectedId = id;
    if (from !== 'map') return;
    await this.updateComplete;
    this.renderRoot
      .querySelector(`[data-testid="point-item"][data-id="${CSS.escape(id)}"]`)
      ?.scrollIntoView({ block: 'nearest' });
  }
}

// The registry is page-global: if this bundle is evaluated twice (the shell reloading a remote),
// keep the first definition instead of throwing during bootstrap.
if (!customElements.get('cctv-wifi-app')) customElements.define('cctv-wifi-app', CctvWifiApp);

declare global {
  interface HTMLElementTagNameMap {
    'cctv-wifi-app': CctvWifiApp;
  }
}
