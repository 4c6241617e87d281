import { expect, test, type APIRequestContext } from '@playwright/test';
import { execFileSync, spawnSync } from 'node:child_process';
import { mkdtempSync, readFileSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';

// The downloads as users get them, fed to the tools users run: bibtex, biber and bibutils from Debian.

interface CslItem {
  id: string;
  title: string;
  DOI?: string;
}

async function fetchDownloads(request: APIRequestContext) {
  const dir = mkdtempSync(join(tmpdir(), 'downloads-'));
  for (const file of ['references.bib', 'references.ris']) {
    writeFileSync(join(dir, file), await (await request.get(`/${file}`)).body());
  }
  const csl: CslItem[] = await (await request.get('/references.json')).json();
  return { dir, csl };
}

function decodeXml(text: string): string {
  return text
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&quot;/g, '"')
    .replace(/&apos;/g, "'")
    .replace(/&amp;/g, '&');
}

/** Each MODS record's own title (bibutils splits "Title: subtitle" in two) and its DOIs. */
function modsRecords(xml: string): { title: string; dois: string[] }[] {
  return xml
    .split('<mods ')
    .slice(1)
    .map((record) => ({
      title: [...(/<titleInfo>\s*<title>([^<]*)<\/title>(?:\s*<subTitle>([^<]*)<\/subTitle>)?/.exec(record) ?? [])]
        .slice(1)
        .filter(Boolean)
        .map(decodeXml)
        .join(': '),
      dois: [...record.matchAll(/<identifier type="doi">([^<]*)<\/identifier>/g)].map((m) => decodeXml(m[1])),
    }));
}

test('bibtex with plain.bst reads every entry without an error or a warning', async ({ request }) => {
  const { dir, csl } = await fetchDownloads(request);
  writeFileSync(join(dir, 'main.aux'), '\\relax\n\\citation{*}\n\\bibstyle{plain}\n\\bibdata{references}\n');
  const run = spawnSync('bibtex', ['main'], { cwd: dir, encoding: 'utf8' });
  expect(run.stdout).not.toMatch(/warning|error/i);
  expect(run.status).toBe(0);
  const bbl = readFileSync(join(dir, 'main.bbl'), 'utf8');
  expect(bbl.match(/\\bibitem/g)?.length).toBe(csl.length);
});

for (const file of ['references.bib', 'references.biblatex.bib']) {
  test(`biber reads every entry of ${file} without ERROR or WARN`, async ({ request }) => {
    const { dir, csl } = await fetchDownloads(request);
    writeFileSync(join(dir, file), await (await request.get(`/${file}`)).body());
    const output = join(dir, `checked-${file}`);
    const run = spawnSync('biber', ['--tool', '--output-file', output, join(dir, file)], { encoding: 'utf8' });
    expect(run.stdout + run.stderr).not.toMatch(/\b(ERROR|WARN)\b/);
    expect(run.status).toBe(0);
    expect(readFileSync(output, 'utf8').match(/^@/gm)).toHaveLength(csl.length);
  });
}

test('bibutils parses every BibTeX and RIS entry with its title and DOI unchanged', async ({ request }) => {
  const { dir, csl } = await fetchDownloads(request);
  const fromBib = modsRecords(execFileSync('bib2xml', [join(dir, 'references.bib')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  const fromRis = modsRecords(execFileSync('ris2xml', [join(dir, 'references.ris')], { encoding: 'utf8', stdio: ['ignore', 'pipe', 'ignore'] }));
  expect(fromBib).toHaveLength(csl.length);
  expect(fromRis).toHaveLength(csl.length);
  const risText = readFileSync(join(dir, 'references.ris'), 'utf8');
  csl.forEach((item, i) => {
    if (item.DOI) {
      expect(fromBib[i].dois, item.id).toContain(item.DOI);
      // Debian's bibutils (6.x) reads a DOI from RIS only when its registrant code has four digits ("10.1200/…"); for
      // newer five-digit codes ("10.18632/oncotarget.6404") it drops the DO line, so there the line itself is checked.
      if (/^10\.\d{4}\//.test(item.DOI)) expect(fromRis[i].dois, item.id).toContain(item.DOI);
      else
        expect(
          risText.split('ER  - ').find((record) => record.includes(`ID  - ${item.id}\r\n`)),
          item.id,
        ).toContain(`DO  - ${item.DOI}\r\n`);
    }
    expect(fromRis[i].title, item.id).toBe(item.title);
    // In LaTeX a straight ' is typeset as a closing quote, and bibutils decodes it so; everything else must be unchanged.
    const typographic = (text: string) => text.replace(/[‘’]/g, "'");
    expect(typographic(fromBib[i].title), item.id).toBe(typographic(item.title));
  });
});
