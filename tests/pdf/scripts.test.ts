// Non-Latin documents: Arabic (shaping, RTL, numbers in isolates) and Chinese text come back as written.
import { describe, expect, it } from 'vitest';
import { renderDocument, type DocSpec } from '../../scripts/lib/pdf/index.js';
import { HOTLINE, TEXTLINE, hasTool, iso, meta, missing, pdfinfo, pdftotext, qpdfCheck, squash } from './helpers.js';

const poppler = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('qpdf');

const AR_SENTENCE = `اتصل بالخط الساخن على الرقم ${iso(HOTLINE)} في أي وقت، الخدمة مجانية وسرية (على مدار الساعة).`;
const AR_WORDS = ['اتصل', 'بالخط', 'الساخن', 'على', 'الرقم', 'في', 'أي', 'وقت', 'الخدمة', 'مجانية', 'وسرية', '(على', 'مدار', 'الساعة).'];

function arabic(over: Partial<DocSpec> = {}): DocSpec {
  return {
    ...meta({ title: 'نشرة المشاركين', lang: 'ar', dir: 'rtl', script: 'arabic', paper: 'a4' }),
    blocks: [
      { kind: 'heading', level: 1, text: 'علامات الاتجار بالبشر' },
      { kind: 'paragraph', runs: [{ text: AR_SENTENCE }] },
      { kind: 'list', items: [[{ text: 'شخص آخر يحتفظ بجواز سفره.' }], [{ text: 'لا يستطيع ترك العمل.', bold: true }]] },
      { kind: 'callout', title: 'الخط الساخن الوطني', lines: [[{ text: 'أرسل رسالة نصية إلى ' }, { text: iso(TEXTLINE), bold: true }]] },
      { kind: 'table', header: ['الجهة', 'الرقم'], rows: [['الخط الساخن الوطني', iso(HOTLINE)]] },
    ],
    footer: (p, n) => `صفحة ${p} من ${n}`,
    ...over,
  };
}

const ZH = '人口贩卖是指使用武力、欺诈或胁迫手段获取劳动力或商业性行为。任何人都可能成为受害者。';

describe.skipIf(!poppler)('Arabic and Chinese ' + (poppler ? '' : missing('pdftotext/pdfinfo/qpdf', 'poppler-utils, qpdf')), () => {
  it('gives back Arabic words as written, the number left to right', async () => {
    const pdf = await renderDocument(arabic());
    const text = squash(pdftotext(pdf));
    expect(text).toContain(HOTLINE);
    expect(text).toContain(TEXTLINE);
    expect(text).not.toContain('8887-373-888-1');
    for (const word of AR_WORDS) expect(text).toContain(word);
    // The whole sentence in reading order, the number inside. pdftotext's own bidi output moves a space
    // next to neutral characters (before the Arabic comma, before the number), so spaces are not compared.
    const loose = (s: string) => s.replace(/[\u2066-\u2069\s]/g, '');
    expect(loose(text)).toContain(loose(AR_SENTENCE));
    expect(text).toContain('لا يستطيع ترك العمل.');
    expect(loose(text)).toContain(loose('صفحة 1 من 1'));
  });

  it('Arabic PDF is tagged, A4 and valid', async () => {
    const pdf = await renderDocument(arabic());
    expect(pdfinfo(pdf).Tagged).toBe('yes');
    expect(pdfinfo(pdf)['Page size']).toMatch(/^595\.28 x 841\.89/);
    expect(qpdfCheck(pdf).ok).toBe(true);
  });

  it('right-aligns RTL lines', async () => {
    const pdf = await renderDocument(arabic({ blocks: [{ kind: 'paragraph', runs: [{ text: AR_SENTENCE }] },
      { kind: 'paragraph', runs: [{ text: 'نص قصير' }] }] }));
    const bbox = pdftotext(pdf, true);
    const line = bbox.split('\n').find((l) => l.includes('قصير'))!;
    // With -layout, a right-aligned short line under a full one starts far from the left edge.
    expect(line.length - line.trimStart().length).toBeGreaterThan(40);
  });

  it('gives back Chinese text, with Latin numbers and URLs from the fallback font', async () => {
    const url = 'https://humantraffickinghotline.org';
    const pdf = await renderDocument({
      ...meta({ title: '讲义', lang: 'zh-Hans-US', script: 'han' }),
      blocks: [
        { kind: 'heading', level: 1, text: '识别人口贩卖的迹象' },
        { kind: 'paragraph', runs: [{ text: ZH.repeat(4) + `请拨打 ${iso(HOTLINE)}，或发短信至 ${iso(TEXTLINE)}。网址 ${iso(url)}` }] },
      ],
    });
    const text = squash(pdftotext(pdf)).replace(/ /g, '');
    expect(text).toContain('识别人口贩卖的迹象');
    expect(text).toContain(ZH.replace(/ /g, ''));
    expect(text).toContain(HOTLINE);
    expect(text).toContain(url);
    expect(pdfinfo(pdf).Tagged).toBe('yes');
    expect(qpdfCheck(pdf).ok).toBe(true);
    expect(pdf.length).toBeLessThan(200_000);
  });
});

describe.skipIf(!poppler)('vocalised Arabic ' + (poppler ? '' : missing('pdftotext', 'poppler-utils')), () => {
  it('keeps every letter and keeps marks inside their word', async () => {
    const words = ['ابقَ', 'هادئًا', 'مجانًا', 'الشرّ'];
    const pdf = await renderDocument(arabic({ blocks: [{ kind: 'paragraph', runs: [{ text: words.join(' ') }] }] }));
    const text = squash(pdftotext(pdf));
    const bare = (s: string) => s.replace(/\p{M}/gu, '');
    for (const w of words) {
      // pdftotext may put a mark before its letter (it reads a multi-character glyph text left to right),
      // so compare letters exactly and marks as a set per word.
      const found = text.split(' ').find((t) => bare(t) === bare(w));
      expect(found, `${w} in ${text}`).toBeDefined();
      expect([...found!].filter((c) => /\p{M}/u.test(c)).sort()).toEqual([...w].filter((c) => /\p{M}/u.test(c)).sort());
    }
  });
});
