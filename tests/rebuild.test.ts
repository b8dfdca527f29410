// Rebuilds make nothing twice: with nothing changed a build writes nothing, a changed string replaces only the
// files that show it, and a deck whose slides did not change is left as it is.
import { describe, expect, it } from 'vitest';
import { cpSync, readFileSync, statSync, existsSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { listFiles } from '../scripts/write/write.js';
import { copyOfShared, editJson, PROJECT, runCli, sharedDeck, tempDir } from './helpers.js';

/** Every file below dir with its modification time: a file written again gets a new one. */
async function stamps(dir: string): Promise<Map<string, number>> {
  return new Map(await Promise.all((await listFiles(dir)).map(async (f) => [f, statSync(join(dir, f)).mtimeMs] as const)));
}

function copyOfContent(): string {
  const root = tempDir('content-');
  for (const part of ['content', 'locales', 'kit.config.yaml']) cpSync(join(PROJECT, part), join(root, part), { recursive: true });
  return root;
}

/** A Spanish string only the youth session shows (its closing quiz). */
function changeYouthOnlyString(root: string): void {
  editJson(join(root, 'locales/es/closing.json'), (d) => { d.check.questions_youth[0] = `${d.check.questions_youth[0]} (revisado)`; });
}

describe('rebuilding', () => {
  it('with nothing changed, says so and writes nothing: no file is touched, not even the manifest', async () => {
    const out = copyOfShared();
    const before = await stamps(out);
    const run = await runCli(['--all', '-o', 'slides,guide,handout,handout-large,evaluation,wallet,wallet-large,flyer', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.out).toMatch(/Nothing to do: the \d+ artifacts in .* were made from the same inputs; nothing was written/);
    expect(await stamps(out)).toEqual(before);
  }, 180_000);

  it('after one string changed, replaces only the files whose bytes changed', async () => {
    const root = copyOfContent();
    const out = join(tempDir('dist-'), 'dist');
    const args = ['--content', root, '-k', 'en-US,es-US', '-a', 'youth,parents', '-o', 'slides,handout', '--out', out];
    expect((await runCli(args)).code).toBe(0);
    const before = await stamps(out);
    changeYouthOnlyString(root);
    const run = await runCli(args);
    expect(run.code).toBe(0);
    const after = await stamps(out);
    const touched = [...after].filter(([file, time]) => before.get(file) !== time).map(([file]) => file).sort();
    // the changed slides, and what lists them: the audience's zip and the manifest; the kit page only if a size it
    // shows (rounded to a kilobyte) changed; nothing of en-US
    const mayChange = ['es-US/es-US-youth.zip', 'es-US/index.html', 'es-US/youth/slides.md', 'manifest.json'];
    expect(touched).toEqual(expect.arrayContaining(['es-US/es-US-youth.zip', 'es-US/youth/slides.md', 'manifest.json']));
    expect(touched.filter((f) => !mayChange.includes(f))).toEqual([]);
    expect(readFileSync(join(out, 'es-US/youth/slides.md'), 'utf8')).toContain('(revisado)');
  }, 180_000);

  it('--force makes every file again (and still replaces only those that differ)', async () => {
    const out = copyOfShared();
    writeFileSync(join(out, 'notes.txt'), 'a file of the user\'s, in no kit folder'); // left alone, never an artifact
    const run = await runCli(['-k', 'en-US', '-a', 'youth', '-o', 'handout', '--out', out, '--force']);
    expect(run.code).toBe(0);
    expect(readFileSync(join(out, 'manifest.json'), 'utf8')).not.toContain('notes.txt');
    expect(run.out).toContain('Built 3 artifacts'); // the handout on two papers and its preview picture
    expect(run.out).not.toContain('Nothing to do');
  });

  it('leaves a deck in place, without building or copying it, when a change elsewhere leaves its slides as they were', async () => {
    const root = copyOfContent();
    changeYouthOnlyString(root);
    const out = copyOfShared(sharedDeck());
    const deckFiles = (await stamps(out));
    const run = await runCli(['--content', root, '-k', 'es-US', '-a', 'parents', '-o', existsSync(join(out, 'es-US/parents/deck.pdf')) ? 'deck,deck-pdf' : 'deck', '--out', out]);
    expect(run.code).toBe(0);
    expect(run.out).toContain('es-US/parents/deck: unchanged, reused');
    expect(run.out).not.toContain('built in');
    const after = await stamps(out);
    for (const [file, time] of deckFiles) if (file.includes('/deck')) expect(after.get(file), file).toBe(time);
  }, 180_000);
});
