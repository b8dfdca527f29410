// --shard k/n: one of n machines builds its share of the plan. A share is made of whole units, so no file is
// made by two machines: one kit and audience (slides, deck, guide, handout of that audience), or one kit's own
// files (wallet cards, flyer). Audience units come first, dealt round-robin in sorted order, so the decks (the
// expensive part, one per audience unit) spread evenly; the cheap kit units continue the round.
import { KitError } from '../lib/errors.js';
import type { Job } from './plan.js';

/** Shard `index` (1-based, as GitHub's matrix and GitLab's CI_NODE_INDEX count) of `count`. */
export interface Shard { index: number; count: number }

export function parseShard(text: string): Shard {
  const match = /^(\d+)\/(\d+)$/.exec(text.trim());
  const [index, count] = match ? [Number(match[1]), Number(match[2])] : [NaN, NaN];
  if (!(index >= 1 && index <= count)) {
    throw new KitError({ code: 'usage', file: 'command line', keyPath: '--shard', message: `"${text}" is not a shard k/n with 1 <= k <= n`, hint: 'give this machine\'s number and the number of machines, counting from 1: --shard 1/3, --shard 2/3, --shard 3/3' });
  }
  return { index, count };
}

/** The jobs of one shard, in plan order. Pure: every machine computes the same split from the same plan. */
export function shardJobs<J extends Job>(jobs: J[], shard: Shard): J[] {
  const units = [...new Set(jobs.map(unitOf))].sort(byUnit);
  const mine = new Set(units.filter((_, i) => i % shard.count === shard.index - 1));
  return jobs.filter((job) => mine.has(unitOf(job)));
}

/** "en-US/youth" for an audience's files, "en-US" for the kit's own. */
const unitOf = (job: Job) => (job.audience ? `${job.kit}/${job.audience}` : job.kit);

/** Audience units (which hold the decks) before kit units, each sorted. */
const byUnit = (a: string, b: string) => Number(!a.includes('/')) - Number(!b.includes('/')) || (a < b ? -1 : a > b ? 1 : 0);
