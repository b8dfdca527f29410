// The minimal fixture built into a temporary folder: guide, handouts, wallet cards, flyer, manifest, index.
import { existsSync, readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import { copyFixture, pdfPages, pdfText, runCli } from './helpers.js';

let out = '';

beforeAll(async () => {
  const root = copyFixture('minimal');
  out = `${root}/dist`;
  const run = await runCli(['--content', root, '--out', out, '-o', 'slides,guide,handout,wallet,flyer']);
  expect(run.err).toBe('');
  expect(run.code).toBe(0);
});

describe('facilitator guide', () => {
  it('Markdown has the timing plan and every slide with its notes', () => {
    const md = readFileSync(`${out}/en-US/parents/facilitator-guide.md`, 'utf8');
    expect(md).toMatch(/\| 0:00 \| Introduction \| 8 \|/);
    expect(md).toMatch(/\| 0:08 \| Getting help \| 7 \|/);
    for (const note of ['Welcome the group', 'Read the statement', 'Read the scenario aloud', 'Point to the National Human Trafficking Hotline', 'the first is false']) {
      expect(md).toContain(note);
    }
    expect(md).toContain('## If someone discloses');
    expect(md).toContain('US Congress, Trafficking Victims Protection Act of 2000');
  });

  it('PDF carries the same notes and the hotline, in Letter and A4', () => {
    for (const paper of ['letter', 'a4']) {
      const text = pdfText(`${out}/en-US/parents/facilitator-guide-${paper}.pdf`).replace(/\s+/g, ' ');
      expect(text).toContain('Read the scenario aloud');
      expect(text).toContain('1-888-373-7888');
      expect(text).toContain('Timing plan');
    }
  });
});

describe('handouts', () => {
  it('each audience has a Letter and an A4 handout of at most two pages with the hotline block', () => {
    for (const audience of ['youth', 'parents']) {
      for (const paper of ['letter', 'a4']) {
        const file = `${out}/en-US/${audience}/handout-${paper}.pdf`;
        const text = pdfText(file);
        expect(text).toContain('1-888-373-7888');
        expect(text).toContain('233733');
        expect(text).toContain('humantraffickinghotline.org');
        expect(text).toContain('911');
        expect(pdfPages(file)).toBeLessThanOrEqual(2);
      }
    }
  });

  it('wallet cards and flyer carry the hotline', () => {
    for (const name of ['wallet-cards-letter', 'wallet-cards-a4', 'flyer-letter', 'flyer-a4']) {
      expect(pdfText(`${out}/en-US/${name}.pdf`)).toContain('1-888-373-7888');
    }
  });
});

describe('manifest and index', () => {
  it('list every artifact with size and hash', () => {
    const manifest = JSON.parse(readFileSync(`${out}/manifest.json`, 'utf8'));
    const paths = manifest.artifacts.map((a: { path: string }) => a.path);
    expect(paths).toContain('en-US/youth/handout-a4.pdf');
    expect(paths).toContain('en-US/flyer-letter.pdf');
    for (const a of manifest.artifacts) {
      expect(a.bytes).toBeGreaterThan(0);
      expect(a.sha256).toMatch(/^[0-9a-f]{64}$/);
    }
    const index = readFileSync(`${out}/index.html`, 'utf8');
    expect(index).toContain('href="en-US/index.html#parents"');
    expect(index).toContain('Parents and caregivers');
    expect(readFileSync(`${out}/en-US/index.html`, 'utf8')).toContain('href="youth/handout-letter.pdf"');
    expect(existsSync(`${out}/.staging`)).toBe(false);
  });

  it('same inputs give the same bytes', async () => {
    const first = readFileSync(`${out}/manifest.json`, 'utf8');
    const root = out.replace(/\/dist$/, '');
    const again = await runCli(['--content', root, '--out', out, '-o', 'slides,guide,handout,wallet,flyer']);
    expect(again.code).toBe(0);
    expect(readFileSync(`${out}/manifest.json`, 'utf8')).toBe(first);
  });
});
