/**
 * Renders the PWA icons (192 and 512 px, and a maskable 512 px with the logo inside the safe
 * zone) from one SVG, in Debian's Chromium. Run once when the logo changes, then commit the PNGs:
 * `npx tsx shell/scripts/render-icons.ts`.
 */
import { writeFileSync } from 'node:fs';
import { chromium } from 'playwright-core';

const OUT = new URL('../public/icons/', import.meta.url);

// A palapa (the pavilion roof of Indonesian public halls) in gold on the portal's blue.
function logo(size: number, maskable: boolean): string {
  // Maskable icons may be cropped to a circle of 80 % of the size: keep the drawing inside it.
  const scale = maskable ? 0.62 : 0.82;
  const inset = (size * (1 - scale)) / 2;
  const radius = maskable ? 0 : size * 0.18;
  return `<svg xmlns="http://www.w3.org/2000/svg" width="${size}" height="${size}" viewBox="0 0 ${size} ${size}">
    <rect width="${size}" height="${size}" rx="${radius}" fill="#0b5394"/>
    <g transform="translate(${inset} ${inset}) scale(${(size * scale) / 100})">
      <path d="M50 8 L94 44 H80 L50 20 L20 44 H6 Z" fill="#f6b026"/>
      <path d="M24 48 H76 V54 H24 Z" fill="#f6b026"/>
      <rect x="28" y="56" width="8" height="30" fill="#ffffff"/>
      <rect x="46" y="56" width="8" height="30" fill="#ffffff"/>
      <rect x="64" y="56" width="8" height="30" fill="#ffffff"/>
      <rect x="16" y="86" width="68" height="8" rx="2" fill="#ffffff"/>
    </g>
  </svg>`;
}

const browser = await chromium.launch({ executablePath: process.env.CHROMIUM_PATH ?? '/usr/bin/chromium', args: ['--no-sandbox', '--disable-gpu'] });
try {
  const page = await browser.newPage();
  for (const [name, size, maskable] of [
    ['icon-192.png', 192, false],
    ['icon-512.png', 512, false],
    ['icon-maskable-512.png', 512, true],
  ] as const) {
    await page.setViewportSize({ width: size, height: size });
    await page.setContent(`<style>html,body{margin:0;background:transparent}</style>${logo(size, maskable)}`);
    const png = await page.locator('svg').screenshot({ omitBackground: true });
    writeFileSync(new URL(name, OUT), png);
    console.log(`${name}: ${png.length} bytes`);
  }
} finally {
  await browser.close();
}
