// Deck progress: one rewritten line in a terminal, plain lines elsewhere (CI, pipes), with done/total and time left.
import { describe, expect, it } from 'vitest';
import { startProgress } from '../scripts/lib/progress.js';

describe('deck progress', () => {
  it('without a terminal, prints one plain line per finished item with done/total and the time left', () => {
    const lines: string[] = [];
    const progress = startProgress(4, 2, { log: (l) => lines.push(l) });
    progress.started('en-US/youth/deck');
    progress.finished('en-US/youth/deck', 'built in 10.0 s', 10_000);
    progress.finished('en-US/parents/deck', 'unchanged, reused', 0);
    progress.end();
    // two left at 10 s each over two lanes: about 10 s
    expect(lines).toEqual(['  en-US/youth/deck: built in 10.0 s (1/4, about 15 s left)', '  en-US/parents/deck: unchanged, reused (2/4, about 10 s left)']);
  });

  it('in a terminal, rewrites one status line naming what is under way, prints no lines, and clears it at the end', () => {
    const lines: string[] = [];
    const statuses: string[] = [];
    const progress = startProgress(2, 2, { log: (l) => lines.push(l), status: (s) => statuses.push(s) });
    progress.started('en-US/youth/deck');
    progress.started('en-US/parents/deck');
    progress.finished('en-US/youth/deck', 'built in 8.0 s', 8000);
    progress.end();
    expect(lines).toEqual([]);
    expect(statuses[1]).toMatch(/^Decks 0\/2 · en-US\/youth\/deck \d+ s, en-US\/parents\/deck \d+ s$/);
    expect(statuses[2]).toMatch(/^Decks 1\/2, about 4 s left · en-US\/parents\/deck \d+ s$/);
    expect(statuses.at(-1)).toBe('');
  });
});
