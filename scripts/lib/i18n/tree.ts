// Flat views of nested locale strings: "slide.points.0" -> "text".
/** Nested locale strings as i18next reads them: strings, lists of strings, and groups. */
export type StringTree = { [key: string]: string | string[] | StringTree };

export interface FlatString {
  key: string;
  value: string;
}

export function flatten(tree: StringTree, prefix = ''): FlatString[] {
  const out: FlatString[] = [];
  for (const [name, value] of Object.entries(tree)) {
    const key = prefix ? `${prefix}.${name}` : name;
    if (typeof value === 'string') out.push({ key, value });
    else if (Array.isArray(value)) value.forEach((v, i) => out.push({ key: `${key}.${i}`, value: v }));
    else out.push(...flatten(value, key));
  }
  return out;
}

const PLACEHOLDER = /\{\{\s*([^}]*?)\s*\}\}/g;

/** The text around the placeholders, each replaced by a space (their values come from data, never from the string). */
export const withoutPlaceholders = (text: string) => text.replace(PLACEHOLDER, ' ');

/** Placeholder names used in a string, e.g. ["hotline.call", "stats.modernSlavery2021"]. */
export function placeholders(text: string): string[] {
  return [...text.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** i18next context suffixes used by this project: key_youth -> key. */
export function baseKey(key: string, contexts: readonly string[]): string {
  return key.replace(new RegExp(`_(${contexts.join('|')})(?=\\.|$)`, 'g'), '');
}
