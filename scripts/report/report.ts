// What the user reads at the end: warnings once, then a summary table.
import { relative } from 'node:path';
import type { Job } from '../plan/plan.js';
import type { OutputKind } from '../outputs/index.js';
import type { OutputFile } from '../outputs/types.js';
import type { Manifest } from '../outputs/site/index.js';
import { artifactPaths } from '../plan/plan.js';

export interface BuildResult {
  jobs: Array<Job<OutputKind>>;
  warnings: string[];
  /** Things to check by hand before printing (the kit config's own phone numbers). */
  notices: string[];
  files: OutputFile[];
  manifest?: Manifest;
  /** Artifacts an earlier build made from the same inputs: left as they were, nothing written. */
  kept: string[];
}

export function printPlan(result: BuildResult, log: (line: string) => void): void {
  log(`Plan: ${result.jobs.length} jobs (dry run, nothing written)`);
  for (const job of result.jobs) log(`  ${job.kit.padEnd(11)} ${(job.audience ?? '(kit)').padEnd(11)} ${job.output.padEnd(10)} ${job.files.map((f) => f.path).join(', ')}`);
  for (const notice of result.notices) log(notice);
  printWarnings(result.warnings, log);
}

export function printReport(result: BuildResult, outDir: string, log: (line: string) => void): void {
  const artifacts = result.manifest?.artifacts ?? [];
  const made = new Set(artifactPaths(result.jobs));
  const rows = artifacts.filter((a) => made.has(a.path));
  const folder = `${relative(process.cwd(), outDir) || '.'}/`;
  const kept = new Set(result.kept);
  if (rows.length > 0 && rows.every((a) => kept.has(a.path))) {
    log(`\nNothing to do: the ${rows.length} artifacts in ${folder} were made from the same inputs; nothing was written (--force makes them again)`);
  } else {
    const unchanged = rows.filter((a) => kept.has(a.path)).length;
    log(`\nBuilt ${rows.length} artifacts into ${folder}${unchanged > 0 ? ` (${unchanged} unchanged, left as they were)` : ''}`);
    for (const a of rows) log(`  ${a.path.padEnd(48)} ${String(Math.max(1, Math.round(a.bytes / 1024))).padStart(6)} KB`);
  }
  log(`  index.html and manifest.json list ${artifacts.length} artifacts in all`);
  for (const notice of result.notices) log(`\n${notice}`);
  printWarnings(result.warnings, log);
}

function printWarnings(warnings: string[], log: (line: string) => void): void {
  if (warnings.length === 0) return;
  log(`\n${warnings.length} warning${warnings.length === 1 ? '' : 's'}:`);
  for (const w of warnings) log(`  ! ${w}`);
}
