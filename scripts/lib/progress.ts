// Progress of long work (the decks): done/total, what is under way and an estimate of the time left. In a
// terminal it is one line, rewritten in place; elsewhere (CI, a log file) one plain line per finished item.

export interface Progress {
  started(label: string): void;
  /** An item is done: `ms` is the time it took, 0 when it was reused without work. */
  finished(label: string, note: string, ms: number): void;
  /** Clears the terminal line; safe to call twice. */
  end(): void;
}

export interface ProgressOutput {
  /** Plain lines (always given). */
  log(line: string): void;
  /** Rewrites the one status line of a terminal; absent when output is not a terminal. */
  status?: (line: string) => void;
}

export function startProgress(total: number, lanes: number, out: ProgressOutput): Progress {
  let done = 0;
  let built = 0;
  let spent = 0;
  const running = new Map<string, number>(); // label -> start time
  const eta = () => (built > 0 && done < total ? `, about ${Math.round(((spent / built) * (total - done)) / lanes / 1000)} s left` : '');
  const count = () => `${done}/${total}${eta()}`;
  const draw = () => out.status?.(`Decks ${count()} · ${[...running].map(([label, t]) => `${label} ${Math.round((Date.now() - t) / 1000)} s`).join(', ')}`);
  const ticker = out.status ? setInterval(draw, 1000) : undefined;
  ticker?.unref();
  return {
    started(label) {
      running.set(label, Date.now());
      draw();
    },
    finished(label, note, ms) {
      running.delete(label);
      done++;
      if (ms > 0) { built++; spent += ms; }
      if (out.status) draw();
      else out.log(`  ${label}: ${note} (${count()})`);
    },
    end() {
      if (ticker) clearInterval(ticker);
      out.status?.('');
    },
  };
}
