// Helpers for PDF tests: run poppler/qpdf/zbar on real outputs; tests skip when a tool is missing.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import type { DocMeta, Run } from '../../scripts/lib/pdf/index.js';

export function hasTool(name: string): boolean {
  return ['/usr/bin', '/usr/local/bin', '/bin'].some((dir) => existsSync(join(dir, name))) ||
    spawnSync('sh', ['-c', `command -v ${name}`]).status === 0;
}

export const missing = (tool: string, pkg: string) => `${tool} is not installed (Debian package ${pkg}); skipped`;

const dir = mkdtempSync(join(tmpdir(), 'pdf-test-'));
let counter = 0;

/** Writes the PDF to a temporary file and returns its path. */
export function save(pdf: Uint8Array, name = 'out'): string {
  const path = join(dir, `${name}-${counter++}.pdf`);
  writeFileSync(path, pdf);
  return path;
}

function run(cmd: string, args: string[]): { out: string; status: number | null } {
  const r = spawnSync(cmd, args, { encoding: 'utf8' });
  return { out: `${r.stdout ?? ''}${r.stderr ?? ''}`, status: r.status };
}

export function pdftotext(pdf: Uint8Array, layout = false): string {
  const r = spawnSync('pdftotext', [...(layout ? ['-layout'] : []), save(pdf, 'text'), '-'], { encoding: 'utf8' });
  return r.stdout;
}

export function pdfinfo(pdf: Uint8Array): Record<string, string> {
  const info: Record<string, string> = {};
  for (const line of run('pdfinfo', [save(pdf, 'info')]).out.split('\n')) {
    const m = /^([^:]+):\s*(.*)$/.exec(line);
    if (m) info[m[1]!] = m[2]!;
  }
  return info;
}

export function structText(pdf: Uint8Array): string {
  return run('pdfinfo', ['-struct-text', save(pdf, 'struct')]).out;
}

export function qpdfCheck(pdf: Uint8Array): { ok: boolean; out: string } {
  const r = run('qpdf', ['--check', save(pdf, 'qpdf')]);
  return { ok: r.status === 0, out: r.out };
}

/** Rasterizes page 1 at 200 dpi and returns what zbarimg decodes (one string per symbol). */
export function decodeQr(pdf: Uint8Array): string[] {
  const path = save(pdf, 'qr');
  const prefix = path.replace(/\.pdf$/, '');
  run('pdftoppm', ['-r', '200', '-png', '-singlefile', path, prefix]);
  const png = `${prefix}.png`;
  if (!existsSync(png)) return [];
  return run('zbarimg', ['-q', '--raw', png]).out.split('\n').map((s) => s.trim()).filter((s) => s && !/dbus|Connection/i.test(s));
}

/** Text with runs of white space collapsed, for robust `contains` checks. */
export function squash(text: string): string {
  return text.replace(/[\u202A-\u202E\u2066-\u2069]/g, '').replace(/\s+/g, ' ');
}

export const LRI = '\u2066';
export const PDI = '\u2069';
export const iso = (s: string) => `${LRI}${s}${PDI}`;

export const HOTLINE = '1-888-373-7888';
export const TEXTLINE = '233733';

export function meta(over: Partial<DocMeta> = {}): DocMeta {
  return { title: 'Test handout', lang: 'en-US', dir: 'ltr', script: 'latin', paper: 'letter', ...over };
}

export const hotlineLines: Run[][] = [
  [{ text: 'Call ' }, { text: HOTLINE, bold: true }],
  [{ text: 'Text ' }, { text: TEXTLINE, bold: true }],
];

export const LOREM = 'Traffickers often target people they already know: a partner, a relative, an employer or a new ' +
  'friend met online. They promise love, work or a better life, then use force, fraud or coercion to control them. ';

export interface Word { text: string; xMin: number; yMin: number; xMax: number }

/** Words with their boxes (pdftotext -bbox), page 1, in content order. */
export function bboxWords(pdf: Uint8Array): Word[] {
  const r = spawnSync('pdftotext', ['-bbox', '-f', '1', '-l', '1', save(pdf, 'bbox'), '-'], { encoding: 'utf8' });
  const words: Word[] = [];
  for (const m of r.stdout.matchAll(/<word xMin="([\d.]+)" yMin="([\d.]+)" xMax="([\d.]+)"[^>]*>([^<]*)<\/word>/g)) {
    words.push({ xMin: Number(m[1]), yMin: Number(m[2]), xMax: Number(m[3]), text: m[4]!.replace(/&amp;/g, '&') });
  }
  return words;
}
