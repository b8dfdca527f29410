// Wallet cards, flyer and the QR code, on real outputs.
import { describe, expect, it } from 'vitest';
import { renderDocument, renderFlyer, renderWalletCards, type CardSpec, type FlyerSpec } from '../../scripts/lib/pdf/index.js';
import { HOTLINE, TEXTLINE, decodeQr, hasTool, hotlineLines, iso, meta, missing, pdfinfo, pdftotext, qpdfCheck, squash } from './helpers.js';

const poppler = hasTool('pdftotext') && hasTool('pdfinfo') && hasTool('qpdf');
const zbar = hasTool('zbarimg') && hasTool('pdftoppm');
const URL = 'https://humantraffickinghotline.org';

function cards(over: Partial<CardSpec> = {}): CardSpec {
  return {
    ...meta({ title: 'Wallet cards' }),
    heading: 'You are not alone',
    lines: [[{ text: 'National Human Trafficking Hotline', bold: true }], ...hotlineLines, [{ text: 'Free, confidential, 24/7' }]],
    qrUrl: URL,
    qrAlt: 'QR code: humantraffickinghotline.org',
    ...over,
  };
}

function flyer(over: Partial<FlyerSpec> = {}): FlyerSpec {
  return {
    ...meta({ title: 'Flyer' }),
    headline: 'Is someone controlling your work or your life?',
    blocks: [
      { kind: 'paragraph', runs: [{ text: 'Help is free and confidential, 24 hours a day, in more than 200 languages.' }] },
      { kind: 'callout', title: 'National Human Trafficking Hotline', lines: hotlineLines },
    ],
    tabLines: ['Trafficking hotline', HOTLINE, `Text ${TEXTLINE}`],
    ...over,
  };
}

describe.skipIf(!poppler)('wallet cards and flyer ' + (poppler ? '' : missing('pdftotext/pdfinfo/qpdf', 'poppler-utils, qpdf')), () => {
  it('wallet card sheet: ten cards with the hotline, Letter and A4', async () => {
    for (const paper of ['letter', 'a4'] as const) {
      const pdf = await renderWalletCards(cards({ paper }));
      const text = pdftotext(pdf);
      expect(text.split(HOTLINE).length - 1).toBe(10);
      expect(text).toContain(TEXTLINE);
      const info = pdfinfo(pdf);
      expect(info.Pages).toBe('1');
      expect(info.Tagged).toBe('yes');
      expect(info['Page size']).toMatch(paper === 'letter' ? /^612 x 792/ : /^595\.28 x 841\.89/);
      expect(qpdfCheck(pdf).ok).toBe(true);
    }
  });

  it('wallet cards: text that cannot fit gives a clear error', async () => {
    const lines = Array.from({ length: 30 }, () => [{ text: 'A very long line that will never fit on a wallet card at any size' }]);
    await expect(renderWalletCards(cards({ lines }))).rejects.toThrow(/do not fit .*card/);
  });

  it('wallet cards in Arabic keep the number left to right', async () => {
    const pdf = await renderWalletCards(cards({ lang: 'ar', dir: 'rtl', script: 'arabic', heading: 'لست وحدك',
      lines: [[{ text: 'اتصل ' }, { text: iso(HOTLINE), bold: true }]] }));
    const text = squash(pdftotext(pdf));
    expect(text).toContain('لست وحدك');
    expect(text).toContain(`اتصل ${HOTLINE}`);
  });

  it('flyer: poster text and every tab carry the hotline', async () => {
    const pdf = await renderFlyer(flyer({ tabCount: 7 }));
    const text = pdftotext(pdf);
    // 7 tabs + the callout
    expect(text.split(HOTLINE).length - 1).toBe(8);
    expect(squash(text)).toContain('Is someone controlling your work or your life?');
    expect(pdfinfo(pdf).Tagged).toBe('yes');
    expect(qpdfCheck(pdf).ok).toBe(true);
  });

  it('flyer: too much poster text or too many tab lines throw', async () => {
    const blocks = Array.from({ length: 30 }, () => ({ kind: 'paragraph' as const, runs: [{ text: 'Long text. '.repeat(20) }] }));
    await expect(renderFlyer(flyer({ blocks }))).rejects.toThrow(/do not fit above the tear-off tabs/);
    await expect(renderFlyer(flyer({ tabLines: Array(12).fill(HOTLINE) }))).rejects.toThrow(/tab lines do not fit/);
  });
});

describe.skipIf(!zbar)('QR codes ' + (zbar ? '' : missing('zbarimg/pdftoppm', 'zbar-tools, poppler-utils')), () => {
  it('decode back to the URL (document, cards, flyer)', async () => {
    const doc = await renderDocument({ ...meta(), blocks: [{ kind: 'qr', url: URL, alt: 'QR', size: 72 }] });
    expect(decodeQr(doc)).toContain(`${URL}`);
    expect(decodeQr(await renderWalletCards(cards()))).toContain(URL);
    const fl = await renderFlyer(flyer({ blocks: [{ kind: 'qr', url: URL, alt: 'QR', size: 90 }] }));
    expect(decodeQr(fl)).toContain(URL);
  });
});
