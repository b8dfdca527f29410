// Benchmark of the PDF engine: warm renders (fonts parsed once) of a 2-page handout and a wallet-card
// sheet in English, Chinese and Arabic. Run: npm run bench  (prints a markdown table).
import { PDFDocument } from 'pdf-lib';
import { renderDocument, renderWalletCards, type Block, type DocMeta, type Run } from './pdf/index.js';

const RUNS = Number(process.env.BENCH_RUNS ?? 30);
const iso = (s: string) => `\u2066${s}\u2069`;
const HOTLINE = iso('1-888-373-7888');
const TEXT = iso('233733');
const URL = 'https://humantraffickinghotline.org';

interface Lang { meta: DocMeta; h: string[]; para: string; items: string[]; call: string; text: string }

const LANGS: Record<string, Lang> = {
  en: {
    meta: { title: 'Handout', lang: 'en-US', dir: 'ltr', script: 'latin', paper: 'letter' },
    h: ['Spotting the signs of trafficking', 'What it is', 'Red flags', 'What you can do'],
    para: 'Traffickers often target people they already know: a partner, a relative, an employer or a new friend met online. ' +
      'They promise love, work or a better life, then use force, fraud or coercion to control them. ',
    items: ['Someone else holds their ID or passport.', 'They cannot leave a job or a home.', 'They owe a debt that keeps growing.', 'They seem afraid to speak for themselves.'],
    call: 'Call', text: 'Text',
  },
  zh: {
    meta: { title: '讲义', lang: 'zh-Hans-US', dir: 'ltr', script: 'han', paper: 'letter' },
    h: ['识别人口贩卖的迹象', '什么是人口贩卖', '危险信号', '你能做什么'],
    para: '人口贩卖者往往针对他们认识的人：伴侣、亲戚、雇主或在网上认识的新朋友。他们承诺爱情、工作或更好的生活，然后使用武力、欺诈或胁迫手段控制他们。',
    items: ['别人保管他们的身份证件或护照。', '他们不能离开工作或住所。', '他们欠下越来越多的债务。', '他们似乎害怕为自己说话。'],
    call: '拨打', text: '短信',
  },
  ar: {
    meta: { title: 'نشرة', lang: 'ar', dir: 'rtl', script: 'arabic', paper: 'a4' },
    h: ['علامات الاتجار بالبشر', 'ما هو الاتجار بالبشر', 'علامات التحذير', 'ماذا يمكنك أن تفعل'],
    para: 'غالبًا ما يستهدف المتاجرون أشخاصًا يعرفونهم: شريكًا أو قريبًا أو صاحب عمل أو صديقًا جديدًا عبر الإنترنت. ' +
      'يعدون بالحب أو العمل أو حياة أفضل، ثم يستخدمون القوة أو الاحتيال أو الإكراه للسيطرة عليهم. ',
    items: ['شخص آخر يحتفظ بهويته أو جواز سفره.', 'لا يستطيع ترك العمل أو المنزل.', 'عليه دين يزداد باستمرار.', 'يبدو خائفًا من التحدث عن نفسه.'],
    call: 'اتصل', text: 'أرسل رسالة',
  },
};

function handout(l: Lang): Block[] {
  const list = (): Block => ({ kind: 'list', items: l.items.map((text) => [{ text }]) });
  const para = (n: number): Block => ({ kind: 'paragraph', runs: [{ text: l.para.repeat(n) }] });
  const lines: Run[][] = [[{ text: `${l.call} ` }, { text: HOTLINE, bold: true }], [{ text: `${l.text} ` }, { text: TEXT, bold: true }]];
  return [
    { kind: 'heading', level: 1, text: l.h[0]! }, para(3),
    { kind: 'heading', level: 2, text: l.h[1]! }, para(4), list(),
    { kind: 'heading', level: 2, text: l.h[2]! }, list(), para(3), list(),
    { kind: 'heading', level: 2, text: l.h[3]! }, para(3), list(),
    { kind: 'table', header: [l.h[3]!, l.call], rows: [[l.h[0]!, HOTLINE], [l.text, TEXT]] },
    { kind: 'callout', title: l.h[0]!, lines },
    { kind: 'qr', url: URL, alt: URL, size: 72 },
    para(2),
  ];
}

async function time(fn: () => Promise<Uint8Array>): Promise<{ ms: number; kb: number }> {
  const times: number[] = [];
  let bytes = 0;
  for (let i = 0; i < RUNS; i++) {
    const t0 = performance.now();
    bytes = (await fn()).length;
    times.push(performance.now() - t0);
  }
  times.sort((a, b) => a - b);
  return { ms: times[Math.floor(times.length / 2)]!, kb: bytes / 1024 };
}

let peakRss = 0;
let peakHeap = 0;
const sample = () => {
  const m = process.memoryUsage();
  peakRss = Math.max(peakRss, m.rss);
  peakHeap = Math.max(peakHeap, m.heapUsed);
};
const timer = setInterval(sample, 5);

const rows: string[] = [];
for (const [id, l] of Object.entries(LANGS)) {
  const doc = () => renderDocument({ ...l.meta, blocks: handout(l), footer: (p, n) => `${p} / ${n}` });
  const cards = () => renderWalletCards({ ...l.meta, heading: l.h[0]!, lines: [[{ text: `${l.call} ` }, { text: HOTLINE, bold: true }], [{ text: `${l.text} ` }, { text: TEXT, bold: true }]], qrUrl: URL, qrAlt: URL });
  const tCold = performance.now();
  const first = await doc(); // parses the fonts
  const cold = performance.now() - tCold;
  await cards();
  const pages = (await PDFDocument.load(first)).getPageCount();
  const d = await time(doc);
  const c = await time(cards);
  sample();
  rows.push(`| ${id} | ${pages} | ${cold.toFixed(0)} | ${d.ms.toFixed(1)} | ${d.kb.toFixed(1)} | ${c.ms.toFixed(1)} | ${c.kb.toFixed(1)} |`);
}
clearInterval(timer);

console.log(`PDF engine, ${RUNS} warm runs each (median), Node ${process.version}\n`);
console.log('| lang | handout pages | first render ms (font parse) | handout ms | handout KB | cards ms | cards KB |');
console.log('|---|---|---|---|---|---|---|');
console.log(rows.join('\n'));
console.log(`\nPeak memory: RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, heap used ${(peakHeap / 2 ** 20).toFixed(0)} MB`);
