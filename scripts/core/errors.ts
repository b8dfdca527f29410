// One error type for everything a user can fix: it names the file, the key path and the fix.
export interface ProblemInit {
  file: string;
  keyPath?: string;
  message: string;
  hint?: string;
  cause?: unknown;
}

export class KitError extends Error {
  readonly file: string;
  readonly keyPath: string | undefined;
  readonly hint: string | undefined;

  constructor(init: ProblemInit) {
    super(init.message, { cause: init.cause });
    this.name = 'KitError';
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

  constructor(problems: KitError[]) {
    super(`${problems.length} problem${problems.length === 1 ? '' : 's'} found`);
    this.name = 'KitErrors';
    this.problems = problems;
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
