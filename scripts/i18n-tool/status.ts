// `status` (a table per locale) and `todo` (what a translator does next, with the English text and context).
import type { Workspace } from './locales.js';
import { nsFile } from './locales.js';
import { percentComplete, translatedCount, type KeyRef, type LocaleReport } from '../lib/i18n/compare.js';
import { describe } from './context.js';
import { items, splitPlural } from '../lib/i18n/units.js';

type Log = (line: string) => void;

const COLUMNS = ['locale', 'status', 'translated', 'missing', 'outdated', 'extra', 'placeholders', 'complete'];

export function printStatus(reports: LocaleReport[], log: Log): void {
  const rows = reports.map(statusRow);
  const widths = COLUMNS.map((c, i) => Math.max(c.length, ...rows.map((r) => r[i]!.length)));
  const line = (cells: string[]) => cells.map((c, i) => (i < 2 ? c.padEnd(widths[i]!) : c.padStart(widths[i]!))).join('  ').trimEnd();
  log(line(COLUMNS));
  log(widths.map((w) => '-'.repeat(w)).join('  '));
  for (const row of rows) log(line(row));
  log('');
  log('Counting: each string is one key; a list (points, questions, items) counts once as a whole.');
  log('translated = up to date with the English; outdated = English changed since (or never stamped);');
  log('regional folders hold overrides only (all of them are counted, outdated or not); nothing in them is missing.');
}

function statusRow(r: LocaleReport): string[] {
  const placeholders = r.problems.filter((p) => p.kind === 'placeholder').length;
  const common = [String(r.outdated.length), String(r.extra.length), String(placeholders)];
  if (r.regional) {
    return [r.tag, r.meta.status, `${r.translated.length + r.outdated.length} overrides`, '-', ...common, `regional of ${r.parent ?? 'en'}`];
  }
  return [r.tag, r.meta.status, String(translatedCount(r)), String(r.missing.length), ...common, `${percentComplete(r)}%`];
}

/** Missing and outdated keys, file by file, each with its English text and the translator description. */
export function printTodo(ws: Workspace, report: LocaleReport, onlyNs: string | undefined, log: Log): void {
  const work = [
    ...report.missing.map((ref) => ({ ref, why: missingWhy(ref) })),
    ...report.outdated.map((ref) => ({ ref, why: 'outdated: the English changed since this was translated (or it was never stamped)' })),
  ].filter((w) => !onlyNs || w.ref.ns === onlyNs);
  if (work.length === 0) {
    log(`${report.tag}: nothing to do${onlyNs ? ` in ${onlyNs}` : ''}. Run npm run i18n -- check ${report.tag} before you hand it in.`);
    return;
  }
  for (const ns of [...new Set(work.map((w) => w.ref.ns))]) {
    const inNs = work.filter((w) => w.ref.ns === ns);
    log(`${nsFile(report.tag, ns)}: ${inNs.length} to do`);
    for (const { ref, why } of inNs) printItem(ws, ref, why, log);
    log('');
  }
  log(`Translate into locales/${report.tag}/<file>.json using the same keys, then run:`);
  log(`  npm run i18n -- check ${report.tag}     (placeholders, numbers, plain text)`);
  log(`  npm run i18n -- stamp ${report.tag}     (records that your strings match the current English)`);
}

function missingWhy(ref: KeyRef): string {
  return ref.pluralOf ? `missing: plural form "${splitPlural(ref.key)?.category}" of ${ref.pluralOf}` : 'missing';
}

function printItem(ws: Workspace, ref: KeyRef, why: string, log: Log): void {
  log(`  ${ref.key}  (${why})`);
  const source = ref.source === undefined ? [] : items(ref.source);
  if (Array.isArray(ref.source)) {
    log('    English (a list):');
    for (const item of source) log(`      - ${item}`);
  } else {
    log(`    English: ${source[0] ?? ''}`);
  }
  const note = describe(ws, ref.ns, ref.key);
  if (note) log(`    Context: ${note}`);
}
