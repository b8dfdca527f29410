// Handlebars runs in strict mode; a template error names the template file.
import { mkdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { fsReader } from '../scripts/lib/reader.js';
import { KitError } from '../scripts/lib/errors.js';
import { escapeMarkdown, loadTemplate } from '../scripts/outputs/templates.js';
import { tempDir } from './helpers.js';

function templateDir(files: Record<string, string>): string {
  const root = tempDir('tpl-');
  mkdirSync(`${root}/templates`);
  for (const [name, text] of Object.entries(files)) writeFileSync(`${root}/templates/${name}`, text);
  return root;
}

describe('templates', () => {
  it('a value the data does not have is an error naming the template', () => {
    const render = loadTemplate(fsReader(templateDir({ 'page.hbs': '<h1>{{title}}</h1>{{subtitel}}' })), 'page.hbs');
    expect(() => render({ title: 'x' })).toThrow(KitError);
    try {
      render({ title: 'x' });
    } catch (e) {
      expect((e as KitError).format()).toMatch(/^templates\/page\.hbs: failed to render: "subtitel" not defined/);
    }
  });

  it('a syntax error is reported when the template is loaded', () => {
    expect(() => loadTemplate(fsReader(templateDir({ 'bad.hbs': '{{#each items}}' })), 'bad.hbs')).toThrow(/templates\/bad\.hbs|cannot be read or compiled/);
  });

  it('translated text is data: HTML-escaped, and never compiled as a template', () => {
    const render = loadTemplate(fsReader(templateDir({ 'p.hbs': '<p v-pre>{{oneline text}}</p>' })), 'p.hbs');
    expect(render({ text: '{{title}} <b>&\n---' })).toBe('<p v-pre>{{title}} &lt;b&gt;&amp; ---</p>');
  });

  it('the Markdown helper neutralises tags and entities but leaves quotes readable', () => {
    const render = loadTemplate(fsReader(templateDir({ 'g.md.hbs': '- {{md text}}' })), 'g.md.hbs', { markdown: true });
    expect(render({ text: `<script>x</script> &amp; "quoted" l'été` })).toBe(`- &#60;script&#62;x&#60;/script&#62; &#38;amp; "quoted" l'été`);
  });

  it('Markdown escaping keeps list markers, emphasis and braces literal', () => {
    expect(escapeMarkdown('- *one* {{x}} [a](b)')).toBe('\\- \\*one\\* \\{\\{x\\}\\} \\[a\\](b)');
  });
});
