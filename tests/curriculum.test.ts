// The curriculum topics of issue 13 reach the audiences and kits they belong to, and no others: sextortion (youth and
// parents), the young people a youth session must name, labor trafficking (healthcare), and US-only services
// (Take It Down, the CyberTipline) only in US kits. Sessions are built in process; printed text is read from the
// test run's shared build of every kit.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { PROJECT, pdfText, sharedDist } from './helpers.js';
import { fsReader } from '../scripts/lib/reader.js';
import { loadContent } from '../scripts/load/load.js';
import { allKitTags, resolveKit } from '../scripts/load/kit.js';
import { createTranslator } from '../scripts/load/translator.js';
import { buildSession, type Session } from '../scripts/outputs/session.js';

const content = loadContent(fsReader(PROJECT));
const KITS = allKitTags(content);
const english = resolveKit('en-US', content);

function session(tag: string, audience: string): Session {
  const kit = resolveKit(tag, content);
  return buildSession(content, kit, content.audiences.get(audience)!, createTranslator(kit, content));
}

const slideIds = (s: Session) => s.modules.flatMap((m) => m.slides.map((slide) => `${m.id}:${slide.id}`));
const slide = (s: Session, id: string) => s.modules.flatMap((m) => m.slides.map((x) => ({ ...x, key: `${m.id}:${x.id}` }))).find((x) => x.key === id);

const NEW_SLIDES: Record<string, string[]> = {
  youth: ['myths-and-facts:anyone-can-be-targeted', 'recruitment:sextortion', 'recruitment:sextortion-steps'],
  parents: ['recruitment:sextortion', 'responding-safely:sextortion-response'],
  healthcare: ['what-is-trafficking:labor-trafficking'],
  faith: [],
};
const US_ONLY: Record<string, string[]> = { youth: ['recruitment:take-it-down'], parents: ['responding-safely:sextortion-report'], healthcare: [], faith: [] };
const ALL_NEW = [...new Set([...Object.values(NEW_SLIDES).flat(), ...Object.values(US_ONLY).flat()])];

describe.each(KITS)('%s', (tag) => {
  const us = tag.endsWith('-US');

  it.each(['youth', 'parents', 'healthcare', 'faith'] as const)('%s: the new topics it should have, and no others', (audience) => {
    const ids = slideIds(session(tag, audience));
    const want = [...NEW_SLIDES[audience]!, ...(us ? US_ONLY[audience]! : [])];
    for (const id of want) expect(ids, id).toContain(id);
    for (const id of ALL_NEW.filter((x) => !want.includes(x))) expect(ids, id).not.toContain(id);
  });

  it('every new slide is translated: none falls back to the English text', () => {
    if (tag.startsWith('en-')) return;
    for (const audience of ['youth', 'parents', 'healthcare'] as const) {
      const own = session(tag, audience);
      const source = session(english.tag, audience);
      for (const id of [...NEW_SLIDES[audience]!, ...(us ? US_ONLY[audience]! : [])]) {
        const [mine, theirs] = [slide(own, id)!, slide(source, id)!];
        expect(mine.title, `${id}.title`).not.toBe(theirs.title);
        expect(mine.notes.say, `${id}.notes.say`).not.toBe(theirs.notes.say);
        mine.points.forEach((p, i) => expect(p, `${id}.points.${i}`).not.toBe(theirs.points[i]));
      }
    }
  });

  it('the young people left out are named in the youth session', () => {
    const text = JSON.stringify(slide(session(tag, 'youth'), 'myths-and-facts:anyone-can-be-targeted'));
    // Arabic names LGBTQIA+ people as its community says it ("mujtama' al-mim"); the others keep the English initials
    expect(text).toContain(tag.startsWith('ar-') ? 'مجتمع الميم' : 'LGBTQIA+');
  });

  it('labor trafficking cites the forced labour estimate with its source', () => {
    const labor = slide(session(tag, 'healthcare'), 'what-is-trafficking:labor-trafficking')!;
    expect(labor.citations.join(' ')).toContain('Global Estimates of Modern Slavery (2022)');
  });
});

describe('printed outputs of the shared build', () => {
  it.each(KITS)('%s: Take It Down and the CyberTipline are on the youth and parents slides only in US kits', (tag) => {
    const us = tag.endsWith('-US');
    for (const audience of ['youth', 'parents', 'healthcare', 'faith']) {
      const slides = readFileSync(`${sharedDist()}/${tag}/${audience}/slides.md`, 'utf8');
      const guide = readFileSync(`${sharedDist()}/${tag}/${audience}/facilitator-guide.md`, 'utf8');
      expect(slides.includes('takeitdown.ncmec.org'), `${tag}/${audience}`).toBe(us && ['youth', 'parents'].includes(audience));
      expect(slides.includes('report.cybertip.org'), `${tag}/${audience}`).toBe(us && ['youth', 'parents'].includes(audience));
      if (!us) for (const text of [slides, guide]) expect(text, `${tag}/${audience}`).not.toMatch(/takeitdown|cybertip|1-800-843-5678/i);
    }
  });

  it.each(KITS)('%s: the youth slides give the crisis line (988) for someone who feels hopeless only where region data has one', (tag) => {
    const crisis = session(tag, 'youth').region.crisis;
    const slides = readFileSync(`${sharedDist()}/${tag}/youth/slides.md`, 'utf8');
    const takeItDown = slide(session(tag, 'youth'), 'recruitment:take-it-down');
    if (crisis) {
      expect(takeItDown!.points.at(-1)).toContain(crisis.number);
      expect(takeItDown!.notes.say).toContain(crisis.name);
    } else {
      expect(takeItDown).toBeUndefined();
      expect(slides).not.toMatch(/\b988\b/);
    }
  });

  it.each(KITS)('%s: the guide of each changed session says what was shortened', (tag) => {
    for (const audience of ['youth', 'parents', 'healthcare']) {
      const guide = readFileSync(`${sharedDist()}/${tag}/${audience}/facilitator-guide.md`, 'utf8');
      const note = session(tag, audience).t.text('guide:timing.note', audience);
      expect(guide, `${tag}/${audience}`).toContain(note.slice(0, 30));
    }
    expect(session(tag, 'faith').t.has('guide:timing.note', 'faith')).toBe(false);
  });

  it.each(KITS)('%s: the youth and parents handouts carry the sextortion steps, in the kit language; the others do not', (tag) => {
    // Arabic marks (shadda, vowels) come out of the PDF in another order, so they are left out of the comparison
    const plain = (text: string) => text.replace(/[\u064B-\u0652\u202A-\u202E]/g, '').replace(/\s+/g, ' ');
    const headings = ['youth', 'parents'].map((a) => plain(session(tag, a).t.text('handout:sextortion.heading', a)));
    for (const audience of ['youth', 'parents', 'healthcare', 'faith']) {
      const text = plain(pdfText(`${sharedDist()}/${tag}/${audience}/handout-letter.pdf`));
      const shown = headings.filter((h) => text.includes(h));
      expect(shown, `${tag}/${audience}`).toEqual(audience === 'youth' ? [headings[0]] : audience === 'parents' ? [headings[1]] : []);
    }
    if (!tag.startsWith('en-')) expect(headings[0]).not.toBe(plain(session(english.tag, 'youth').t.text('handout:sextortion.heading', 'youth')));
  });

  it('the US parents guide PDF carries the reporting and removal steps', () => {
    const guide = pdfText(`${sharedDist()}/en-US/parents/facilitator-guide-letter.pdf`).replace(/\s+/g, ' ');
    expect(guide).toContain('takeitdown.ncmec.org');
    expect(guide).toContain('report.cybertip.org');
  });
});
