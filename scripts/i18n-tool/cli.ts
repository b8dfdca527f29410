#!/usr/bin/env node
// `npm run i18n -- <command>`: the translator workflow. main(argv) returns the exit code, like scripts/cli.ts.
import { parseArgs } from 'node:util';
import { fileURLToPath } from 'node:url';
import { dirname, resolve } from 'node:path';
import { isKitError, KitError } from '../lib/errors.js';
import { SOURCE_LOCALE } from '../lib/i18n/folders.js';
import { loadWorkspace, localeDir, type LocaleFolder, type Workspace } from './locales.js';
import { compareLocale } from '../lib/i18n/compare.js';
import { findings, formatFinding, type Finding } from './check.js';
import { contextFindings } from './context.js';
import { printStatus, printTodo } from './status.js';
import { nextSteps, scaffold } from './scaffold.js';
import { stamp, unknownKeys } from './stamp.js';

export const EXIT = { ok: 0, problems: 1, usage: 2, internal: 3 } as const;

const PROJECT_ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..', '..');

const HELP = `Usage: npm run i18n -- <command> [options]

Commands:
  status [tag]              per locale: translated, missing, outdated, extra, placeholder mismatches, % complete
  todo <tag> [namespace]    the missing and outdated strings, with the English text and what they are for
  check [tag]               exit 1 on errors: placeholders, plural forms, markup, changed numbers,
                            missing strings in a reviewed locale (warnings for drafts)
  new <tag>                 start locales/<tag>/ (meta.json, an empty file per namespace); e.g. new de, new es-MX
  stamp <tag> [ns] [key...] record the English each translated string was made from (clears "outdated")

Options:
      --content <dir>  content tree holding locales/ (default: this project)
  -v, --verbose        status: also list each locale's missing and outdated strings
  -h, --help           show this help

A list (points, questions, items) counts as one string. See TRANSLATING.md.
Exit codes: 0 ok, 1 check found errors (or a locale file is broken), 2 bad command line, 3 unexpected error.`;

type Log = (line: string) => void;

/** A mistake on the command line: the project's one error type, with the usage code. */
const usageError = (message: string) => new KitError({ code: 'usage', file: 'command line', message });

export async function main(argv: string[], log: Log = console.log, error: Log = console.error): Promise<number> {
  let parsed;
  try {
    parsed = parseArgs({
      args: argv,
      options: {
        content: { type: 'string' },
        verbose: { type: 'boolean', short: 'v', default: false },
        help: { type: 'boolean', short: 'h', default: false },
      },
      strict: true,
      allowPositionals: true,
    });
  } catch (e) {
    error(`${(e as Error).message}\nRun with --help for the commands.`);
    return EXIT.usage;
  }
  const { values, positionals } = parsed;
  if (values.help || positionals.length === 0) {
    (values.help ? log : error)(HELP);
    return values.help ? EXIT.ok : EXIT.usage;
  }
  try {
    const ws = loadWorkspace(resolve(values.content ?? PROJECT_ROOT));
    return run(ws, positionals, values.verbose, log, error);
  } catch (e) {
    if (e instanceof KitError && e.code === 'usage') {
      error(`${e.message}\nRun with --help for the commands.`);
      return EXIT.usage;
    }
    if (isKitError(e)) {
      error(e.format());
      return EXIT.problems;
    }
    error(e instanceof Error ? (e.stack ?? e.message) : String(e));
    return EXIT.internal;
  }
}

function run(ws: Workspace, [command, ...rest]: string[], verbose: boolean, log: Log, error: Log): number {
  switch (command) {
    case 'status': {
      const reports = selected(ws, optionalTag(rest)).map((f) => compareLocale(ws, f));
      if (reports.length === 0) log('No translations yet. Start one with: npm run i18n -- new <tag>');
      else printStatus(reports, log);
      if (verbose) for (const r of reports) { log(''); printTodo(ws, r, undefined, log); }
      return EXIT.ok;
    }
    case 'todo': {
      const folder = existing(ws, requiredTag(rest, 'todo'));
      printTodo(ws, compareLocale(ws, folder), rest[1], log);
      return EXIT.ok;
    }
    case 'check':
      return check(ws, optionalTag(rest), log, error);
    case 'new': {
      const tag = requiredTag(rest, 'new');
      for (const line of nextSteps(scaffold(ws, tag), tag)) log(line);
      return EXIT.ok;
    }
    case 'stamp':
      return runStamp(ws, rest, log, error);
    default:
      throw usageError(`Unknown command "${command}". Use status, todo, check, new or stamp.`);
  }
}

function check(ws: Workspace, tag: string | undefined, log: Log, error: Log): number {
  // `check en` checks only the translator descriptions in locales/en/_context.json
  const folders = tag === SOURCE_LOCALE ? [] : selected(ws, tag);
  const found: Finding[] = folders.flatMap((f) => findings(compareLocale(ws, f)));
  if (!tag || tag === SOURCE_LOCALE) found.push(...contextFindings(ws));
  for (const f of found) (f.level === 'error' ? error : log)(formatFinding(f));
  const errors = found.filter((f) => f.level === 'error').length;
  const warnings = found.length - errors;
  const checked = folders.map((f) => f.tag).join(', ') || (tag === SOURCE_LOCALE ? 'English context notes' : 'no translations yet');
  (errors ? error : log)(`i18n check (${checked}): ${errors} error${errors === 1 ? '' : 's'}, ${warnings} warning${warnings === 1 ? '' : 's'}.`);
  return errors > 0 ? EXIT.problems : EXIT.ok;
}

function runStamp(ws: Workspace, rest: string[], log: Log, error: Log): number {
  const folder = existing(ws, requiredTag(rest, 'stamp'));
  const [, ns, ...keys] = rest;
  if (ns && !ws.english.namespaces[ns]) throw usageError(`"${ns}" is not an English namespace; use one of: ${Object.keys(ws.english.namespaces).join(', ')}.`);
  const unknown = unknownKeys(ws, folder, ns, keys);
  if (unknown.length > 0) error(`Not translated in ${folder.tag}${ns ? ` ${ns}` : ''}, so not stamped: ${unknown.join(', ')}`);
  const result = stamp(ws, folder, ns, keys);
  log(`Stamped ${result.total} string${result.total === 1 ? '' : 's'} in ${result.file}; ${result.updated.length} were outdated or new${result.updated.length ? `: ${result.updated.slice(0, 8).join(', ')}${result.updated.length > 8 ? ' …' : ''}` : ''}.`);
  log(`Run npm run i18n -- check ${folder.tag} before you commit.`);
  return unknown.length > 0 ? EXIT.usage : EXIT.ok;
}

/** The locales a command looks at: one (it must exist) or every translation. */
function selected(ws: Workspace, tag: string | undefined): LocaleFolder[] {
  return tag ? [existing(ws, tag)] : [...ws.locales.values()];
}

function existing(ws: Workspace, tag: string): LocaleFolder {
  if (tag === SOURCE_LOCALE) throw usageError('English is the source; its status is not tracked. Pass the tag of a translation.');
  const folder = ws.locales.get(tag);
  if (!folder) throw new KitError({ file: localeDir(tag), message: 'does not exist', hint: `start it with: npm run i18n -- new ${tag} (existing: ${[...ws.locales.keys()].join(', ') || 'none'})` });
  return folder;
}

function optionalTag(rest: string[]): string | undefined {
  return rest[0] === undefined ? undefined : canonicalTag(rest[0]);
}

function requiredTag(rest: string[], command: string): string {
  if (rest[0] === undefined) throw usageError(`"${command}" needs a locale tag, e.g. npm run i18n -- ${command} de`);
  return canonicalTag(rest[0]);
}

/** "es-mx" -> "es-MX"; a tag that is not BCP 47 is a command-line mistake. */
function canonicalTag(tag: string): string {
  try {
    return Intl.getCanonicalLocales(tag)[0]!;
  } catch {
    throw usageError(`"${tag}" is not a BCP 47 language tag; write it like de, es-MX or zh-Hans.`);
  }
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main(process.argv.slice(2)).then((code) => { process.exitCode = code; });
}
