// Clear errors for specs that cannot produce a correct document.
import type { DocMeta } from './types.js';
import { PAPER } from './layout/theme.js';

export function checkMeta(meta: DocMeta, what: string): void {
  const problems: string[] = [];
  if (!meta.title?.trim()) problems.push('title is empty (it becomes the PDF title screen readers announce)');
  if (!meta.lang?.trim()) problems.push('lang is empty (use a BCP 47 tag such as "en-US")');
  if (!(meta.paper in PAPER)) problems.push(`paper "${meta.paper}" is not "letter" or "a4"`);
  if (meta.dir !== 'ltr' && meta.dir !== 'rtl') problems.push(`dir "${meta.dir}" is not "ltr" or "rtl"`);
  if (!['latin', 'arabic', 'han', 'cyrillic'].includes(meta.script)) problems.push(`script "${meta.script}" is unknown`);
  if (problems.length) throw new Error(`${what}: ${problems.join('; ')}`);
}
