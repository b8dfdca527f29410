// The facilitator guide as data, rendered both to Markdown (template) and to PDF (blocks).
import type { Session } from '../session.js';
import { hotlineBlock, type HotlineLine } from '../hotline.js';
import { isolateLtr } from '../../load/facts.js';
import { checkAt, verificationSummary } from '../../load/regions.js';
import { evaluationSection, type EvaluationSection } from './evaluation.js';
import type { Community } from '../print.js';
import { localContactsSheet, supportSection, type LocalContactsSheet, type SupportSection } from './support.js';

export interface ListSection { heading: string; items: string[] }

/** citation: the source line shown on the slide; notesCitation: sources only the notes cite. */
export interface GuideSlide { number: number; title: string; screen: string[]; notes: Array<{ label: string; text: string }>; citation?: string; notesCitation?: string }

export interface GuideModel {
  title: string;
  subtitle: string;
  status: string;
  facts: Array<{ label: string; value: string }>;
  overview: { heading: string; body: string };
  /** note: what was shortened to make room for new topics, when the audience's timing changed. */
  timing: { heading: string; header: string[]; rows: string[][]; note?: string };
  preparation: ListSection;
  materials: ListSection;
  disclosure: { heading: string; intro: string; do: ListSection; dont: ListSection; refer: string; mandated: string };
  /** The plan for participants the session upsets, with the region's crisis line where it has one. */
  support: SupportSection;
  selfCare: ListSection;
  /** A page of local contacts: from the kit config, or blank lines to write in before the session. */
  localContacts: LocalContactsSheet;
  script: { heading: string; onSlide: string; modules: Array<{ title: string; goal: string; minutes: string; slides: GuideSlide[] }> };
  /** about: the hotline's description and service details; checked: what was checked, when, and where to check again. */
  resources: { heading: string; hotlineName: string; lines: HotlineLine[]; about: string; others: Array<{ name: string; contact: string; use: string; source: string }>; checked: string };
  sources: ListSection;
  /** The pre/post questionnaire: when to hand it out, its answer key, how to compare before and after. */
  evaluation: EvaluationSection;
}

export function buildGuideModel(session: Session, community?: Community): GuideModel {
  const { t, audience } = session;
  const a = audience.id;
  const g = (key: string) => t.text(`guide:${key}`, a);
  const list = (key: string): ListSection => ({ heading: g(`${key}.heading`), items: t.list(`guide:${key}.items`, a) });
  const minutes = (count: number) => t.text('common:format.minutes', undefined, { count });
  return {
    title: `${t.label(t.text('common:guide.title'))} ${session.title}`,
    subtitle: session.audienceLabel,
    status: t.text(`common:status.${session.kit.locale.meta.status}`),
    facts: [
      { label: t.label(t.text('common:guide.audience')), value: session.audienceLabel },
      { label: t.label(t.text('common:guide.length')), value: minutes(audience.minutes) },
      { label: t.label(t.text('common:guide.modules')), value: new Intl.ListFormat(session.kit.lang, { type: 'conjunction' }).format(session.modules.map((m) => m.title)) },
    ],
    overview: { heading: g('overview.heading'), body: g('overview.body') },
    timing: {
      heading: t.text('common:guide.timing'),
      header: [t.text('common:guide.start'), t.text('common:guide.module'), t.text('common:guide.minutes')],
      rows: session.modules.map((m) => [clock(m.start), m.title, String(m.minutes)]),
      note: t.has('guide:timing.note', a) ? g('timing.note') : undefined,
    },
    preparation: list('preparation'),
    materials: list('materials'),
    disclosure: {
      heading: g('disclosure.heading'),
      intro: g('disclosure.intro'),
      do: { heading: g('disclosure.doHeading'), items: t.list('guide:disclosure.do', a) },
      dont: { heading: g('disclosure.dontHeading'), items: t.list('guide:disclosure.dont', a) },
      refer: g('disclosure.refer'),
      mandated: g('disclosure.mandated'),
    },
    support: supportSection(session),
    selfCare: list('selfCare'),
    localContacts: localContactsSheet(session, community),
    script: { heading: t.text('common:guide.script'), onSlide: t.label(t.text('common:guide.onSlide')), modules: scriptModules(session, minutes) },
    resources: resources(session),
    sources: { heading: t.text('common:guide.sources'), items: [...new Set(session.modules.flatMap((m) => [...m.sources, ...m.slides.flatMap((s) => [...s.citations, ...s.notesCitations])]))] },
    evaluation: evaluationSection(session),
  };
}

/** 0 -> "0:00", 75 -> "1:15" */
function clock(minutes: number): string {
  return `${Math.floor(minutes / 60)}:${String(minutes % 60).padStart(2, '0')}`;
}

function scriptModules(session: Session, minutes: (n: number) => string): GuideModel['script']['modules'] {
  const { t } = session;
  let number = 0;
  const sourceText = (citations: string[]) => (citations.length ? t.text('common:format.source', undefined, { sources: citations.join('; ') }) : undefined);
  const label = (k: string) => t.label(t.text(`common:notes.${k}`));
  return session.modules.map((m) => ({
    title: m.title,
    goal: m.goal,
    minutes: minutes(m.minutes),
    slides: m.slides.map((s) => ({
      number: ++number,
      title: s.title,
      // what the participants see, so the guide alone is enough to run the session from printed notes
      screen: [s.subtitle, s.body, ...s.points, s.scenario, ...s.questions].filter((x): x is string => !!x),
      notes: [
        { label: label('say'), text: s.notes.say },
        ...(s.notes.ask ? [{ label: label('ask'), text: s.notes.ask }] : []),
        ...(s.notes.watch ? [{ label: label('watch'), text: s.notes.watch }] : []),
      ],
      citation: sourceText(s.citations),
      notesCitation: sourceText(s.notesCitations),
    })),
  }));
}

function resources(session: Session): GuideModel['resources'] {
  const { t, region } = session;
  const block = hotlineBlock(session);
  const ltr = (v: string) => isolateLtr(v, t.rtl); // names, numbers and citations are written left to right
  const r = (key: string) => t.text(`regions:${region.id}.${key}`);
  const optional = (key: string) => (t.has(`regions:${region.id}.${key}`) ? r(key) : undefined);
  const { hours, languages, channels } = t.vars.hotline;
  const about = [r('hotline.description'), hours && t.text('common:service.open', undefined, { hours }), languages, channels];
  const { date, factsOnly } = verificationSummary(region);
  const when = new Intl.DateTimeFormat(t.lang, { dateStyle: 'long', timeZone: 'UTC' }).format(new Date(`${date}T00:00:00Z`));
  return {
    heading: t.text('common:guide.resources'),
    hotlineName: block.name,
    lines: block.lines,
    about: about.filter((x): x is string => !!x).join(' '),
    others: region.resources.map((res) => ({
      name: t.label(ltr(res.name)),
      contact: [res.call, res.web].filter((v): v is string => !!v).map(ltr).join(' · '),
      use: [r(`resources.${res.id}.use`), optional(`resources.${res.id}.note`)].filter(Boolean).join(' '),
      source: t.text('common:format.source', undefined, { sources: ltr(res.source) }),
    })),
    // what was checked and when, and where to check it again: an entry checked only against FACTS.md says so
    checked: [
      t.text(factsOnly ? 'common:guide.checkedFacts' : 'common:guide.checkedSource', undefined, { date: when }),
      t.text('common:guide.checkAt', undefined, { site: ltr(checkAt(region)) }),
    ].join(' '),
  };
}
