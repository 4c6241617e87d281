import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, mkdtempSync, readdirSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { brokenCorpus } from '../support/fixtures';

function build(contentDir: string, outDir: string) {
  return spawnSync('npx', ['tsx', 'src/cli/build.ts'], {
    encoding: 'utf8',
    env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir, ASTRO_TELEMETRY_DISABLED: '1' },
  });
}

describe('npm run build on broken content', () => {
  it('stops with the claim file and the missing key named, and leaves no site behind', () => {
    const content = brokenCorpus('missing-reference');
    const parent = mkdtempSync(join(tmpdir(), 'build-'));
    const outDir = join(parent, 'dist');
    mkdirSync(outDir);
    writeFileSync(join(outDir, 'index.html'), 'stale site from an earlier build');

    const result = build(content, outDir);

    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain(
      `${join(content, 'claims/mapk-phosphorylates-er.md')}: references[0]: no reference 'kato1995activatoin' (did you mean 'kato1995activation'?)`,
    );
    expect(existsSync(outDir)).toBe(false);
    expect(readdirSync(parent)).toEqual([]);
  });

  it('lists all problems at once', () => {
    const content = brokenCorpus('unknown-vocabulary');
    const outDir = join(mkdtempSync(join(tmpdir(), 'build-')), 'dist');
    const result = build(content, outDir);
    expect(result.status).not.toBe(0);
    expect(result.stderr).toContain('4 content problems found:');
    for (const field of ['section', 'pathways[0]', 'drugs[0]', 'trials[0]']) {
      expect(result.stderr).toContain(`${join(content, 'claims/foxo3a-links-akt-to-er-loss.md')}: ${field}: `);
    }
    expect(existsSync(outDir)).toBe(false);
  });
});
