// Handlebars in strict mode. Templates are ours; translator strings only ever arrive as data.
import Handlebars from 'handlebars';
import { KitError } from '../lib/errors.js';
import type { Reader } from '../lib/reader.js';

export type Template = (data: object) => string;

const hb = Handlebars.create();

/** Collapse all white space, so translated text can never start a new Slidev or Markdown line. */
export function oneLine(text: string): string {
  return text.replace(/\s+/g, ' ').trim();
}

/** Digit groups joined by dashes or spaces with 6 or more digits in all: phone numbers (a year range such as 2020-2022 is kept whole too, which does no harm). */
export function keepNumbersWhole(html: string): string {
  return html.replace(/\d[\d -]*[ -][\d -]*\d/g, (m) => (m.replace(/\D/g, '').length >= 6 ? `<span class="nobreak">${m}</span>` : m));
}

/** Escape Markdown syntax; HTML characters are escaped separately by the caller's context. */
export function escapeMarkdown(text: string): string {
  return oneLine(text).replace(/[\\`*_[\]#|~{}]/g, '\\$&').replace(/^([-+>]|\d+[.)])/, '\\$1');
}

hb.registerHelper('oneline', (text: unknown) => oneLine(String(text ?? '')));
// Slide text that may hold a phone number from region data ("call 1-800-843-5678"): escaped for HTML, on one line,
// and the number kept whole, since a browser may break a line after any of its dashes.
hb.registerHelper('slidetext', (text: unknown) => new Handlebars.SafeString(keepNumbersWhole(hb.escapeExpression(oneLine(String(text ?? ''))))));
hb.registerHelper('json', (value: unknown) => JSON.stringify(value ?? null));
// Frontmatter titles reach Slidev's page title and table of contents: keep them plain text.
hb.registerHelper('plainjson', (value: unknown) => JSON.stringify(oneLine(String(value ?? '')).replace(/[<>{}]/g, '')));
// Markdown syntax only: for templates where Handlebars itself escapes HTML (slides.md notes).
hb.registerHelper('mdsyntax', (text: unknown) => escapeMarkdown(String(text ?? '')));
// For Markdown files compiled with noEscape: Markdown syntax, and the HTML that Markdown would pass through
// (tags and entities); quotes and apostrophes stay readable in the raw file.
hb.registerHelper('md', (text: unknown) => escapeMarkdown(String(text ?? '')).replace(/<|>|&(?=#?\w+;)/g, (c) => `&#${c.charCodeAt(0)};`));
hb.registerHelper('eq', (a: unknown, b: unknown) => a === b);
hb.registerHelper('inc', (n: unknown) => Number(n) + 1);

/** Compile templates/<name>; errors, at compile or render time, name the template file. */
export function loadTemplate(reader: Reader, name: string, options: { markdown?: boolean } = {}): Template {
  const file = `templates/${name}`;
  let compiled: HandlebarsTemplateDelegate;
  try {
    const source = reader.readText(file);
    hb.parse(source); // compile() is lazy: parse now so syntax errors surface before any rendering
    compiled = hb.compile(source, { strict: true, noEscape: !!options.markdown });
  } catch (cause) {
    throw new KitError({ file, message: `cannot be read or compiled: ${(cause as Error).message}`, hint: 'fix the template syntax', cause });
  }
  return (data) => {
    try {
      return compiled(data);
    } catch (cause) {
      throw new KitError({ file, message: `failed to render: ${(cause as Error).message}`, hint: 'a template refers to a value the data does not have', cause });
    }
  };
}
