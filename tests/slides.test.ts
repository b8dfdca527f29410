// The generated Slidev source, parsed back with Slidev's own parser.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from '@slidev/parser';
import { PROJECT, copyFixture, editJson, runCli } from './helpers.js';
import { fsReader } from '../scripts/lib/reader.js';
import { loadContent } from '../scripts/load/load.js';
import { resolveKit } from '../scripts/load/kit.js';
import { createTranslator } from '../scripts/load/translator.js';
import { buildSession } from '../scripts/outputs/session.js';
import { renderSlides } from '../scripts/outputs/slides/render.js';
import { loadTemplate } from '../scripts/outputs/templates.js';

async function buildSlides(root: string) {
  const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'slides']);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
  const file = `${root}/dist/en-US/youth/slides.md`;
  return { source: readFileSync(file, 'utf8'), deck: await parse(readFileSync(file, 'utf8'), file) };
}

describe('slides.md', () => {
  it('has one slide per content slide for the audience, titles, notes and the stat source', async () => {
    const { deck } = await buildSlides(copyFixture('minimal'));
    // youth: cover, facts, hotline, check (the scenario slide is for parents only)
    expect(deck.slides.map((s) => s.frontmatter.title)).toEqual([
      'Fixture session for young people', 'A fact with a source', 'Where to get help', 'Quick check',
    ]);
    for (const slide of deck.slides) expect(slide.note).toMatch(/\*\*Say:\*\* \S/);
    const [, facts, hotline] = deck.slides;
    expect(facts?.content).toContain('6.3 million');
    expect(facts?.content).toContain('Source: ILO, Walk Free and IOM, Global Estimates of Modern Slavery (2022)');
    expect(hotline?.content).toContain('1-888-373-7888');
    expect(hotline?.content).toContain('233733 (BEFREE)');
    expect(hotline?.content).toContain('humantraffickinghotline.org');
    expect(deck.slides[0]?.frontmatter.fonts).toEqual(expect.objectContaining({ provider: 'none' }));
  });

  it('rejects Vue braces in a translation before anything is rendered', async () => {
    const root = copyFixture('minimal');
    editJson(`${root}/locales/en/intro.json`, (d) => { d.cover.title_youth = 'Hi {{ 7*7 }}'; });
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '-o', 'slides']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('locales/en/intro.json: cover.title_youth: unknown placeholder {{7*7}}');
  });

  it('keeps translator text inert even past validation: HTML, Vue braces and Slidev separators stay text', async () => {
    // The escaping layer on its own: strings are changed after loading, so validation never sees them.
    const content = loadContent(fsReader(copyFixture('minimal')));
    const intro = content.locales.get('en')!.namespaces.intro as any;
    intro.cover.title_youth = 'Hi <script>alert(1)</script> {{ 7*7 }}\n---\nlayout: end';
    intro.facts.notes.say = 'Note --> <img src=x onerror=alert(1)> {{ 6*6 }}\n---\n# not a slide';
    const kit = resolveKit('en-US', content);
    const session = buildSession(content, kit, content.audiences.get('youth')!, createTranslator(kit, content));
    const source = renderSlides(session, loadTemplate(fsReader(PROJECT), 'slides.md.hbs'));
    const deck = await parse(source, 'slides.md');
    expect(deck.slides).toHaveLength(4);
    expect(source).not.toContain('<script>');
    expect(source).toContain('title: "Hi scriptalert(1)/script  7*7  --- layout: end"');
    expect(source).not.toContain('<img');
    expect(source).not.toMatch(/^---\nlayout: end/m);
    // every line carrying the text is the title frontmatter or an element with v-pre, so Vue never compiles {{ }}
    const lines = source.split('\n').filter((l) => l.includes('7*7'));
    expect(lines.length).toBeGreaterThan(0);
    for (const line of lines) expect(line.startsWith('title:') || /^<[a-z0-9]+ [^>]*v-pre/.test(line)).toBe(true);
    const note = deck.slides[1]?.note ?? '';
    expect(note).toContain('--&gt;');
    expect(note).toContain('&lt;img');
    expect(note).toContain('\\{\\{ 6\\*6 \\}\\}');
  });

  it('designs each slide: layout classes, the module opener, myth/fact pairs, the help line, progress in the notes', async () => {
    const content = loadContent(fsReader(PROJECT));
    for (const tag of ['es-US', 'ar-US']) {
      const kit = resolveKit(tag, content);
      const session = buildSession(content, kit, content.audiences.get('parents')!, createTranslator(kit, content));
      const source = renderSlides(session, loadTemplate(fsReader(PROJECT), 'slides.md.hbs'));
      const deck = await parse(source, 'slides.md');
      const classes = deck.slides.map((s) => String(s.frontmatter.class ?? ''));
      const dir = kit.locale.meta.dir;
      // every slide but the hotline slide carries the help line, with the hotline's number as region data has it
      deck.slides.forEach((slide, i) => {
        const footer = slide.content.split('\n').find((l) => l.startsWith('<footer class="kit-footer"'));
        expect(footer, `slide ${i + 1}`).toMatch(new RegExp(`^<footer class="kit-footer" dir="${dir}" v-pre>`));
        expect(footer!.includes(`<bdi class="value">${session.t.vars.hotline.call}</bdi>`), `slide ${i + 1}`).toBe(!classes[i]!.includes('kit-hotline'));
        expect(slide.note, `slide ${i + 1}`).toMatch(/^\*.+ \d+\/\d+ · .+ · .+ \d+\/\d+ · .+\*/);
      });
      // a module opener on the first slide of modules after the welcome (not the hotline or myth/fact slide, nor a
      // slide whose text would not fit beside it)
      const openers = classes.filter((c) => c.includes('kit-opener')).length;
      expect(openers).toBeGreaterThan(2);
      expect(openers).toBeLessThanOrEqual(session.modules.length - 3);
      expect(deck.slides.find((s) => s.content.includes('<aside class="opener"'))!.content).toContain(session.modules[1]!.goal.slice(0, 40));
      // the myths slide as pairs, with the same words as its points
      const myths = session.modules.find((m) => m.id === 'myths-and-facts')!.slides.find((s) => s.id === 'myths')!;
      const mythSlide = deck.slides[classes.findIndex((c) => c.includes('kit-mythfact'))]!;
      expect(mythSlide.content.match(/<p class="fact">/g)).toHaveLength(myths.points.length);
      for (const point of myths.points) for (const word of point.split(/[\s:：.]+/).filter((w) => w.length > 3)) expect(mythSlide.content).toContain(word.replace(/'/g, '&#x27;'));
      for (const kind of ['scenario', 'activity', 'hotline', 'statement']) expect(classes.some((c) => c.includes(`kit-${kind}`)), kind).toBe(true);
    }
  });
});
