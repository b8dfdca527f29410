// The deck theme's stylesheet: the design tokens as CSS custom properties, the pictograms it uses as data URLs
// (lucide-static, bundled: nothing fetched), the body size of each fit step, then templates/deck.css.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { brandColors, cssVariables, SPACE, TYPE } from '../lib/design/tokens.js';
import { BODY_SIZES } from '../outputs/slides/design.js';

const require = createRequire(import.meta.url);

/** Pictograms by their role in the theme (templates/deck.css: var(--kit-icon-<role>)), lucide names. */
const ICONS: Record<string, string> = {
  help: 'phone',
  minutes: 'clock',
  activity: 'users',
  scenario: 'message-square-quote',
  check: 'circle-help',
  myth: 'circle-x',
  fact: 'circle-check',
  cover: 'heart-handshake',
  statement: 'lightbulb',
};

/** A lucide SVG as a CSS url(), its licence comment dropped (the package's ISC licence covers it). */
function iconUrl(name: string): string {
  const svg = readFileSync(require.resolve(`lucide-static/icons/${name}.svg`), 'utf8').replace(/<!--[\s\S]*?-->/g, '').replace(/\s+/g, ' ').trim();
  return `url("data:image/svg+xml,${encodeURIComponent(svg)}")`;
}

/** `brand`: the kit config's organization.color, in place of the kit's colour (cover, opener band, headings). */
export function deckTheme(css: string, brand?: string): string {
  const px = (n: number) => `${n}px`;
  const vars = [
    ...Object.entries(TYPE.slide).map(([name, size]) => `  --kit-type-${name}: ${px(size)};`),
    ...SPACE.map((space, i) => `  --kit-space-${i}: ${px(space)};`),
    ...Object.entries(ICONS).map(([role, name]) => `  --kit-icon-${role}: ${iconUrl(name)};`),
  ];
  const fits = BODY_SIZES.map((size, step) => `.slidev-layout.fit-${step} { --kit-body: ${px(size)}; }`);
  return `${cssVariables(brandColors(brand))}:root {\n${vars.join('\n')}\n}\n${fits.join('\n')}\n${css}`;
}
