import { describe, expect, it } from 'vitest';
import { planJobs } from '../scripts/plan/plan.js';
import { OUTPUTS } from '../scripts/outputs/index.js';
import { copyFixture, runCli } from './helpers.js';

describe('plan', () => {
  it('crosses kits, audiences and outputs; wallet cards and flyers once per kit', () => {
    const jobs = planJobs({ kits: ['en-US'], audiences: ['youth', 'parents'], outputs: ['slides', 'handout', 'wallet'], papers: ['letter', 'a4'], layouts: OUTPUTS });
    expect(jobs.map((j) => `${j.audience ?? '-'}:${j.output}`)).toEqual(['youth:slides', 'youth:handout', 'parents:slides', 'parents:handout', '-:wallet']);
    expect(jobs.find((j) => j.output === 'handout')?.files).toEqual([{ path: 'en-US/youth/handout-letter.pdf', paper: 'letter' }, { path: 'en-US/youth/handout-a4.pdf', paper: 'a4' }, { path: 'en-US/youth/preview-handout.jpg', preview: true }]);
    expect(jobs.find((j) => j.output === 'wallet')?.files.map((f) => f.path)).toEqual(['en-US/wallet-cards-letter.pdf', 'en-US/wallet-cards-a4.pdf']);
  });

  it('--dry-run on the minimal fixture prints every file and writes nothing', async () => {
    const root = copyFixture('minimal');
    const run = await runCli(['--content', root, '--out', `${root}/dist`, '--dry-run', '-o', 'slides,guide,handout,wallet,flyer']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(run.out).toContain('en-US/youth/slides.md');
    expect(run.out).toContain('en-US/parents/facilitator-guide-a4.pdf');
    expect(run.out).toContain('en-US/flyer-letter.pdf');
    expect(run.out).toMatch(/Plan: 8 jobs/);
    const { existsSync } = await import('node:fs');
    expect(existsSync(`${root}/dist`)).toBe(false);
  });
});
