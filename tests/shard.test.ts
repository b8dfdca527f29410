// --shard k/n and --merge: the shards of a selection, merged, are byte for byte the single build of it
// (every file, manifest.json and index.html); bad shards and bad merges fail with their exit code and write nothing.
import { cpSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { beforeAll, describe, expect, it } from 'vitest';
import { editJson, runCli, sharedDeck, tempDir } from './helpers.js';
import { planJobs } from '../scripts/plan/plan.js';
import { shardJobs } from '../scripts/plan/shard.js';
import { OUTPUTS, OUTPUT_KINDS } from '../scripts/outputs/index.js';
import { listFiles } from '../scripts/write/write.js';
import { sha256 } from '../scripts/lib/hash.js';
import { isSiteFile } from '../scripts/outputs/site/index.js';

// four units (two kits' youth files, two kits' own files) over three shards: each shard gets both kinds or one
const SELECTION = ['-k', 'en-US,es-US', '-a', 'youth', '-o', 'slides,guide,handout,wallet,flyer'];

async function buildOk(args: string[], out: string): Promise<string> {
  const run = await runCli([...args, '--out', out]);
  expect(run.err, run.err).toBe('');
  expect(run.code).toBe(0);
  return out;
}

/** Every file below dir (scratch names excluded, as the writer lists them) with its hash. */
async function snapshot(dir: string): Promise<Record<string, string>> {
  return Object.fromEntries(await Promise.all((await listFiles(dir)).map(async (f) => [f, sha256(readFileSync(join(dir, f)))] as const)));
}

/** An output folder holding one earlier file, to show a failed merge leaves it as it was. */
function earlierOutput(): string {
  const out = join(tempDir('merged-'), 'dist');
  mkdirSync(out, { recursive: true });
  writeFileSync(join(out, 'earlier.txt'), 'earlier output');
  return out;
}

describe('shard plan', () => {
  const plan = (kits: string[]) => planJobs({ kits, audiences: ['youth', 'parents', 'healthcare', 'faith'], outputs: [...OUTPUT_KINDS], papers: ['letter', 'a4'], layouts: OUTPUTS });
  const KITS = ['en-US', 'es-US', 'fr-US', 'ar-US', 'en-GB'];
  const shards = (n: number, kits = KITS) => Array.from({ length: n }, (_, i) => shardJobs(plan(kits), { index: i + 1, count: n }));

  it('the shards are disjoint, whole units, and together exactly the plan', () => {
    for (const n of [1, 2, 3, 7, 30]) {
      const parts = shards(n);
      expect(parts.flat()).toHaveLength(plan(KITS).length);
      const owner = new Map<string, number>();
      parts.forEach((jobs, i) => jobs.forEach((j) => {
        const unit = `${j.kit}/${j.audience ?? ''}`;
        expect(owner.get(unit) ?? i, `${unit} in two shards`).toBe(i);
        owner.set(unit, i);
      }));
      expect(parts.flat().flatMap((j) => j.files.map((f) => f.path)).sort()).toEqual(plan(KITS).flatMap((j) => j.files.map((f) => f.path)).sort());
    }
  });

  it('decks spread evenly, and the split does not depend on the order kits were named in', () => {
    const decks = shards(3).map((jobs) => jobs.filter((j) => j.output === 'deck').length);
    expect(Math.max(...decks) - Math.min(...decks)).toBeLessThanOrEqual(1);
    const paths = (parts: ReturnType<typeof shards>) => parts.map((jobs) => jobs.flatMap((j) => j.files.map((f) => f.path)).sort());
    expect(paths(shards(3, [...KITS].reverse()))).toEqual(paths(shards(3)));
  });

  it.each(['0/3', '4/3', 'a/b', '1/0', '2', '1/3/1'])('--shard %s is a usage mistake: 2, nothing built', async (shard) => {
    const out = earlierOutput();
    const run = await runCli([...SELECTION, '--shard', shard, '--out', out]);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`--shard: "${shard}" is not a shard k/n with 1 <= k <= n`);
    expect(readdirSync(out)).toEqual(['earlier.txt']);
  });
});

describe('shard builds merged', () => {
  const root = tempDir('shard-');
  const shardDirs = [1, 2, 3].map((k) => join(root, `shard-${k}`));
  let single: string;

  beforeAll(async () => {
    single = await buildOk(SELECTION, join(root, 'single'));
    for (const [i, dir] of shardDirs.entries()) await buildOk([...SELECTION, '--shard', `${i + 1}/3`], dir);
  }, 120_000);

  it('each shard writes only its own files; the merge is byte for byte the single build', async () => {
    const parts = await Promise.all(shardDirs.map(snapshot));
    const artifacts = parts.map((files) => Object.keys(files).filter((f) => !isSiteFile(f))); // kit pages and zips are each shard's own
    expect(artifacts.every((list) => list.length > 0)).toBe(true);
    expect(artifacts.flat().length).toBe(new Set(artifacts.flat()).size); // no file in two shards
    const merged = join(tempDir('merged-'), 'dist');
    const run = await runCli(['--merge', ...shardDirs, '--out', merged]);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(await snapshot(merged)).toEqual(await snapshot(single));
    expect(readFileSync(join(merged, 'manifest.json'), 'utf8')).toBe(readFileSync(join(single, 'manifest.json'), 'utf8'));
  });

  it('merging a shard twice is harmless: the same file with the same bytes is taken once', async () => {
    const merged = join(tempDir('merged-'), 'dist');
    expect((await runCli(['--merge', ...shardDirs, shardDirs[0]!, '--out', merged])).code).toBe(0);
    expect(await snapshot(merged)).toEqual(await snapshot(single));
  });

  /** A copy of shard 1, changed by `edit`, to merge with the real shards. */
  function changedShard(edit: (dir: string) => void): string {
    const dir = join(tempDir('bad-shard-'), 'dist');
    cpSync(shardDirs[0]!, dir, { recursive: true });
    edit(dir);
    return dir;
  }
  const firstArtifact = (dir: string) => (JSON.parse(readFileSync(join(dir, 'manifest.json'), 'utf8')) as { artifacts: Array<{ path: string }> }).artifacts[0]!.path;

  it.each([
    ['a file changed after its build (a truncated download)', 1, 'does not match the sha256 its manifest.json records', (dir: string) => {
      writeFileSync(join(dir, firstArtifact(dir)), 'truncated');
    }],
    ['a listed file missing', 1, 'listed in its manifest.json but missing', (dir: string) => {
      rmSync(join(dir, firstArtifact(dir)));
    }],
    ['a shard built from other content', 1, 'built from other inputs', (dir: string) => {
      editJson(join(dir, 'manifest.json'), (m) => { m.contentHash = '0'.repeat(64); });
    }],
    ['a folder with no manifest.json', 2, 'no manifest.json here: not the output folder of a build', (dir: string) => {
      rmSync(join(dir, 'manifest.json'));
    }],
    ['a manifest.json that is not one', 2, 'not a readable manifest', (dir: string) => {
      writeFileSync(join(dir, 'manifest.json'), '{}');
    }],
  ] as const)('%s: exit %i, the output folder as it was', async (_, code, message, edit) => {
    await expectRefused([...shardDirs.slice(1), changedShard(edit)], code, message);
  });

  it('a path two shards made with different bytes: exit 1, the output folder as it was', async () => {
    const other = changedShard((dir) => {
      writeFileSync(join(dir, firstArtifact(dir)), 'other bytes');
      editJson(join(dir, 'manifest.json'), (m) => { m.artifacts[0].sha256 = sha256('other bytes'); });
    });
    await expectRefused([...shardDirs, other], 1, 'two shards made this file with different bytes');
  });
});

describe('a deck merged', () => {
  it('a deck site (a folder artifact) is copied whole and checked against the hash its build recorded', async () => {
    const merged = join(tempDir('merged-deck-'), 'dist');
    const run = await runCli(['--merge', sharedDeck(), '--out', merged]);
    expect(run.err).toBe('');
    expect(await snapshot(merged)).toEqual(await snapshot(sharedDeck()));
  });
});

describe('more shards than units', () => {
  it('a shard with nothing to do writes an empty manifest and merges like the others', async () => {
    const selection = ['-k', 'en-US', '-a', 'youth', '-o', 'slides']; // one unit
    const root = tempDir('empty-shard-');
    const single = await buildOk(selection, join(root, 'single'));
    const shards = [await buildOk([...selection, '--shard', '1/2'], join(root, 'shard-1')), await buildOk([...selection, '--shard', '2/2'], join(root, 'shard-2'))];
    expect(JSON.parse(readFileSync(join(shards[1]!, 'manifest.json'), 'utf8')).artifacts).toEqual([]);
    const merged = join(root, 'merged');
    expect((await runCli(['--merge', ...shards, '--out', merged])).code).toBe(0);
    expect(await snapshot(merged)).toEqual(await snapshot(single));
  });
});

async function expectRefused(dirs: string[], code: number, message: string): Promise<void> {
  const out = earlierOutput();
  const run = await runCli(['--merge', ...dirs, '--out', out]);
  expect(run.err).toContain(message);
  expect(run.code).toBe(code);
  expect(readdirSync(out)).toEqual(['earlier.txt']);
}

describe('--merge on the command line', () => {
  it.each([
    [['--merge'], '--merge needs the output folders of the shards'],
    [['--merge', 'dist-1', '-k', 'en-US', '--shard', '1/2'], '--merge cannot be combined with --kit, --shard'],
    [['dist-1'], 'Unexpected argument "dist-1" (folders are only for --merge)'],
  ])('%j is a usage mistake: 2', async (args, message) => {
    const run = await runCli([...args, '--out', earlierOutput()]);
    expect(run.err).toContain(message);
    expect(run.code).toBe(2);
  });
});
