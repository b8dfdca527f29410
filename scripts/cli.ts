#!/usr/bin/env node
// `npm run build -- [options]`: main(argv) returns the exit code; known errors become a message.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, relative, resolve } from 'node:path';
import { BuildStopped, isKitError } from './lib/errors.js';
import { build } from './build.js';
import { merge } from './merge.js';
import { parseShard } from './plan/shard.js';
import { OUTPUT_KINDS, isOutputKind } from './outputs/index.js';
import { listKnown } from './report/list.js';
import { printReport, printPlan } from './report/report.js';

/** Every exit code the build returns, in one place (README, "The command line"). */
export const EXIT = { ok: 0, content: 1, usage: 2, internal: 3, tool: 4, SIGINT: 130, SIGTERM: 143 } as const;

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');

const HELP = `Usage: npm run build -- [options]
       npm run build -- --merge <dir> <dir> ... [--out dir] [--content dir] [--config file]

Builds workshop kits (Slidev deck, facilitator guide, handouts) into the output folder.
With no options: the kits and audiences in kit.config.yaml (default: en-US, all audiences).

Options:
  -k, --kit <tags>        kits to build, comma-separated BCP 47 tags (e.g. en-US,es-MX)
      --all               every kit that has a locale and region data (see --list)
  -a, --audience <ids>    audiences, comma-separated (youth,parents,healthcare,faith)
  -o, --outputs <kinds>   outputs, comma-separated: ${OUTPUT_KINDS.join(', ')} (default: all)
      --out <dir>         output folder (default: dist)
      --config <file>     kit config (default: kit.config.yaml if present)
      --content <dir>     content tree holding content/ and locales/ (default: this project)
      --browser <path>    Chrome/Chromium for deck PDFs (default: CHROME_PATH, then system paths)
      --list              list known audiences, locales, regions and kits, then exit
      --dry-run           print the plan and write nothing
      --force             make every file again, even those an earlier build made from the same inputs
      --strict            treat warnings (missing translations, stale facts, skipped outputs) as errors
      --shard <k/n>       build only share k of n (k counts from 1), for n machines; merge with --merge
      --merge <dirs...>   merge the output folders of the shards into --out (same bytes as one build)
  -h, --help              show this help

Exit codes: 0 built, 1 content/config problem (nothing written), 2 bad command line, 3 unexpected error,
4 an external tool (Slidev, the browser) failed, 130/143 stopped by SIGINT/SIGTERM (nothing written).`;

/** One status line, rewritten in place, when stdout is a terminal (not in CI logs or pipes). */
function terminalStatus(): ((line: string) => void) | undefined {
  if (!process.stdout.isTTY || process.env.CI) return undefined;
  return (line) => process.stdout.write(`\r\x1b[2K${line.slice(0, (process.stdout.columns || 80) - 1)}`);
}

const csv = (value: string | string[] | undefined) =>
  value === undefined ? undefined : (Array.isArray(value) ? value : [value]).flatMap((v) => v.split(',')).map((v) => v.trim()).filter(Boolean);

/**
 * `status` rewrites one line of a terminal (progress); without it, progress comes as plain lines through `log`.
 */
export async function main(argv: string[], log: (line: string) => void = console.log, error: (line: string) => void = console.error, status?: (line: string) => void): Promise<number> {
  let args;
  let dirs: string[];
  try {
    ({ values: args, positionals: dirs } = parseArgs({
      args: argv,
      options: {
        kit: { type: 'string', short: 'k', multiple: true },
        audience: { type: 'string', short: 'a', multiple: true },
        outputs: { type: 'string', short: 'o', multiple: true },
        out: { type: 'string', default: 'dist' },
        config: { type: 'string' },
        content: { type: 'string' },
        browser: { type: 'string' },
        list: { type: 'boolean', default: false },
        all: { type: 'boolean', default: false },
        'dry-run': { type: 'boolean', default: false },
        force: { type: 'boolean', default: false },
        strict: { type: 'boolean', default: false },
        shard: { type: 'string' },
        merge: { type: 'boolean', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true, // the folders --merge joins
    }));
  } catch (e) {
    error(`${(e as Error).message}\nRun with --help for the options.`);
    return EXIT.usage;
  }
  if (args.help) {
    log(HELP);
    return EXIT.ok;
  }
  const misuse = mergeMisuse(args, dirs);
  if (misuse) {
    error(`${misuse}\nRun with --help for the options.`);
    return EXIT.usage;
  }
  const outputs = csv(args.outputs) ?? [...OUTPUT_KINDS];
  const unknown = outputs.filter((o) => !isOutputKind(o));
  if (unknown.length > 0) {
    error(`Unknown output "${unknown[0]}". Use one of: ${OUTPUT_KINDS.join(', ')}.`);
    return EXIT.usage;
  }
  const root = resolve(args.content ?? PROJECT_ROOT);
  // Ctrl+C, or a process manager stopping only this process: stop the tools, clean up, write nothing
  const stopping = new AbortController();
  const stop = (signal: 'SIGINT' | 'SIGTERM') => () => stopping.abort(new BuildStopped(signal));
  const handlers = { SIGINT: stop('SIGINT'), SIGTERM: stop('SIGTERM') };
  for (const [signal, handler] of Object.entries(handlers)) process.on(signal, handler);
  try {
    if (args.list) {
      listKnown(root, args.config && relative(root, resolve(args.config)), log);
      return EXIT.ok;
    }
    if (args.merge) {
      const manifest = await merge({ root, projectRoot: PROJECT_ROOT, configFile: args.config && relative(root, resolve(args.config)), outDir: resolve(args.out), from: dirs, signal: stopping.signal });
      log(`Merged ${dirs.length} output folders into ${relative(process.cwd(), resolve(args.out)) || '.'}/: index.html and manifest.json list ${manifest.artifacts.length} artifacts`);
      return EXIT.ok;
    }
    const result = await build({
      root,
      projectRoot: PROJECT_ROOT,
      outDir: resolve(args.out),
      kits: csv(args.kit),
      allKits: args.all,
      audiences: csv(args.audience),
      outputs: outputs.filter(isOutputKind),
      explicitOutputs: args.outputs !== undefined,
      configFile: args.config && relative(root, resolve(args.config)),
      dryRun: args['dry-run'],
      force: args.force,
      strict: args.strict,
      browser: args.browser,
      shard: args.shard === undefined ? undefined : parseShard(args.shard),
      signal: stopping.signal,
      log,
      status,
    });
    if (args['dry-run']) printPlan(result, log);
    else printReport(result, resolve(args.out), log);
    return EXIT.ok;
  } catch (e) {
    if (stopping.signal.aborted) {
      const { signal } = stopping.signal.reason as BuildStopped;
      error(`Build stopped by ${signal}; nothing was written.`);
      return EXIT[signal];
    }
    if (isKitError(e)) {
      error(`${args.merge ? 'Merge' : 'Build'} failed; nothing was written.\n${e.format()}`);
      return EXIT[e.code];
    }
    error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT.internal;
  } finally {
    for (const [signal, handler] of Object.entries(handlers)) process.removeListener(signal, handler);
  }
}

/** --merge takes folders and only the options that say where content and output are; a build takes no folders. */
function mergeMisuse(args: Record<string, unknown>, dirs: string[]): string | undefined {
  if (!args.merge) return dirs.length > 0 ? `Unexpected argument "${dirs[0]}" (folders are only for --merge).` : undefined;
  if (dirs.length === 0) return '--merge needs the output folders of the shards: --merge dist-1 dist-2 dist-3.';
  const buildOnly = ['kit', 'all', 'audience', 'outputs', 'browser', 'list', 'dry-run', 'force', 'strict', 'shard'].filter((name) => args[name] !== undefined && args[name] !== false);
  return buildOnly.length > 0 ? `--merge cannot be combined with --${buildOnly.join(', --')}: the shards were built with them.` : undefined;
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2), console.log, console.error, terminalStatus()).then((code) => { process.exitCode = code; });
}
