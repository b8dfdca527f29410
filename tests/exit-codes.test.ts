// Exit codes, from one table in cli.ts: 1 content or config, 2 command line, 3 a bug, 4 an external tool.
// Each failure names its file and key and leaves the output folder as it was.
import { mkdirSync, readdirSync, writeFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, copyFixture, editJson, runCli, tempDir } from './helpers.js';
import { buildDeck } from '../scripts/lib/tools/slidev.js';
import { KitError } from '../scripts/lib/errors.js';
import { EXIT } from '../scripts/cli.js';

async function buildInto(root: string, args: string[]) {
  const out = `${root}/dist`;
  mkdirSync(out, { recursive: true });
  writeFileSync(`${out}/earlier.txt`, 'earlier output');
  const run = await runCli(['--content', root, '--out', out, ...args]);
  expect(readdirSync(out)).toEqual(['earlier.txt']);
  return run;
}

describe('exit codes', () => {
  it('an unknown audience on the command line is a usage mistake: 2', async () => {
    const run = await buildInto(copyFixture('minimal'), ['-o', 'slides', '-a', 'teens']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('command line: audiences: unknown audience "teens"');
  });

  it('a kit with no region data on the command line: 2', async () => {
    const run = await buildInto(copyFixture('minimal'), ['-o', 'slides', '-k', 'en-CA']);
    expect(run.code).toBe(2);
    expect(run.err).toContain('no region data for CA');
  });

  it('the same kit named in kit.config.yaml is a config problem: 1, naming the file', async () => {
    const root = copyFixture('minimal');
    writeFileSync(`${root}/kit.config.yaml`, 'kits: [en-CA]\n');
    const run = await buildInto(root, ['-o', 'slides']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('kit.config.yaml: kits: no region data for CA');
  });

  it('a corrupt logo (right extension, wrong bytes) is a config problem: 1, naming organization.logo', async () => {
    const root = copyFixture('minimal');
    const community = copyFixture('community');
    writeFileSync(`${community}/logo.png`, 'not a picture at all');
    const run = await buildInto(root, ['--config', `${community}/kit.config.yaml`, '-o', 'handout']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('kit.config.yaml: organization.logo: "./logo.png" is not a readable PNG image');
    expect(run.err).not.toMatch(/\n\s+at /); // a message, not a stack trace
  });

  it('a block taller than a page is content that does not fit: 1, naming the strings', async () => {
    const root = copyFixture('minimal');
    // a module title long enough that its row of the guide's timing table is taller than a page
    editJson(`${root}/locales/en/intro.json`, (d) => { d.module.title = Array.from({ length: 900 }, () => 'Word').join(' '); });
    const run = await buildInto(root, ['-o', 'guide']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('locales/en: (en-US/youth/facilitator-guide.md');
    expect(run.err).toContain('does not fit: A block is taller than a whole page');
  });

  it('a Slidev failure is an external tool failing, with code "tool" (exit 4)', async () => {
    const empty = tempDir('no-slides-');
    const error = await buildDeck({ root: empty, dir: empty, base: '/x/' }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).code).toBe('tool');
    expect((error as KitError).message).toContain('slidev build failed');
    expect(EXIT[(error as KitError).code]).toBe(4);
  }, 60_000);

  it('a --browser that does not exist is a usage mistake: 2, never a silent fallback', async () => {
    const run = await buildInto(copyFixture('minimal'), ['-o', 'deck-pdf', '-a', 'youth', '--browser', `${FIXTURES}/no-such-browser`]);
    expect(run.code).toBe(2);
    expect(run.err).toContain('command line: --browser: "');
  });
});
