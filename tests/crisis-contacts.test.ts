// Issue 13: the crisis line for participants the session upsets (988, US kits only: guides, youth and parents
// handouts) and the guide's local contacts sheet (from the kit config, or blank lines to write in).
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { copyFixture, editYaml, pdfText, runCli, sharedDist, sharedReport } from './helpers.js';

const AUDIENCES = ['youth', 'parents', 'healthcare', 'faith'];
const US_KITS = ['en-US', 'es-US', 'fr-US', 'vi-US', 'zh-Hans-US', 'ar-US'];
const OTHER_KITS = ['en-CA', 'fr-CA', 'en-GB', 'en-AU', 'es-MX'];
/** 988 as a number of its own: not in 1988 or 9880. */
const CRISIS = /(?<!\d)988(?!\d)/;

/** A blank cell of the Markdown table: a line of underscores, escaped for Markdown. */
const BL = '(?:\\\\_)+';
const row = (...cells: string[]) => new RegExp(`\\| ${cells.join(' \\| ')} \\|`);

const file = (kit: string, audience: string, name: string) => `${sharedDist()}/${kit}/${audience}/${name}`;

describe('the 988 crisis line', () => {
  it('is on the US youth and parents handouts, in every language, and not on the other audiences\' handouts', () => {
    for (const kit of US_KITS) {
      for (const audience of AUDIENCES) {
        const text = pdfText(file(kit, audience, 'handout-letter.pdf'));
        if (['youth', 'parents'].includes(audience)) expect(text, `${kit} ${audience}`).toMatch(CRISIS);
        else expect(text, `${kit} ${audience}`).not.toMatch(CRISIS);
      }
    }
    expect(pdfText(file('en-US', 'youth', 'handout-a4.pdf')).replace(/\s+/g, ' ')).toContain('call or text 988 to talk with someone');
  });

  it('is in the support plan of every US guide, Markdown and PDF, with its name from region data', () => {
    for (const kit of US_KITS) {
      for (const audience of AUDIENCES) {
        const md = readFileSync(file(kit, audience, 'facilitator-guide.md'), 'utf8');
        expect(md, `${kit} ${audience}`).toContain('988 Suicide & Crisis Lifeline');
        expect(md).toMatch(CRISIS);
      }
    }
    const md = readFileSync(file('en-US', 'healthcare', 'facilitator-guide.md'), 'utf8');
    const support = md.slice(md.indexOf('## Support for participants'), md.indexOf('## Hotline and reporting contacts'));
    expect(support).toContain('call or text 988 (988 Suicide & Crisis Lifeline)');
    expect(support).toContain('not only for thoughts of suicide');
    const pdf = pdfText(file('en-US', 'healthcare', 'facilitator-guide-letter.pdf'));
    expect(pdf).toContain('988 Suicide & Crisis Lifeline');
  });

  it('is printed nowhere in the Canadian, British, Australian and Mexican kits, whose guides say to find a local one', () => {
    for (const kit of OTHER_KITS) {
      for (const audience of AUDIENCES) {
        expect(readFileSync(file(kit, audience, 'facilitator-guide.md'), 'utf8'), `${kit} ${audience}`).not.toMatch(CRISIS);
        expect(pdfText(file(kit, audience, 'handout-letter.pdf')), `${kit} ${audience}`).not.toMatch(CRISIS);
      }
      expect(pdfText(file(kit, 'youth', 'facilitator-guide-a4.pdf')), kit).not.toMatch(CRISIS);
      expect(pdfText(`${sharedDist()}/${kit}/wallet-cards-letter.pdf`)).not.toMatch(CRISIS);
    }
    const gb = readFileSync(file('en-GB', 'youth', 'facilitator-guide.md'), 'utf8');
    expect(gb).toContain('This kit has no crisis line for your region yet.');
    expect(gb).toMatch(row('Crisis line', BL, BL));
  });

  it('the build report names every kit without one, and no US kit', () => {
    const report = sharedReport();
    for (const kit of OTHER_KITS) expect(report).toContain(`${kit}: no crisis line for participants in content/regions/${kit.slice(-2)}.yaml`);
    for (const kit of US_KITS) expect(report).not.toContain(`${kit}: no crisis line`);
  });
});

describe('the local contacts sheet', () => {
  it('is a page of every guide with blank lines to write in when the kit config gives no contacts', () => {
    const md = readFileSync(file('en-US', 'youth', 'facilitator-guide.md'), 'utf8');
    for (const label of ['Support person at the session', 'Safeguarding or designated lead for reports', 'Child protection line', 'Police non-emergency number', 'Local services']) {
      expect(md).toMatch(row(label, BL, BL));
    }
    expect(md).not.toMatch(/\| Crisis line \|/); // the US crisis line is in region data
    const gb = readFileSync(file('en-GB', 'faith', 'facilitator-guide.md'), 'utf8');
    expect(gb).toContain('| Designated safeguarding lead |');
    expect(readFileSync(file('es-US', 'parents', 'facilitator-guide.md'), 'utf8')).toContain('## Contactos locales');
    expect(readFileSync(file('ar-US', 'parents', 'facilitator-guide.md'), 'utf8')).toContain('## جهات الاتصال المحلية');
    // a page of its own in the PDF: the sheet's heading starts a page and the slide-by-slide script the next one
    const pages = pdfText(file('en-US', 'parents', 'facilitator-guide-letter.pdf')).split('\f');
    const sheet = pages.findIndex((p) => p.includes('Local contacts'));
    expect(sheet).toBeGreaterThan(0);
    expect(pages[sheet]).toContain('Police non-emergency number');
    expect(pages[sheet + 1]).toContain('Slide by slide');
  });

  it('is filled from the kit config, numbers formatted for the region; a contact left out stays blank', async () => {
    const root = copyFixture('minimal');
    const config = `${copyFixture('community')}/kit.config.yaml`;
    editYaml(config, (c) => {
      c.localContacts = {
        supportPerson: { name: 'Dana Ortiz, school counselor', phone: '202-555-0142' },
        safeguardingLead: { name: 'Sam Lee' },
        policeNonEmergency: { phone: '202 555 0123' },
      };
    });
    const run = await runCli(['--content', root, '--config', config, '--out', `${root}/dist`, '-o', 'guide']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    const md = readFileSync(`${root}/dist/en-US/youth/facilitator-guide.md`, 'utf8');
    expect(md).toContain('| Support person at the session | Dana Ortiz, school counselor | (202) 555-0142 |');
    expect(md).toMatch(row('Safeguarding or designated lead for reports', 'Sam Lee', BL));
    expect(md).toMatch(row('Child protection line', BL, BL));
    expect(md).toMatch(row('Police non-emergency number', BL, '\\(202\\) 555-0123'));
    expect(md).toContain('| Local services | Riverside Youth Shelter · shelter.example.org | (202) 555-0199 |');
    expect(run.out).toContain('(202) 555-0142');
    const pdf = pdfText(`${root}/dist/en-US/youth/facilitator-guide-a4.pdf`).replace(/\s+/g, ' ');
    expect(pdf).toContain('Dana Ortiz, school counselor');
    expect(pdf).toContain('(202) 555-0142');
  });

  it('refuses a phone number not valid in the kit\'s region, naming the key (exit 1, nothing written)', async () => {
    const root = copyFixture('minimal');
    const config = `${copyFixture('community')}/kit.config.yaml`;
    editYaml(config, (c) => { c.localContacts = { childProtection: { name: 'Hotline', phone: '55 5658 1111' } }; });
    const run = await runCli(['--content', root, '--config', config, '--out', `${root}/dist`, '-o', 'guide']);
    expect(run.code).toBe(1);
    expect(run.err).toMatch(/kit\.config\.yaml: localContacts\.childProtection\.phone/);
    expect(run.err).toContain('not a valid phone number in US');
    expect(existsSync(`${root}/dist`)).toBe(false);
  });

  it('refuses a contact with neither name nor phone, an unknown role, and a hotline number typed into a name', async () => {
    const root = copyFixture('minimal');
    const config = `${copyFixture('community')}/kit.config.yaml`;
    for (const [contacts, key] of [
      [{ supportPerson: {} }, 'localContacts.supportPerson'],
      [{ counsellor: { name: 'A' } }, 'localContacts'],
      [{ supportPerson: { name: 'Call 1-800-307-4712' } }, 'localContacts.supportPerson.name'],
    ] as const) {
      editYaml(config, (c) => { c.localContacts = contacts; });
      const run = await runCli(['--content', root, '--config', config, '--out', `${root}/dist`, '-o', 'guide']);
      expect(run.code, key).toBe(1);
      expect(run.err, key).toContain(`kit.config.yaml: ${key}`);
    }
    expect(existsSync(`${root}/dist`)).toBe(false);
  });
});

