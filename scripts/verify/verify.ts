// The last look before anything is written (issue 9): every rendered artifact, as a reader will see it (the text
// of the markdown, the text extracted from the PDFs), must show its region's hotline exactly as region data has it
// and no phone number that is not in region data or the kit config. It catches a renderer or template bug, or a
// tampered file, that the input checks cannot see.
import { findNumbers, type CountryCode } from 'libphonenumber-js/max';
import { Problems } from '../lib/errors.js';
import type { RenderedFile } from '../outputs/render.js';
import type { Job } from '../plan/plan.js';
import type { Kit } from '../load/kit.js';
import { normalizeText } from '../lib/normalize.js';
import { digitsOf, parseForRegion, regionContacts } from '../validate/integrity/contacts.js';
import type { LocalNumber } from '../validate/integrity/config.js';
import { pdfTextPool, type PdfTextPool } from './pdf-text.js';
import { describeNeverPrint, neverPrintIn } from '../validate/integrity/never-print.js';

export interface VerifyInput {
  kits: Map<string, Kit>;
  /** Numbers from the kit config as printed in each region's kits. */
  localNumbers: Map<string, LocalNumber[]>;
  /** Every region's crisis line number (988 in the US): short codes the number rules cannot tell from other digits. */
  crisisNumbers?: string[];
}

const HINT = 'a template or renderer changed a number, or the file was altered: numbers come only from content/regions and the kit config (fix the code or data, then rebuild)';

/** Checks artifacts as they are rendered (PDF text is read on other cores); done() throws what it found. */
export interface Verifier {
  add(file: RenderedFile, job: Job): void;
  done(): Promise<void>;
  /** Stops without a verdict (rendering failed). */
  close(): Promise<void>;
}

export function startVerifier(input: VerifyInput): Verifier {
  const problems = new Problems();
  const pool = pdfTextPool();
  const checks: Array<Promise<void>> = [];
  const check = async (file: RenderedFile, kit: Kit) => {
    const text = await readableText(file, pool);
    if (text === undefined) return;
    for (const message of checkArtifact(text, kit, input.localNumbers.get(kit.region.id) ?? [], input.crisisNumbers)) problems.add({ file: file.path, message, hint: HINT });
  };
  return {
    add(file, job) {
      const kit = input.kits.get(job.kit);
      if (!kit) return;
      const checking = check(file, kit);
      checking.catch(() => {}); // reported by done(); after close() (rendering failed) it must not crash the process
      checks.push(checking);
    },
    async done() {
      try {
        await Promise.all(checks);
      } finally {
        await pool.close();
      }
      problems.throwIfAny();
    },
    close: () => pool.close(),
  };
}

/** Every artifact at once (tests, the bench). */
export async function verifyArtifacts(input: VerifyInput & { files: RenderedFile[]; jobs: Job[] }): Promise<void> {
  const verifier = startVerifier(input);
  const jobOf = new Map(input.jobs.flatMap((job) => job.files.map((f) => [f.path, job] as [string, Job])));
  for (const file of input.files) {
    const job = jobOf.get(file.path);
    if (job) verifier.add(file, job);
  }
  await verifier.done();
}

/** What is wrong with one artifact's text: a missing hotline, or a number from nowhere. */
export function checkArtifact(rawText: string, kit: Kit, local: LocalNumber[], crisisNumbers: string[] = []): string[] {
  const { region } = kit;
  const text = normalizeText(rawText);
  const messages: string[] = [];
  const call = region.hotline.call.number;
  // a number may wrap after a dash at the end of a line
  if (!text.replace(/(?<=[\d-])\s*\n\s*(?=\d)/g, '').includes(call)) {
    messages.push(`does not show the hotline number ${call} exactly as written in content/regions/${region.id}.yaml`);
  }
  // what is left once the numbers region data and the config print have been taken out must hold no number
  const allowed = allowedNumbers(kit, local);
  const rest = allowed.written.reduce((t, number) => t.replace(new RegExp(`(?<!\\d)${escapeRegExp(number)}(?!\\d)`, 'g'), ' '), text);
  for (const found of phoneNumbersIn(rest, region.id)) {
    if (!allowed.digits.has(found.digits)) messages.push(`shows the phone number "${found.text}", which is not in content/regions/${region.id}.yaml or the kit config`);
  }
  for (const hit of neverPrintIn(rest)) messages.push(describeNeverPrint(hit));
  messages.push(...foreignCrisisLines(rest, kit, crisisNumbers));
  return [...new Set(messages)];
}

/**
 * Another region's crisis line (988 in a Canadian kit): too short for the phone-number rules, so it is looked for
 * as a number of its own, not part of a longer one or of a decimal.
 */
function foreignCrisisLines(text: string, kit: Kit, crisisNumbers: string[]): string[] {
  const own = new Set(regionContacts(kit.region).filter((c) => c.kind === 'phone').map((c) => digitsOf(c.value)));
  return [...new Set(crisisNumbers)].filter((n) => !own.has(digitsOf(n)))
    .filter((n) => new RegExp(`(?<![\\d.,])${escapeRegExp(n)}(?![\\d]|[.,]\\d)`).test(text))
    .map((n) => `shows the crisis line number ${n}, which content/regions/${kit.region.id}.yaml does not have: a crisis line is printed only in its own region's kits`);
}

/**
 * Every number the kit may print: as written (longest first), and as digits and libphonenumber's national number.
 * Each also with its groups in reverse order, as the text layer of a right-to-left PDF can give a number back.
 */
function allowedNumbers(kit: Kit, local: LocalNumber[]): { written: string[]; digits: Set<string> } {
  const numbers = [...regionContacts(kit.region).filter((c) => c.kind === 'phone').map((c) => c.value), ...local.map((l) => l.printed)];
  const reversed = (v: string) => v.split(/(\D+)/).reverse().join('');
  const written = [...new Set(numbers.flatMap((v) => [v, reversed(v)]))];
  const digits = written.flatMap((v) => [digitsOf(v), parseForRegion(v, kit.region.id)?.nationalNumber ?? '']).filter(Boolean);
  return { written: written.sort((a, b) => b.length - a.length), digits: new Set(digits) };
}

interface FoundNumber { text: string; digits: string }

/**
 * Full numbers libphonenumber recognizes for the region; phone-shaped runs of 7 digits or more from anywhere (a US
 * number in a Mexican kit is not a valid Mexican number, but it is still a number); runs of 5 or more bare digits
 * (text codes). Years and year ranges ("2020-2022"), ISO dates and grouped statistics are not phone-shaped.
 */
function phoneNumbersIn(text: string, region: string): FoundNumber[] {
  const full = findNumbers(text, { defaultCountry: region as CountryCode, v2: true }).map((m) => ({ text: text.slice(m.startsAt, m.endsAt), digits: m.number.nationalNumber as string }));
  const shaped = [...text.matchAll(PHONE_RUN)].map(([run]) => run.trim()).filter((run) => digitsOf(run).length >= 7 && !yearsOrDate(run))
    .map((run) => ({ text: run, digits: digitsOf(run) }));
  const bare = [...text.matchAll(/(?<![\d.,-])\d{5,}(?![\d.,-])/g)].map(([run]) => ({ text: run, digits: run }));
  return [...full, ...shaped, ...bare];
}

/** Digit groups joined by the separators of phone numbers, on one line, after an optional "(area code)". */
const PHONE_RUN = /\+?(?:\(\d{1,4}\)[ \u00a0]?)?\d[\d \u00a0\u202f./‐‑–—-]*\d/g;
/** Years side by side ("2020-2022 (2022"), and ISO dates ("2026-12-02"): in source lines, never phone numbers. */
const yearsOrDate = (run: string) => run.split(/\D+/).filter(Boolean).every((g) => /^(?:19|20)\d\d$/.test(g)) || /^\d{4}-\d{2}-\d{2}$/.test(run);

const escapeRegExp = (s: string) => s.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');

/** The text a reader sees: markdown without its HTML tags, or the text layer of a PDF. */
async function readableText(file: RenderedFile, pool: PdfTextPool): Promise<string | undefined> {
  if (file.path.endsWith('.md') && typeof file.data === 'string') return file.data.replace(/<[^>]*>/g, ' ');
  if (file.path.endsWith('.pdf') && file.data instanceof Uint8Array) return pool.text(file.data);
  return undefined;
}
