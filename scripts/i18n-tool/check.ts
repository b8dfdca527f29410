// `check`: turn locale reports into findings; errors fail CI, warnings are printed and pass.
import { nsFile } from './locales.js';
import type { KeyRef, LocaleReport } from '../lib/i18n/compare.js';

export interface Finding {
  level: 'error' | 'warning';
  file: string;
  key?: string;
  message: string;
  hint: string;
}

/** Keys listed in one summary line before "and N more". */
const LIST_LIMIT = 8;

export function findings(report: LocaleReport): Finding[] {
  return [
    ...metaFindings(report),
    ...report.problems.map((p): Finding => ({ level: p.level, file: p.file, key: p.key, message: p.message, hint: p.hint })),
    ...report.brokenPlurals.map((b): Finding => ({
      level: 'error', file: nsFile(report.tag, b.ns), key: b.base,
      message: `plural form${b.lacking.length === 1 ? '' : 's'} ${b.lacking.map((c) => `"${c}"`).join(', ')} ${b.lacking.length === 1 ? 'is' : 'are'} missing; ${report.tag} needs ${b.needed.join(', ')}`,
      hint: `add ${b.lacking.map((c) => `${b.base}_${c}`).join(', ')} (see TRANSLATING.md, plural keys)`,
    })),
    ...missingFindings(report),
    ...byFile(report.tag, report.outdated).map(([file, keys]): Finding => ({
      level: 'warning', file,
      message: `${keys.length} translation${keys.length === 1 ? ' was' : 's were'} made from older English text (or never stamped): ${listKeys(keys)}`,
      hint: `compare with the English (npm run i18n -- todo ${report.tag} ${keys[0]!.ns}), update, then run npm run i18n -- stamp ${report.tag} ${keys[0]!.ns}`,
    })),
    ...report.extra.map((e): Finding => ({
      level: 'warning', file: nsFile(report.tag, e.ns), key: e.key, message: `is not used: ${e.why}`, hint: 'delete it, or move the text to the key English uses',
    })),
  ];
}

function metaFindings(report: LocaleReport): Finding[] {
  const file = `locales/${report.tag}/meta.json`;
  const out: Finding[] = [];
  if (report.meta.status === 'source') {
    out.push({ level: 'error', file, key: 'status', message: 'only English is the source', hint: 'set "status": "draft" (or "reviewed" after a review)' });
  }
  if (report.meta.status === 'reviewed' && !report.meta.reviewedBy) {
    out.push({ level: 'error', file, key: 'reviewedBy', message: 'a reviewed translation names its reviewer', hint: 'add "reviewedBy": "<name, organization>" or set "status": "draft"' });
  }
  if (report.regional && !report.parent) {
    out.push({ level: 'warning', file: `locales/${report.tag}`, message: `is a regional folder, but locales/${report.tag.split('-')[0]} does not exist, so every other string is English`, hint: `start the language with: npm run i18n -- new ${report.tag.split('-')[0]}` });
  }
  return out;
}

/** Missing keys fail a reviewed locale (one finding each) and are summarized per file for a draft. */
function missingFindings(report: LocaleReport): Finding[] {
  const broken = new Set(report.brokenPlurals.flatMap((b) => b.lacking.map((c) => `${b.ns}:${b.base}_${c}`)));
  const missing = report.missing.filter((m) => !broken.has(`${m.ns}:${m.key}`));
  if (report.meta.status === 'reviewed') {
    return missing.map((m) => ({
      level: 'error', file: nsFile(report.tag, m.ns), key: m.key, message: 'is missing in a reviewed translation',
      hint: `translate it (npm run i18n -- todo ${report.tag} ${m.ns}) and have it reviewed, or set "status": "draft" in meta.json`,
    }));
  }
  return byFile(report.tag, missing).map(([file, keys]) => ({
    level: 'warning', file, message: `${keys.length} string${keys.length === 1 ? ' is' : 's are'} not translated yet, English is shown: ${listKeys(keys)}`,
    hint: `see them with: npm run i18n -- todo ${report.tag} ${keys[0]!.ns}`,
  }));
}

function byFile(tag: string, refs: KeyRef[]): Array<[string, KeyRef[]]> {
  const groups = new Map<string, KeyRef[]>();
  for (const ref of refs) groups.set(nsFile(tag, ref.ns), [...(groups.get(nsFile(tag, ref.ns)) ?? []), ref]);
  return [...groups];
}

function listKeys(keys: KeyRef[]): string {
  const shown = keys.slice(0, LIST_LIMIT).map((k) => k.key).join(', ');
  return keys.length > LIST_LIMIT ? `${shown} and ${keys.length - LIST_LIMIT} more` : shown;
}

export function formatFinding(f: Finding): string {
  const where = f.key ? `${f.file}: ${f.key}` : f.file;
  return `${f.level} ${where}: ${f.message}\n    fix: ${f.hint}`;
}
