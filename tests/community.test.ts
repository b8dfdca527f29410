// A community's kit config: organization, logo, local resources, paper size and large print on the handout.
import { execFileSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, copyFixture, editYaml, pdfText, runCli } from './helpers.js';
import { AA, COLOR, contrast } from '../scripts/lib/design/tokens.js';

describe('kit.config.yaml', () => {
  it('puts the organization, its logo and local resources on an A4 handout', async () => {
    const root = copyFixture('minimal');
    const run = await runCli(['--content', root, '--config', `${FIXTURES}/community/kit.config.yaml`, '--out', `${root}/dist`, '-o', 'handout']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(`${root}/dist/en-US/youth`)).toEqual(['handout-a4.pdf', 'preview-handout.jpg']); // paper: [a4], audiences: [youth]
    const file = `${root}/dist/en-US/youth/handout-a4.pdf`;
    const text = pdfText(file);
    expect(text).toContain('Riverside Community Coalition');
    expect(text).toMatch(/Riverside Youth Shelter · \(202\) 555-0199 ·\s+shelter\.example\.org/); // formatted for the region (the line may wrap before the address)
    expect(run.out).toContain('US kits print 1 local number from the kit config: Riverside Youth Shelter (202) 555-0199. Check them before printing.');
    expect(text).toContain('1-888-373-7888');
    const structure = execFileSync('pdfinfo', ['-struct-text', file], { encoding: 'utf8' });
    expect(structure.match(/Figure/g)?.length).toBe(2); // the QR code and the logo
  });

  it('a logo that does not exist is an error naming the config key', async () => {
    const root = copyFixture('minimal');
    const config = `${copyFixture('community')}/kit.config.yaml`;
    editYaml(config, (c) => { c.organization.logo = './missing.png'; });
    const run = await runCli(['--content', root, '--config', config, '--out', `${root}/dist`, '-o', 'handout']);
    expect(run.code).toBe(1);
    expect(run.err).toContain('organization.logo');
    expect(run.err).toContain('missing.png');
  });

  it('a brand colour prints on the handout and colours the kit page; one that fails AA with white text is refused', async () => {
    const root = copyFixture('minimal');
    const config = `${copyFixture('community')}/kit.config.yaml`;
    editYaml(config, (c) => { c.organization.color = '#7a1f5c'; });
    const ok = await runCli(['--content', root, '--config', config, '--out', `${root}/dist`, '-o', 'handout']);
    expect(ok.code).toBe(0);
    const plain = `${root}/plain.pdf`; // content streams uncompressed, to find the colour operator
    execFileSync('qpdf', ['--qdf', '--object-streams=disable', `${root}/dist/en-US/youth/handout-a4.pdf`, plain]);
    expect(readFileSync(plain, 'latin1')).toContain('0.478 0.122 0.361 rg');
    const page = readFileSync(`${root}/dist/en-US/index.html`, 'utf8');
    expect(page).toContain('--kit-primary: #7a1f5c;');
    expect(page).not.toContain(COLOR.primary);
    const tint = /--kit-primary-tint: (#[0-9a-f]{6});/.exec(page)?.[1] as string;
    expect(contrast('#7a1f5c', tint)).toBeGreaterThanOrEqual(AA); // the jump links and module numbers: brand text on its wash
    editYaml(config, (c) => { c.organization.color = '#f5c518'; });
    const refused = await runCli(['--content', root, '--config', config, '--out', `${root}/out`, '-o', 'handout']);
    expect(refused.code).toBe(1);
    expect(refused.err).toMatch(/kit\.config\.yaml: organization\.color/);
    expect(refused.err).toContain('WCAG AA');
    expect(existsSync(`${root}/out`)).toBe(false);
  });
});
