import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCaseProblems } from '../support/broken-cases';
import { brokenCorpus } from '../support/fixtures';
import { run as runCommand } from '../support/run';

/** Runs a curator command (src/cli/<name>.ts) the way `npm run` does, against another content directory. */
async function run(cli: 'build' | 'validate', contentDir: string, outDir = join(mkdtempSync(join(tmpdir(), 'out-')), 'dist')) {
  const result = await runCommand('npx', ['tsx', `src/cli/${cli}.ts`], { CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' });
  return { ...result, outDir };
}

function expectProblems(output: string, expected: (string | RegExp)[]) {
  const lines = output.split('\n').map((line) => line.trim());
  for (const problem of expected) {
    if (typeof problem === 'string') expect(lines).toContain(problem);
    else expect(lines.some((line) => problem.test(line)), String(problem)).toBe(true);
  }
  expect(output).toContain(`${expected.length} content problem${expected.length === 1 ? '' : 's'} found:`);
}

describe.concurrent('every broken corpus stops `npm run validate` and `npm run build`', () => {
  for (const [name, expected] of Object.entries(brokenCaseProblems)) {
    it(name, async () => {
      const content = brokenCorpus(name);
      const validate = await run('validate', content);
      expect(validate.status).not.toBe(0);
      expectProblems(validate.stderr, expected(content));

      const build = await run('build', content);
      expect(build.status).not.toBe(0);
      expectProblems(build.stderr, expected(content));
      expect(existsSync(build.outDir), 'no dist/ is left behind').toBe(false);
    });
  }
});

describe('a failed build', () => {
  it('also removes an earlier site, so a stale dist/ cannot be deployed by mistake', async () => {
    const parent = mkdtempSync(join(tmpdir(), 'build-'));
    const outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'stale site from an earlier build');
    const build = await run('build', brokenCorpus('missing-reference'), outDir);
    expect(build.status).not.toBe(0);
    expect(readdirSync(parent)).toEqual([]);
  });
});
