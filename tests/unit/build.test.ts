import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCaseProblems } from '../support/broken-cases';
import { brokenCorpus } from '../support/fixtures';
import { run as runCommand } from '../support/run';

// Every broken corpus is checked in-process (corpus.test.ts); these run the real commands once each, as curators do.

/** Runs a curator command as curators do, `npm run <name>`, against another content directory. */
function run(command: 'build' | 'validate', contentDir: string, outDir: string) {
  return runCommand('npm', ['run', '--silent', command], { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' });
}

function expectProblems(output: string, expected: (string | RegExp)[]) {
  const lines = output.split('\n').map((line) => line.trim());
  for (const problem of expected) {
    if (typeof problem === 'string') expect(lines).toContain(problem);
    else
      expect(
        lines.some((line) => problem.test(line)),
        String(problem),
      ).toBe(true);
  }
  expect(output).toContain(`${expected.length} content problem${expected.length === 1 ? '' : 's'} found:`);
}

describe.concurrent('the curator commands on a broken corpus', () => {
  it('`npm run validate` lists every problem with file and field and exits non-zero', async () => {
    const content = brokenCorpus('unknown-vocabulary');
    const validate = await run('validate', content, join(mkdtempSync(join(tmpdir(), 'out-')), 'dist'));
    expect(validate.status).not.toBe(0);
    expectProblems(validate.stderr, brokenCaseProblems['unknown-vocabulary'](content));
  });

  it('`npm run build` fails the same way and removes an earlier site, so a stale dist/ cannot be deployed by mistake', async () => {
    const content = brokenCorpus('missing-reference');
    const parent = mkdtempSync(join(tmpdir(), 'build-'));
    const outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'stale site from an earlier build');
    const build = await run('build', content, outDir);
    expect(build.status).not.toBe(0);
    expectProblems(build.stderr, brokenCaseProblems['missing-reference'](content));
    expect(build.stderr).toContain('Build failed; the previous');
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(parent), 'no scratch directory is left either').toEqual([]);
  });
});
