// A community's kit config: organization, logo, local resources, paper size and large print on the handout.
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { FIXTURES, copyFixture, editYaml, pdfText, runCli } from './helpers.js';

describe('kit.config.yaml', () => {
  it('puts the organization, its logo and local resources on an A4 handout', async () => {
    const root = copyFixture('minimal');
    const run = await runCli(['--content', root, '--config', `${FIXTURES}/community/kit.config.yaml`, '--out', `${root}/dist`, '-o', 'handout']);
    expect(run.err).toBe('');
    expect(run.code).toBe(0);
    expect(readdirSync(`${root}/dist/en-US/youth`)).toEqual(['handout-a4.pdf']); // paper: [a4], audiences: [youth]
    const file = `${root}/dist/en-US/youth/handout-a4.pdf`;
    const text = pdfText(file);
    expect(text).toContain('Riverside Community Coalition');
    expect(text).toMatch(/Riverside Youth Shelter · \(202\) 555-0199 · shelter\.example\.org/); // formatted for the region
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
});
