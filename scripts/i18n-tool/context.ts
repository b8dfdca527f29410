// Translator descriptions from locales/en/_context.json: { "<ns>": { "<key or pattern>": "description" } }.
// A "*" segment in a pattern matches one key segment ("*.points" matches "goals.points"); the namespace "*"
// applies to every module namespace. Exact keys win over patterns, and a namespace's own notes over "*".
import { baseKey } from '../lib/i18n/tree.js';
import { splitPlural, units } from '../lib/i18n/units.js';
import type { Workspace } from './locales.js';
import type { Finding } from './check.js';

const CONTEXT_FILE = 'locales/en/_context.json';

export function describe(ws: Workspace, ns: string, key: string): string | undefined {
  const keys = lookupKeys(key, ws.audiences);
  const scopes = [ws.context[ns], ws.modules.includes(ns) ? ws.context['*'] : undefined];
  for (const scope of scopes) {
    if (!scope) continue;
    for (const k of keys) if (scope[k] !== undefined) return scope[k];
    for (const k of keys) {
      const hit = Object.entries(scope).find(([pattern]) => pattern.includes('*') && matchesPattern(pattern, k));
      if (hit) return hit[1];
    }
  }
  return undefined;
}

/** The key, then the key without audience variant, then its plural group ("minutes_few" -> "minutes", "minutes_other"). */
function lookupKeys(key: string, audiences: string[]): string[] {
  const plain = baseKey(key, audiences);
  const plural = splitPlural(plain);
  return [...new Set([key, plain, ...(plural ? [plural.base, `${plural.base}_other`] : [])])];
}

export function matchesPattern(pattern: string, key: string): boolean {
  const p = pattern.split('.');
  const k = key.split('.');
  return p.length === k.length && p.every((seg, i) => seg === '*' || seg === k[i]);
}

/** Descriptions that match no English key any more (renamed keys, typos). */
export function contextFindings(ws: Workspace): Finding[] {
  const out: Finding[] = [];
  for (const [ns, notes] of Object.entries(ws.context)) {
    const namespaces = ns === '*' ? ws.modules : [ns];
    if (namespaces.some((n) => !ws.english.namespaces[n])) {
      out.push({ level: 'warning', file: CONTEXT_FILE, key: ns, message: 'names no English namespace', hint: 'use a file name from locales/en without .json, or "*" for every module' });
      continue;
    }
    const keys = namespaces.flatMap((n) => [...units(ws.english.namespaces[n]!).keys()]).flatMap((k) => lookupKeys(k, ws.audiences));
    for (const pattern of Object.keys(notes).filter((p) => !keys.some((k) => k === p || matchesPattern(p, k)))) {
      out.push({ level: 'warning', file: CONTEXT_FILE, key: `${ns}: ${pattern}`, message: 'describes no English key', hint: 'fix the key or pattern, or delete the description' });
    }
  }
  return out;
}
