// The one writer: builds that cannot collide, lose files or misreport them, and stop cleanly.
import { spawn } from 'node:child_process';
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, readlinkSync, realpathSync, writeFileSync } from 'node:fs';
import { hostname } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { PROJECT, copyFixture, runCli, tempDir } from './helpers.js';
import { build } from '../scripts/build.js';
import { KitError } from '../scripts/lib/errors.js';
import { commitStaging, openOutput } from '../scripts/write/write.js';

const lockOf = (pid: number) => JSON.stringify({ pid, host: hostname(), started: '2026-12-02T00:00:00.000Z' });

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ['-e', '0']);
  await new Promise((r) => child.on('exit', r));
  return child.pid!;
}

describe('builds into the same folder', () => {
  it('a folder locked by a running build is refused, naming that build; nothing is written', async () => {
    const root = copyFixture('minimal');
    const out = `${root}/dist`;
    mkdirSync(out);
    writeFileSync(`${out}/.lock`, lockOf(process.pid));
    const run = await runCli(['--content', root, '--out', out, '-o', 'slides']);
    expect(run.code).toBe(2);
    expect(run.err).toContain(`another build (process ${process.pid} on ${hostname()}`);
    expect(readdirSync(out)).toEqual(['.lock']);
  });

  it('a lock left by a killed build is taken over, with the staging folder it left', async () => {
    const root = copyFixture('minimal');
    const out = `${root}/dist`;
    const pid = await deadPid();
    mkdirSync(`${out}/.staging-${pid}/en-US`, { recursive: true });
    writeFileSync(`${out}/.lock`, lockOf(pid));
    const run = await runCli(['--content', root, '--out', out, '-o', 'slides']);
    expect(run.code).toBe(0);
    expect(readdirSync(out).sort()).toEqual(['en-US', 'index.html', 'manifest.json']);
  });

  it('five processes taking over a dead build\'s lock at once: exactly one gets it, the others are refused', async () => {
    const out = `${tempDir('race-')}/dist`;
    mkdirSync(out);
    writeFileSync(`${out}/.lock`, lockOf(await deadPid()));
    const code = `import { openOutput } from ${JSON.stringify(join(PROJECT, 'scripts/write/write.ts'))};
      try { const o = await openOutput(${JSON.stringify(out)}); console.log('got'); await new Promise((r) => setTimeout(r, 1500)); await o.release(); }
      catch (e) { console.log(e.code === 'usage' ? 'refused' : String(e)); }`;
    const results = await Promise.all(Array.from({ length: 5 }, () => new Promise<string>((resolve) => {
      const child = spawn(process.execPath, ['--import', 'tsx', '--input-type=module', '-e', code], { cwd: PROJECT });
      let said = '';
      child.stdout.on('data', (d) => (said += d));
      child.on('exit', () => resolve(said.trim()));
    })));
    expect(results.sort()).toEqual(['got', 'refused', 'refused', 'refused', 'refused']);
    expect(readdirSync(out)).toEqual([]); // the winner released its lock and staging
  }, 60_000);

  it('two builds at once: each one that reports success has every file it reported', async () => {
    const root = copyFixture('minimal');
    const out = `${root}/dist`;
    const runs = await Promise.all([
      runCli(['--content', root, '--out', out, '-o', 'slides,guide', '-a', 'youth']),
      runCli(['--content', root, '--out', out, '-o', 'handout', '-a', 'parents']),
    ]);
    const made = [['en-US/youth/slides.md', 'en-US/youth/facilitator-guide.md'], ['en-US/parents/handout-letter.pdf']];
    runs.forEach((run, i) => {
      expect([0, 2]).toContain(run.code); // the second to reach the folder may be refused, never half-done
      if (run.code === 0) for (const file of made[i]!) expect(existsSync(`${out}/${file}`), file).toBe(true);
      else expect(run.err).toContain('another build');
    });
    expect(runs.some((r) => r.code === 0)).toBe(true);
    expect(readdirSync(out).filter((n) => n.startsWith('.'))).toEqual([]);
  });
});

describe('nothing written on failure', () => {
  it('a broken index page template fails the build before anything is written', async () => {
    const project = tempDir('project-');
    cpSync(join(PROJECT, 'templates'), join(project, 'templates'), { recursive: true });
    writeFileSync(join(project, 'templates/index.html.hbs'), '<ul>{{#each kits}}<li>{{kit}}</ul>');
    const root = copyFixture('minimal');
    const outDir = `${root}/dist`;
    const error = await build({ root, projectRoot: project, outDir, outputs: ['slides'], explicitOutputs: true, log: () => {} }).catch((e: unknown) => e);
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).format()).toContain('index.html.hbs');
    expect(existsSync(outDir)).toBe(false);
  });

  it('a staged file missing at commit time is an error, and nothing is moved into place', async () => {
    const outDir = `${tempDir('commit-')}/dist`;
    const output = await openOutput(outDir);
    writeFileSync(join(output.staging, 'a.md'), 'a');
    const error = await commitStaging(output, ['a.md', 'b.md']).catch((e: unknown) => e);
    await output.release();
    expect(error).toBeInstanceOf(KitError);
    expect((error as KitError).message).toContain('staged files are missing at commit time: b.md');
    expect(readdirSync(outDir)).toEqual([]);
  });
});

describe('a stopped build', () => {
  /** Processes whose working folder is inside dir (Slidev runs in its work folder). */
  const processesIn = (dir: string) => readdirSync('/proc').filter((p) => /^\d+$/.test(p)).filter((p) => {
    try {
      return readlinkSync(`/proc/${p}/cwd`).startsWith(dir);
    } catch {
      return false;
    }
  });

  it.each([['SIGTERM', 143], ['SIGINT', 130]] as const)('%s to the build alone stops Slidev, removes its scratch folders and exits %i', async (signal, code) => {
    const out = `${tempDir('stop-')}/dist`;
    mkdirSync(out);
    writeFileSync(`${out}/earlier.txt`, 'earlier output');
    const child = spawn(process.execPath, ['--import', 'tsx', 'scripts/cli.ts', '-k', 'en-US', '-a', 'youth', '-o', 'deck', '--out', out], { cwd: PROJECT, stdio: ['ignore', 'pipe', 'pipe'] });
    let stderr = '';
    child.stderr.on('data', (d) => (stderr += d));
    const cache = join(realpathSync(join(PROJECT, 'node_modules')), '.cache/workshop-kit');
    const work = join(cache, `${child.pid}-`); // the build's scratch folder is <pid>-<n>
    const exited = new Promise<number | null>((r) => child.on('exit', (c) => r(c)));
    // wait until Slidev is running in the build's work folder
    for (let i = 0; i < 600 && processesIn(work).length === 0; i++) await new Promise((r) => setTimeout(r, 100));
    expect(processesIn(work).length).toBeGreaterThan(0);
    child.kill(signal);
    expect(await exited).toBe(code);
    expect(stderr).toContain(`Build stopped by ${signal}; nothing was written.`);
    await new Promise((r) => setTimeout(r, 500)); // let the killed group finish exiting
    expect(processesIn(work)).toEqual([]);
    expect(readdirSync(cache).filter((name) => name.startsWith(`${child.pid}-`))).toEqual([]);
    expect(readdirSync(out)).toEqual(['earlier.txt']);
    expect(readFileSync(`${out}/earlier.txt`, 'utf8')).toBe('earlier output');
  }, 120_000);
});
