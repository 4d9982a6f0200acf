/**
 * The QR code of a booking code as an SVG template: uqr computes the modules, Lit draws them, so
 * no markup from anywhere is ever parsed into the page.
 */
import { svg, type SVGTemplateResult } from 'lit';
import { encode } from 'uqr';

/** One path of 1×1 squares for the dark modules, with a 4-module quiet zone (uqr's border). */
export function qrPath(text: string): { size: number; d: string } {
  const { data, size } = encode(text, { ecc: 'M', border: 4 });
  let d = '';
  data.forEach((row, y) => {
    row.forEach((dark, x) => {
      if (dark) d += `M${x} ${y}h1v1h-1z`;
    });
  });
  return { size, d };
}

export function qrSvg(text: string, label: string): SVGTemplateResult {
  const { size, d } = qrPath(text);
  return svg`<svg class="qr" viewBox="0 0 ${size} ${size}" role="img" aria-label=${label} shape-rendering="crispEdges" data-testid="booking-qr">
    <rect width=${size} height=${size} fill="#fff"></rect><path d=${d} fill="#000"></path>
  </svg>`;
}
