// Render every planned file in memory, each job by its output kind's render function. Nothing here touches the
// output folder; outputs made by an external tool (decks) are produced after this, from the staged files.
import type { Content } from '../load/load.js';
import type { AudienceDef } from '../lib/schema.js';
import { DoesNotFitError } from '../lib/pdf/index.js';
import { KitError } from '../lib/errors.js';
import { createTranslator } from '../load/translator.js';
import { buildSession, type Session } from './session.js';
import type { Community } from './print.js';
import type { Template } from './templates.js';
import { OUTPUTS, type OutputKind } from './index.js';
import type { OutputFile } from './types.js';
import { deckOf } from './pictures.js';
import type { Kit } from '../load/kit.js';
import type { Job } from '../plan/plan.js';

/** A rendered file: what the writer stages. */
export type RenderedFile = OutputFile;

export interface Templates {
  slides: Template;
  guide: Template;
}

export interface RenderInput {
  content: Content;
  kits: Map<string, Kit>;
  jobs: Array<Job<OutputKind>>;
  templates: Templates;
  community: Community;
  signal?: AbortSignal;
  /** Slide pictures of the decks printed in this build, by "<kit>/<audience>" (for kinds that show them). */
  pictures?: Map<string, Uint8Array[]>;
  /** Called with each file as soon as it is rendered (the post-render check starts on it at once). */
  onRendered?: (file: RenderedFile, job: Job<OutputKind>) => void;
}

export async function renderJobs(input: RenderInput): Promise<RenderedFile[]> {
  const sessions = new Map<string, Session>();
  const sessionFor = (kitTag: string, audienceId: string): Session => {
    const id = `${kitTag}/${audienceId}`;
    let session = sessions.get(id);
    if (!session) {
      const kit = input.kits.get(kitTag) as Kit;
      const audience = input.content.audiences.get(audienceId) as AudienceDef;
      session = buildSession(input.content, kit, audience, createTranslator(kit, input.content));
      sessions.set(id, session);
    }
    return session;
  };
  const files: RenderedFile[] = [];
  for (const job of input.jobs) {
    input.signal?.throwIfAborted();
    const render = OUTPUTS[job.output].render;
    if (!render) continue; // produced from the staged files after rendering
    // per-kit outputs (cards, flyer) speak to everyone: they use the first audience's session for their words
    const session = sessionFor(job.kit, job.audience ?? input.content.audiences.keys().next().value ?? 'youth');
    const pictures = input.pictures?.get(deckOf(job));
    const context = { session, templates: input.templates, community: input.community, largePrint: input.content.config.largePrint, pictures };
    const rendered = await render(context, job.files).catch((cause: unknown) => {
      // the handout renderers name their strings; anything else that does not fit is reported against the job
      if (!(cause instanceof DoesNotFitError)) throw cause;
      throw new KitError({ file: `locales/${session.kit.locale.tag}`, keyPath: `(${job.files.map((f) => f.path).join(', ')})`, message: `does not fit: ${cause.message}`, hint: 'shorten the strings of this output, or the picture or logo in kit.config.yaml', cause });
    });
    for (const file of rendered) input.onRendered?.(file, job);
    files.push(...rendered);
  }
  return files;
}
