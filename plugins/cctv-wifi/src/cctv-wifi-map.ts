/**
 * <cctv-wifi-map>: an inline SVG of Kota Mojokerto with the points projected on it. No tiles and no
 * network: the outline and the river are a few coordinates bundled with the plugin.
 *
 * The points form one roving-tabindex group, so a keyboard user tabs into the map once and moves
 * between points with the arrow keys (41 tab stops would bury the list behind the map). Enter or
 * Space chooses a point; the element says so with a `point-select` event and the app marks it in
 * the list too. A focused or chosen point shows its name as a label.
 */
import { LitElement, css, html, svg } from 'lit';
import { BRANTAS, CITY_OUTLINE, MAP_HEIGHT, MAP_WIDTH, pathThrough, project } from './city-geometry';
import type { PublicPoint } from './points';
import type { Strings } from './strings';

/** Fired when the citizen chooses a point on the map; `detail` is the point's id. */
export type PointSelectEvent = CustomEvent<string>;

const OUTLINE_PATH = pathThrough(CITY_OUTLINE, true);
const RIVER_PATH = pathThrough(BRANTAS, false);
// Just north of the river, near the west end, where no point sits.
const RIVER_LABEL = project({ lat: -7.4529, lon: 112.403 });

/**
 * Puts a label beside its marker on the side where it fits (estimating its width from its
 * length), or centred above the marker when it fits on neither side.
 */
function placeLabel(x: number, characters: number, k: number): { labelX: number; anchor: 'start' | 'end' | 'middle' } {
  const width = characters * 15 * 0.6 * k;
  const gap = 12 * k;
  if (x + gap + width <= MAP_WIDTH) return { labelX: x + gap, anchor: 'start' };
  if (x - gap - width >= 0) return { labelX: x - gap, anchor: 'end' };
  return { labelX: Math.min(Math.max(x, width / 2), MAP_WIDTH - width / 2), anchor: 'middle' };
}

export class CctvWifiMap extends LitElement {
  static override properties = {
    points: { attribute: false },
    selectedId: { attribute: false },
    strings: { attribute: false },
    typeLabels: { attribute: false },
    focusedId: { state: true },
    markerScale: { state: true },
  };

  static override styles = css`
    :host {
      display: block;
    }
    svg {
      display: block;
      width: 100%;
      height: auto;
      border: 1px solid #d0d7de;
      border-radius: 0.75rem;
      background: #f6f8f4;
    }
    .city {
      fill: #fffdf7;
      stroke: #8a7f6a;
      stroke-width: 2;
      stroke-dasharray: 6 4;
    }
    .river {
      fill: none;
      stroke: #7fb2e5;
      stroke-width: 7;
      stroke-linecap: round;
    }
    .river-label {
      fill: #2f5f8f;
      font-size: 13px;
      font-style: italic;
    }
    .point {
      cursor: pointer;
      outline: none;
    }
    .marker {
      stroke: #fff;
      stroke-width: calc(2px * var(--k, 1));
    }
    .point--cctv .marker {
      fill: #0b3d91;
    }
    .point--wifi .marker {
      fill: #0f7b3f;
    }
    .hit {
      fill: transparent;
    }
    .point[aria-pressed='true'] .marker {
      stroke: #f5b301;
      stroke-width: calc(4px * var(--k, 1));
    }
    .point:focus-visible .ring {
      stroke: #1f2328;
      stroke-width: calc(3px * var(--k, 1));
      fill: none;
    }
    .label {
      display: none;
      font-size: calc(15px * var(--k, 1));
      font-weight: 700;
      fill: #1f2328;
      paint-order: stroke;
      stroke: #fff;
      stroke-width: calc(4px * var(--k, 1));
      stroke-linejoin: round;
      pointer-events: none;
    }
    .point:focus-visible .label,
    .point[aria-pressed='true'] .label {
      display: inline;
    }
    @media (forced-colors: active) {
      .marker {
        fill: CanvasText;
      }
      .point[aria-pressed='true'] .marker,
      .point:focus-visible .ring {
        stroke: Highlight;
      }
    }
  `;

  declare points: readonly PublicPoint[];
  declare selectedId: string | null;
  declare strings: Strings | null;
  declare typeLabels: Readonly<Record<PublicPoint['type'], string>> | null;
  declare focusedId: string | null;
  /** How much to enlarge markers and labels so they stay readable and tappable on a narrow map. */
  declare markerScale: number;
  #resize: ResizeObserver | null = null;

  constructor() {
    super();
    this.points = [];
    this.selectedId = null;
    this.strings = null;
    this.typeLabels = null;
    this.focusedId = null;
    this.markerScale = 1;
  }

  override connectedCallback(): void {
    super.connectedCallback();
    // The drawing scales with its width; on a 360 px phone a 14-unit marker would be 6 px wide.
    // Scale markers back up to about the size they have on a wide screen.
    this.#resize = new ResizeObserver(([entry]) => {
      const width = entry?.contentRect.width ?? 0;
      if (width > 0) this.markerScale = Math.min(2.5, Math.max(1, (0.9 * MAP_WIDTH) / width));
    });
    this.#resize.observe(this);
  }

  override disconnectedCallback(): void {
    super.disconnectedCallback();
    this.#resize?.disconnect();
    this.#resize = null;
  }

  override willUpdate(changed: Map<PropertyKey, unknown>): void {
    // A point chosen in the list takes over the Tab stop, so Tab lands where the citizen looks.
    if (changed.has('selectedId')) this.focusedId = null;
  }

  override render() {
    const s = this.strings;
    if (!s) return null;
    // The point that takes the Tab stop: the one last focused, else the chosen one, else the first.
    const tabStop =
      this.points.find((point) => point.id === this.focusedId) ??
      this.points.find((point) => point.id === this.selectedId) ??
      this.points[0];
    // The chosen point is drawn last so its marker and label sit on top of its neighbours.
    const ordered = [...this.points].sort((a, b) => Number(a.id === this.selectedId) - Number(b.id === this.selectedId));
    return html`<svg
      viewBox="0 0 ${MAP_WIDTH} ${MAP_HEIGHT}"
      role="group"
      aria-label=${s.mapLabel}
      style="--k: ${this.markerScale}"
      data-testid="points-map"
      @keydown=${this.#onKeydown}
    >
      <path class="city" d=${OUTLINE_PATH} aria-hidden="true"></path>
      <path class="river" d=${RIVER_PATH} aria-hidden="true"></path>
      <text class="river-label" x=${RIVER_LABEL.x} y=${RIVER_LABEL.y} aria-hidden="true">${s.river}</text>
      ${ordered.map((point) => this.#renderPoint(point, point === tabStop))}
    </svg>`;
  }

  #renderPoint(point: PublicPoint, isTabStop: boolean) {
    const { x, y } = project(point);
    const selected = point.id === this.selectedId;
    const typeLabel = this.typeLabels?.[point.type] ?? point.type;
    const k = this.markerScale;
    const { labelX, anchor } = placeLabel(x, point.name.length, k);
    const labelY = anchor === 'middle' ? y - 14 * k : y + 5 * k;
    const marker =
      point.type === 'cctv'
        ? svg`<rect class="marker" x=${x - 7 * k} y=${y - 7 * k} width=${14 * k} height=${14 * k} rx=${2 * k}></rect>`
        : svg`<circle class="marker" cx=${x} cy=${y} r=${8 * k}></circle>`;
    return svg`<g
      class="point point--${point.type}"
      role="button"
      tabindex=${isTabStop ? 0 : -1}
      aria-pressed=${selected ? 'true' : 'false'}
      aria-label="${typeLabel}: ${point.name}"
      data-testid="map-point"
      data-id=${point.id}
      @click=${() => this.#choose(point.id)}
      @focus=${() => (this.focusedId = point.id)}
    >
      <circle class="hit" cx=${x} cy=${y} r=${16 * k}></circle>
      <circle class="ring" cx=${x} cy=${y} r=${13 * k} fill="none"></circle>
      ${marker}
      <text class="label" x=${labelX} y=${labelY} text-anchor=${anchor} aria-hidden="true">${point.name}</text>
    </g>`;
  }

  #choose(id: string): void {
    this.focusedId = id;
    this.dispatchEvent(new CustomEvent('point-select', { detail: id, bubbles: true, composed: true }));
  }

  #onKeydown = (event: KeyboardEvent): void => {
    const current = (event.target as Element | null)?.closest?.('[data-id]')?.getAttribute('data-id');
    const index = this.points.findIndex((point) => point.id === current);
    if (index < 0) return;
    const last = this.points.length - 1;
    const moves: Record<string, number> = {
      ArrowRight: Math.min(index + 1, last),
      ArrowDown: Math.min(index + 1, last),
      ArrowLeft: Math.max(index - 1, 0),
      ArrowUp: Math.max(index - 1, 0),
      Home: 0,
      End: last,
    };
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      this.#choose(this.points[index]?.id ?? '');
      return;
    }
    const target = moves[event.key];
    if (target === undefined) return;
    event.preventDefault();
    void this.#focusPoint(this.points[target]?.id ?? null);
  };

  async #focusPoint(id: string | null): Promise<void> {
    if (!id) return;
    this.focusedId = id;
    await this.updateComplete;
    this.renderRoot.querySelector<SVGGElement>(`[data-id="${CSS.escape(id)}"]`)?.focus();
  }
}

if (!customElements.get('cctv-wifi-map')) customElements.define('cctv-wifi-map', CctvWifiMap);

declare global {
  interface HTMLElementTagNameMap {
    'cctv-wifi-map': CctvWifiMap;
  }
  interface HTMLElementEventMap {
    'point-select': PointSelectEvent;
  }
}
