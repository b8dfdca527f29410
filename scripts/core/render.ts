// Render every planned file in memory. Nothing here touches the output folder.
import type { Content } from '../content/load.js';
import type { AudienceDef } from '../content/schema.js';
import { DoesNotFitError, type Paper } from '../pdf/index.js';
import { KitError } from './errors.js';
import { createTranslator } from '../i18n/translator.js';
import { buildSession, type Session } from '../render/session.js';
import { renderSlides } from '../render/slides/index.js';
import { buildGuideModel } from '../render/guide/model.js';
import { renderGuidePdf } from '../render/guide/pdf.js';
import { renderHandout, renderTearOffFlyer, renderWallet, type Community } from '../render/handouts/index.js';
import type { Template } from '../render/templates.js';
import type { Kit } from './kit.js';
import type { Job } from './plan.js';

export interface RenderedFile {
  path: string;
  data: string | Uint8Array;
}

export interface Templates {
  slides: Template;
  guide: Template;
}

export interface RenderInput {
  content: Content;
  kits: Map<string, Kit>;
  jobs: Job[];
  templates: Templates;
  community: Community;
  signal?: AbortSignal;
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
    const session = sessionFor(job.kit, job.audience ?? input.content.audiences.keys().next().value ?? 'youth');
    files.push(...(await renderJob(job, session, input).catch((cause: unknown) => {
      // the handout renderers name their strings; anything else that does not fit is reported against the job
      if (!(cause instanceof DoesNotFitError)) throw cause;
      throw new KitError({ file: `locales/${session.kit.locale.tag}`, keyPath: `(${job.files.join(', ')})`, message: `does not fit: ${cause.message}`, hint: 'shorten the strings of this output, or the picture or logo in kit.config.yaml', cause });
    })));
  }
  return files;
}

async function renderJob(job: Job, session: Session, input: RenderInput): Promise<RenderedFile[]> {
  const { largePrint } = input.content.config;
  const paperOf = (file: string) => (file.includes('-a4.') ? 'a4' : 'letter') as Paper;
  switch (job.output) {
    case 'slides':
      return [{ path: job.files[0] as string, data: renderSlides(session, input.templates.slides) }];
    case 'guide': {
      const model = buildGuideModel(session);
      const [md, ...pdfs] = job.files as [string, ...string[]];
      const rendered: RenderedFile[] = [{ path: md, data: input.templates.guide(model) }];
      for (const path of pdfs) rendered.push({ path, data: await renderGuidePdf(session, model, paperOf(path), largePrint) });
      return rendered;
    }
    case 'handout':
      return Promise.all(job.files.map(async (path) => ({ path, data: await renderHandout(session, input.community, paperOf(path)) })));
    case 'wallet':
      return Promise.all(job.files.map(async (path) => ({ path, data: await renderWallet(session, paperOf(path), largePrint) })));
    case 'flyer':
      return Promise.all(job.files.map(async (path) => ({ path, data: await renderTearOffFlyer(session, paperOf(path), largePrint) })));
    default:
      return []; // decks are produced from slides.md by Slidev after rendering
  }
}
