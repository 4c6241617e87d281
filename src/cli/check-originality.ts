/**
 * `npm run check:originality`: for every claim, trial and the review, the longest run of words its prose shares with
 * the title or abstract of a study it cites. It compares against the abstracts in .abstracts/ (one `<key>.txt` per
 * study, title on the first line; publishers' text, so git-ignored) where this machine has them, which gives exact
 * runs of any length, and against the committed fingerprints in content/fingerprints/ for the rest, which find every
 * run of 8 words or more. `-- --write-fingerprints` refreshes the fingerprints from .abstracts/.
 */
import { createHash } from 'node:crypto';
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { readConfig } from '../lib/build/config.mjs';
import { readContentDir } from '../lib/content/files';
import { checkRecord, checkRecordFingerprints, fingerprintFile, MAX_SHARED_RUN, parseFingerprints, type RecordReport } from '../lib/curation/originality';
import { proseOf } from '../lib/curation/prose-fields';

const digest = (text: string) => createHash('sha256').update(text).digest('hex');

function readTexts(dir: string, extension: string): Map<string, string> {
  if (!existsSync(dir)) return new Map();
  return new Map(
    readdirSync(dir)
      .filter((name) => name.endsWith(extension))
      .map((name) => [name.slice(0, -extension.length), readFileSync(join(dir, name), 'utf8')]),
  );
}

export interface OriginalityRun {
  reports: RecordReport[];
  /** Records with a run of MAX_SHARED_RUN words or more. */
  copied: RecordReport[];
  /** Cited keys with neither an abstract nor a fingerprint. */
  uncovered: string[];
  studies: { cited: number; abstracts: number; fingerprints: number };
}

/** Checks a content directory against the abstracts in `abstractsDir` (if any) and the fingerprints in `<content>/fingerprints`. */
export function checkOriginality(content: string, abstractsDir: string): OriginalityRun {
  const { raw } = readContentDir(content);
  const abstracts = readTexts(abstractsDir, '.txt');
  const fingerprints = new Map([...readTexts(join(content, 'fingerprints'), '.txt')].map(([key, file]) => [key, parseFingerprints(file)]));
  const reports = proseOf(raw).map(({ file, fields }) => {
    const exact = checkRecord(file, fields, abstracts);
    // Studies without an abstract here fall back to their fingerprints.
    const fallback = checkRecordFingerprints(
      file,
      fields.map((f) => ({ ...f, cites: f.cites.filter((key) => !abstracts.has(key)) })),
      fingerprints,
      digest,
    );
    const longest = (fallback.longest?.length ?? -1) > (exact.longest?.length ?? -1) ? fallback.longest : exact.longest;
    return { file, longest, missing: fallback.missing };
  });
  const cited = new Set(proseOf(raw).flatMap(({ fields }) => fields.flatMap((f) => f.cites)));
  return {
    reports,
    copied: reports.filter((r) => (r.longest?.length ?? 0) >= MAX_SHARED_RUN),
    uncovered: [...new Set(reports.flatMap((r) => r.missing))].sort(),
    studies: {
      cited: cited.size,
      abstracts: [...cited].filter((key) => abstracts.has(key)).length,
      fingerprints: [...cited].filter((key) => fingerprints.has(key)).length,
    },
  };
}

/** Writes content/fingerprints/<key>.txt for every abstract of a study the corpus holds; returns how many. */
export function writeFingerprints(content: string, abstractsDir: string): number {
  const { raw } = readContentDir(content);
  const keys = new Set([...raw.references, ...raw.reviews].map((entry) => entry.id));
  const out = join(content, 'fingerprints');
  mkdirSync(out, { recursive: true });
  let written = 0;
  for (const [key, text] of readTexts(abstractsDir, '.txt')) {
    if (!keys.has(key)) continue;
    writeFileSync(join(out, `${key}.txt`), fingerprintFile(text, digest));
    written++;
  }
  return written;
}

export function main(args: string[]): number {
  const abstractsDir = args.find((arg) => !arg.startsWith('--')) ?? '.abstracts';
  const content = readConfig().contentDir;
  if (args.includes('--write-fingerprints')) {
    console.log(`Wrote ${writeFingerprints(content, abstractsDir)} fingerprint files to ${join(content, 'fingerprints')}/.`);
    return 0;
  }
  const run = checkOriginality(content, abstractsDir);
  const sorted = [...run.reports].sort((a, b) => (b.longest?.length ?? -1) - (a.longest?.length ?? -1) || a.file.localeCompare(b.file));
  for (const report of sorted) {
    const longest = report.longest;
    const flag = longest && longest.length >= MAX_SHARED_RUN ? 'COPIED' : 'ok    ';
    const detail = longest
      ? `${String(longest.length).padStart(2)} words, ${longest.field} vs ${longest.key}${longest.words ? `: "${longest.words}"` : ''}`
      : ' - nothing to compare';
    console.log(`${flag} ${report.file}: ${detail}${report.missing.length ? ` (no abstract or fingerprint: ${report.missing.join(', ')})` : ''}`);
  }
  const longest = Math.max(0, ...run.reports.map((r) => r.longest?.length ?? 0));
  const { cited, abstracts, fingerprints } = run.studies;
  console.log(
    `\n${run.reports.length} records; ${cited} cited studies, ${abstracts} with an abstract here, ${fingerprints} with fingerprints; ` +
      `${run.uncovered.length} with neither${run.uncovered.length ? ` (${run.uncovered.join(', ')})` : ''}. ` +
      `Longest shared run ${longest} words; ${run.copied.length} record(s) at ${MAX_SHARED_RUN} or more.`,
  );
  return run.copied.length > 0 || (args.includes('--require-abstracts') && run.uncovered.length > 0) ? 1 : 0;
}

if (import.meta.url === pathToFileURL(process.argv[1]).href) process.exit(main(process.argv.slice(2)));
