// The build matrix: kits x audiences x outputs, as a flat list of jobs with the files each one makes.
// The plan knows outputs only by their layout (scope and file names), handed in from the output registry.
import type { Paper } from '../lib/pdf/index.js';

/** One file a job makes, with its paper size when it has one (never parsed back from the name). */
export interface PlannedFile {
  /** Relative to the output folder; a folder (a deck site) ends in "/". */
  path: string;
  paper?: Paper;
  /** A picture of another file of the job, for the kit page (the manifest lists it as a preview, no zip holds it). */
  preview?: true;
}

/** Where an output kind's files go: once per audience or once per kit, named per paper size. */
export interface OutputLayout {
  scope: 'audience' | 'kit';
  files(papers: Paper[]): Array<{ name: string; paper?: Paper; preview?: true }>;
}

export interface Job<Kind extends string = string> {
  kit: string;
  audience?: string;
  output: Kind;
  files: PlannedFile[];
}

export interface PlanInput<Kind extends string> {
  kits: string[];
  audiences: string[];
  outputs: Kind[];
  papers: Paper[];
  layouts: Record<Kind, OutputLayout>;
}

export function planJobs<Kind extends string>(input: PlanInput<Kind>): Array<Job<Kind>> {
  const jobs: Array<Job<Kind>> = [];
  const of = (scope: OutputLayout['scope']) => input.outputs.filter((o) => input.layouts[o].scope === scope);
  const files = (output: Kind, folder: string) => input.layouts[output].files(input.papers).map((f) => ({ ...f, path: `${folder}/${f.name}` }))
    .map(({ path, paper, preview }) => ({ path, ...(paper ? { paper } : {}), ...(preview ? { preview } : {}) }));
  for (const kit of input.kits) {
    for (const audience of input.audiences) {
      for (const output of of('audience')) jobs.push({ kit, audience, output, files: files(output, `${kit}/${audience}`) });
    }
    for (const output of of('kit')) jobs.push({ kit, output, files: files(output, kit) });
  }
  return jobs;
}

/** The artifact paths of jobs: files, and deck folders without their trailing slash. */
export const artifactPaths = (jobs: Job[]) => jobs.flatMap((j) => j.files.map((f) => f.path.replace(/\/$/, '')));
