import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parse } from 'yaml';

// The workflow cannot run here; this checks it builds the way the README documents and publishes what the build writes.
describe('the GitHub Pages workflow', () => {
  const workflow = parse(readFileSync('.github/workflows/pages.yml', 'utf8'));
  const steps: { run?: string; uses?: string; env?: Record<string, string>; with?: Record<string, string> }[] = workflow.jobs.build.steps;

  it('installs with npm ci on Node 20 and builds under the repository sub-path', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/setup-node'))?.with?.['node-version']).toBe(20);
    expect(steps.map((s) => s.run).filter(Boolean)).toEqual(['npm ci', 'npm run build']);
    expect(steps.find((s) => s.run === 'npm run build')?.env?.BASE_PATH).toBe('/${{ github.event.repository.name }}/');
  });

  it("points the footer's error reports at the repository's new-issue page", () => {
    expect(steps.find((s) => s.run === 'npm run build')?.env?.REPORT_URL).toBe('${{ github.server_url }}/${{ github.repository }}/issues/new');
  });

  it('uploads dist/ and deploys it with Pages permissions', () => {
    expect(steps.find((s) => s.uses?.startsWith('actions/upload-pages-artifact'))?.with?.path).toBe('dist');
    expect(workflow.jobs.deploy.steps[0].uses).toMatch(/^actions\/deploy-pages@/);
    expect(workflow.permissions).toMatchObject({ pages: 'write', 'id-token': 'write' });
  });
});
