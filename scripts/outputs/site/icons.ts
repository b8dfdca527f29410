// Pictograms from lucide-static (ISC licence), bundled into each page as one hidden SVG sprite: no request, and a
// page saved alone still shows them. Each is drawn with <svg><use href="#i-name"></svg>, aria-hidden.
import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { dirname, join } from 'node:path';

const ICONS = [
  'presentation', 'monitor-play', 'notebook-pen', 'book-open', 'book-open-text', 'file-text', 'file-code', 'printer',
  'id-card', 'megaphone', 'phone', 'message-square', 'globe', 'siren', 'heart-handshake', 'clock', 'list-ordered',
  'folder-down', 'languages', 'arrow-left', 'chevron-right', 'triangle-alert', 'info', 'clipboard-check',
];

const folder = join(dirname(createRequire(import.meta.url).resolve('lucide-static/package.json')), 'icons');

/** `<symbol id="i-phone" viewBox="0 0 24 24">…</symbol>` for each icon, in a hidden <svg>. */
function sprite(): string {
  const symbols = ICONS.map((name) => {
    const svg = readFileSync(join(folder, `${name}.svg`), 'utf8');
    const body = svg.slice(svg.indexOf('>', svg.indexOf('<svg')) + 1, svg.lastIndexOf('</svg>')).replace(/\s*\n\s*/g, '');
    return `<symbol id="i-${name}" viewBox="0 0 24 24">${body}</symbol>`;
  });
  return `<svg xmlns="http://www.w3.org/2000/svg" style="display:none" aria-hidden="true">${symbols.join('')}</svg>`;
}

let cached: string | undefined;
export const iconSprite = (): string => (cached ??= sprite());
