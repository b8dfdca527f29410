// One error type for everything a user can fix: it names the file, the key path and the fix, and a code that
// says whose the problem is; the command line turns the code into its exit code in one place (cli.ts).

/**
 * content: a content, locale or config file (exit 1); usage: the command line (2); tool: an external program
 * such as Slidev or the browser failed (4); internal: a bug in this project (3).
 */
export type ErrorCode = 'content' | 'usage' | 'tool' | 'internal';

export interface ProblemInit {
  code?: ErrorCode;
  file: string;
  keyPath?: string;
  message: string;
  hint?: string;
  cause?: unknown;
}

export class KitError extends Error {
  readonly code: ErrorCode;
  readonly file: string;
  readonly keyPath: string | undefined;
  readonly hint: string | undefined;

  constructor(init: ProblemInit) {
    super(init.message, { cause: init.cause });
    this.name = 'KitError';
    this.code = init.code ?? 'content';
    this.file = init.file;
    this.keyPath = init.keyPath;
    this.hint = init.hint;
  }

  /** "content/modules/x.yaml: slides.2.layout: ... (fix: ...)" */
  format(): string {
    const where = this.keyPath ? `${this.file}: ${this.keyPath}` : this.file;
    return `${where}: ${this.message}${this.hint ? `\n    fix: ${this.hint}` : ''}`;
  }
}

/** Several problems found together; thrown once validation has looked at everything. */
export class KitErrors extends Error {
  readonly problems: KitError[];
  /** The most serious code among the problems (a usage mistake is reported as such even beside content ones). */
  readonly code: ErrorCode;

  constructor(problems: KitError[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
    this.name = 'KitErrors';
    this.problems = problems;
    this.code = (['internal', 'tool', 'usage', 'content'] as const).find((c) => problems.some((p) => p.code === c)) ?? 'content';
  }

  format(): string {
    return [this.message + ':', ...this.problems.map((p) => '  - ' + p.format())].join('\n');
  }
}

/** Collects problems so validation can report all of them at once. */
export class Problems {
  readonly list: KitError[] = [];

  add(init: ProblemInit): void {
    this.list.push(new KitError(init));
  }

  throwIfAny(): void {
    if (this.list.length > 0) throw new KitErrors(this.list);
  }
}

export const isKitError = (e: unknown): e is KitError | KitErrors => e instanceof KitError || e instanceof KitErrors;

/** A build stopped by a signal: not a problem to fix, so not a KitError; the CLI exits 130 or 143. */
export class BuildStopped extends Error {
  constructor(readonly signal: 'SIGINT' | 'SIGTERM') {
    super(`stopped by ${signal}`);
    this.name = 'BuildStopped';
  }
}
