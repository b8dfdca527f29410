// The build matrix: kits x audiences x outputs, as a flat list of jobs with the files each one makes.
import type { Paper } from '../pdf/index.js';

export const OUTPUTS = ['slides', 'deck', 'deck-pdf', 'guide', 'handout', 'wallet', 'flyer'] as const;
export type OutputKind = (typeof OUTPUTS)[number];

/** Outputs made once per kit rather than once per audience. */
const PER_KIT: ReadonlySet<OutputKind> = new Set(['wallet', 'flyer']);

export interface Job {
  kit: string;
  audience?: string;
  output: OutputKind;
  /** Paths relative to the output folder. */
  files: string[];
}

export interface PlanInput {
  kits: string[];
  audiences: string[];
  outputs: OutputKind[];
  papers: Paper[];
}

export function planJobs(input: PlanInput): Job[] {
  const jobs: Job[] = [];
  for (const kit of input.kits) {
    for (const audience of input.audiences) {
      for (const output of input.outputs.filter((o) => !PER_KIT.has(o))) {
        jobs.push({ kit, audience, output, files: audienceFiles(output, input.papers).map((f) => `${kit}/${audience}/${f}`) });
      }
    }
    for (const output of input.outputs.filter((o) => PER_KIT.has(o))) {
      jobs.push({ kit, output, files: input.papers.map((p) => `${kit}/${output === 'wallet' ? 'wallet-cards' : 'flyer'}-${p}.pdf`) });
    }
  }
  return jobs;
}

function audienceFiles(output: OutputKind, papers: Paper[]): string[] {
  switch (output) {
    case 'slides': return ['slides.md'];
    case 'deck': return ['deck/'];
    case 'deck-pdf': return ['deck.pdf'];
    case 'guide': return ['facilitator-guide.md', ...papers.map((p) => `facilitator-guide-${p}.pdf`)];
    case 'handout': return papers.map((p) => `handout-${p}.pdf`);
    default: return [];
  }
}
