// renderDocument on real outputs: text, pages, paper sizes, tags, validity, reproducibility.
import { describe, expect, it } from 'vitest';
import { renderDocument, type Block, type DocSpec } from '../../scripts/lib/pdf/index.js';
import { HOTLINE, LOREM, TEXTLINE, hasTool, hotlineLines, meta, missing, pdfinfo, pdftotext, qpdfCheck, squash, structText } from './helpers.js';

const poppler = hasTool('pdftotext') && hasTool('pdfinfo');
const skipPoppler = missing('pdftotext/pdfinfo', 'poppler-utils');

function handout(over: Partial<DocSpec> = {}): DocSpec {
  const blocks: Block[] = [
    { kind: 'heading', level: 1, text: 'Spotting the signs' },
    { kind: 'paragraph', runs: [{ text: LOREM }, { text: 'You are not alone.', bold: true }] },
    { kind: 'heading', level: 2, text: 'Red flags' },
    { kind: 'list', items: [[{ text: 'Someone else holds their ID.' }], [{ text: 'They cannot leave the job.' }]] },
    { kind: 'list', ordered: true, items: [[{ text: 'Stay calm.' }], [{ text: 'Call the hotline.' }]] },
    { kind: 'table', header: ['Service', 'Number'], rows: [['National hotline', HOTLINE], ['Text line', TEXTLINE]], widths: [0.6, 0.4] },
    { kind: 'callout', title: 'National Human Trafficking Hotline', lines: hotlineLines },
    { kind: 'qr', url: 'https://humantraffickinghotline.org', alt: 'QR code: humantraffickinghotline.org', size: 72 },
  ];
  return { ...meta(), blocks, runningHeader: 'Community workshop', footer: (p, n) => `Page ${p} of ${n} · draft translation`, ...over };
}

function longDoc(paragraphs: number, over: Partial<DocSpec> = {}): DocSpec {
  const blocks: Block[] = [];
  for (let i = 0; i < paragraphs; i++) {
    if (i % 4 === 0) blocks.push({ kind: 'heading', level: 2, text: `Section ${i / 4 + 1}` });
    blocks.push({ kind: 'paragraph', runs: [{ text: LOREM.repeat(3) }] });
  }
  return handout({ blocks, ...over });
}

describe.skipIf(!poppler)('renderDocument (Latin) ' + (poppler ? '' : skipPoppler), () => {
  it('gives back the hotline numbers and the footer', async () => {
    const text = squash(pdftotext(await renderDocument(handout())));
    expect(text).toContain(HOTLINE);
    expect(text).toContain(TEXTLINE);
    expect(text).toContain('Page 1 of 1 · draft translation');
    expect(text).toContain('Someone else holds their ID.');
  });

  it('is tagged, titled, and Letter / A4 sized', async () => {
    const letter = pdfinfo(await renderDocument(handout()));
    expect(letter.Tagged).toBe('yes');
    expect(letter.Title).toBe('Test handout');
    expect(letter['Page size']).toMatch(/^612 x 792 pts/);
    const a4 = pdfinfo(await renderDocument(handout({ paper: 'a4' })));
    expect(a4['Page size']).toMatch(/^595\.28 x 841\.89 pts/);
  });

  it('has the expected structure tree', async () => {
    const tree = structText(await renderDocument(handout()));
    for (const tag of ['Document', 'H1', 'H2', 'P', 'L', 'LI', 'Lbl', 'LBody', 'Table', 'TR', 'TH', 'TD', 'Figure']) {
      expect(tree).toMatch(new RegExp(`^\\s*${tag}\\b`, 'm'));
    }
    // Running header and footer are artifacts, not content.
    expect(tree).not.toContain('Community workshop');
  });

  it('breaks a long document into pages and numbers them', async () => {
    const pdf = await renderDocument(longDoc(24));
    const pages = Number(pdfinfo(pdf).Pages);
    expect(pages).toBeGreaterThan(2);
    expect(squash(pdftotext(pdf))).toContain(`Page ${pages} of ${pages}`);
  });

  it('throws a clear error when the content exceeds maxPages', async () => {
    await expect(renderDocument(longDoc(24, { maxPages: 2 }))).rejects.toThrow(/needs \d+ pages but maxPages is 2/);
    await expect(renderDocument(handout({ maxPages: 2 }))).resolves.toBeInstanceOf(Uint8Array);
  });

  it('repeats the table header on the next page', async () => {
    const rows = Array.from({ length: 80 }, (_, i) => [`Resource ${i + 1}`, HOTLINE]);
    const pdf = await renderDocument(handout({ blocks: [{ kind: 'table', header: ['Service', 'Number'], rows }] }));
    const pages = pdftotext(pdf).split('\f').filter((p) => p.trim());
    expect(pages.length).toBeGreaterThan(1);
    for (const page of pages) expect(page).toContain('Service');
  });

  it('keeps a heading with the paragraph after it', async () => {
    // Fill the page so that a heading would land at its very bottom.
    for (let n = 1; n <= 12; n++) {
      const blocks: Block[] = [
        ...Array.from({ length: n }, () => ({ kind: 'paragraph' as const, runs: [{ text: LOREM }] })),
        { kind: 'heading', level: 2, text: 'KEEP-WITH-NEXT' },
        { kind: 'paragraph', runs: [{ text: 'FOLLOWING ' + LOREM.repeat(2) }] },
        ...Array.from({ length: 10 }, () => ({ kind: 'paragraph' as const, runs: [{ text: LOREM }] })),
      ];
      const pages = pdftotext(await renderDocument(handout({ blocks }))).split('\f');
      const withHeading = pages.find((p) => p.includes('KEEP-WITH-NEXT'))!;
      expect(withHeading).toContain('FOLLOWING');
    }
  });

  it('makes the same bytes twice, with a fixed date', async () => {
    const a = await renderDocument(handout());
    const b = await renderDocument(handout());
    expect(Buffer.from(a).equals(Buffer.from(b))).toBe(true);
    expect(pdfinfo(a).CreationDate).toMatch(/2000/);
  });

  it('uses SOURCE_DATE_EPOCH for dates', async () => {
    process.env.SOURCE_DATE_EPOCH = '1700000000';
    try {
      expect(pdfinfo(await renderDocument(handout())).CreationDate).toMatch(/2023/);
    } finally {
      delete process.env.SOURCE_DATE_EPOCH;
    }
  });

  it('extracts Vietnamese with its diacritics and Cyrillic', async () => {
    const vi = 'Đường dây nóng quốc gia về nạn buôn người: gọi ngay, hoàn toàn bí mật.';
    const ru = 'Национальная горячая линия по борьбе с торговлей людьми.';
    const pdf = await renderDocument(handout({ lang: 'vi', blocks: [{ kind: 'paragraph', runs: [{ text: vi }] }] }));
    expect(squash(pdftotext(pdf))).toContain(vi);
    const pdfRu = await renderDocument(handout({ lang: 'ru', script: 'cyrillic', blocks: [{ kind: 'paragraph', runs: [{ text: ru }] }] }));
    expect(squash(pdftotext(pdfRu))).toContain(ru);
  });

  it('makes body text at least 14 pt in large print', async () => {
    const { getDocument } = await import('pdfjs-dist/legacy/build/pdf.mjs');
    const pdf = await renderDocument(handout({ largePrint: true, runningHeader: undefined, footer: undefined }));
    const doc = await getDocument({ data: pdf, verbosity: 0 }).promise;
    const page = await doc.getPage(1);
    const items = (await page.getTextContent()).items as { str: string; transform: number[] }[];
    const sizes = items.filter((i) => i.str.trim()).map((i) => Math.hypot(i.transform[0]!, i.transform[1]!));
    expect(Math.min(...sizes)).toBeGreaterThanOrEqual(14);
  });
});

describe.skipIf(!hasTool('qpdf'))('renderDocument validity ' + (hasTool('qpdf') ? '' : missing('qpdf', 'qpdf')), () => {
  it('passes qpdf --check (Letter, A4, long)', async () => {
    for (const spec of [handout(), handout({ paper: 'a4' }), longDoc(16)]) {
      const r = qpdfCheck(await renderDocument(spec));
      expect(r.ok, r.out).toBe(true);
      expect(r.out).toContain('No syntax or stream encoding errors');
    }
  });
});

describe('renderDocument input errors', () => {
  it('rejects an empty title and an unknown paper', async () => {
    await expect(renderDocument(handout({ title: ' ' }))).rejects.toThrow(/title is empty/);
    await expect(renderDocument(handout({ paper: 'legal' as never }))).rejects.toThrow(/paper "legal"/);
  });
  it('rejects image data that is not PNG or JPEG', async () => {
    const blocks: Block[] = [{ kind: 'image', data: new Uint8Array([1, 2, 3, 4]), alt: 'logo', maxWidth: 100, maxHeight: 40 }];
    await expect(renderDocument(handout({ blocks }))).rejects.toThrow(/PNG or JPEG/);
  });
});
