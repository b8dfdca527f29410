// Shared test helpers: copy a fixture tree, run the real CLI, read PDFs.
import { cpSync, mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { execFileSync } from 'node:child_process';
import { parse as parseYaml, stringify as stringifyYaml } from 'yaml';
import { inject } from 'vitest';
import { main } from '../scripts/cli.js';

export const PROJECT = resolve(import.meta.dirname, '..');
export const FIXTURES = join(PROJECT, 'tests', 'fixtures');

export function tempDir(prefix = 'kit-'): string {
  return mkdtempSync(join(tmpdir(), prefix));
}

/** A private copy of a fixture, so a test can change it. */
export function copyFixture(name: string): string {
  const dir = tempDir(`${name}-`);
  cpSync(join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

export function editJson(file: string, edit: (data: any) => void): void {
  const data = JSON.parse(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, JSON.stringify(data, null, 2));
}

export function editYaml(file: string, edit: (data: any) => void): void {
  const data = parseYaml(readFileSync(file, 'utf8'));
  edit(data);
  writeFileSync(file, stringifyYaml(data));
}

export interface CliRun { code: number; out: string; err: string }

export async function runCli(args: string[]): Promise<CliRun> {
  const out: string[] = [];
  const err: string[] = [];
  const code = await main(args, (l) => out.push(l), (l) => err.push(l));
  return { code, out: out.join('\n'), err: err.join('\n') };
}

/** Text of a PDF, via poppler's pdftotext (layout off: reading order). */
export function pdfText(file: string): string {
  return execFileSync('pdftotext', ['-enc', 'UTF-8', file, '-'], { encoding: 'utf8' });
}

export function pdfPages(file: string): number {
  const info = execFileSync('pdfinfo', [file], { encoding: 'utf8' });
  return Number(/Pages:\s+(\d+)/.exec(info)?.[1]);
}

/** The test run's build of every kit (no decks), from tests/setup/shared-build.ts: read it, never write into it. */
export const sharedDist = (): string => inject('sharedDist');
export const sharedReport = (): string => inject('sharedReport');

/** The test run's deck build (es-US parents: the site, and the PDF where a browser is installed). */
export const sharedDeck = (): string => inject('sharedDeck');

/** A private copy of the shared build (or of the deck build), for a test that builds more into it. */
export function copyOfShared(from = sharedDist()): string {
  const out = `${tempDir('dist-')}/dist`;
  cpSync(from, out, { recursive: true });
  return out;
}
