import { parse } from '@astrojs/compiler';
import type { Node, ParentNode } from '@astrojs/compiler/types';
import { cruise, type ICruiseResult } from 'dependency-cruiser';
import extractDepcruiseOptions from 'dependency-cruiser/config-utl/extract-depcruise-options';
import { cpSync, mkdtempSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

/**
 * The layering of src/ (.dependency-cruiser.cjs) checked by dependency-cruiser over every import form: static and
 * dynamic imports in either quotes are its own; what it cannot read, the front matter and <script> blocks of .astro
 * files and `new URL('./x', import.meta.url)` worker URLs, is made readable in a copy of src/:
 * - `X.astro` becomes `X.astro.ts`, its front matter (which runs at build time), and `X.astro.script.ts`, its script
 *   blocks (which run in the browser, so the browser rules apply to them);
 * - a worker URL becomes an import beside it.
 */

const root = resolve('.');
const copies: string[] = [];
afterAll(() => copies.forEach((dir) => rmSync(dir, { recursive: true, force: true })));

function filesUnder(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? filesUnder(path) : [path];
  });
}

const WORKER_URL = /new\s+URL\(\s*(['"`])([^'"`]+)\1\s*,\s*import\.meta\.url\s*\)/g;

/** The modules a worker URL names, as imports dependency-cruiser reads. */
function withWorkerImports(text: string): string {
  const urls = [...text.matchAll(WORKER_URL)].map((m) => `import '${m[2]}';`);
  return urls.length > 0 ? `${text}\n${urls.join('\n')}\n` : text;
}

/** An .astro file's front matter and the text of its script blocks (JSON and JSON-LD blocks hold no code). */
async function astroParts(text: string): Promise<{ frontmatter: string; scripts: string[] }> {
  const { ast } = await parse(text);
  let frontmatter = '';
  const scripts: string[] = [];
  const visit = (node: Node) => {
    if (node.type === 'frontmatter') frontmatter = node.value;
    if (node.type === 'element' && node.name === 'script') {
      const type = node.attributes.find((a) => a.name === 'type')?.value;
      if (!type || type === 'module') scripts.push(node.children.map((child) => ('value' in child ? child.value : '')).join(''));
    }
    if ('children' in node) (node as ParentNode).children.forEach(visit);
  };
  visit(ast);
  return { frontmatter, scripts };
}

/** A copy of src/ (and the config, which imports from it) that dependency-cruiser reads whole, with files rewritten by `plants`. */
async function readableCopy(plants: Record<string, (text: string) => string> = {}): Promise<string> {
  const dir = mkdtempSync(join(tmpdir(), 'architecture-'));
  copies.push(dir);
  cpSync(join(root, 'src'), join(dir, 'src'), { recursive: true });
  for (const file of ['astro.config.mjs', 'package.json']) cpSync(join(root, file), join(dir, file));
  symlinkSync(join(root, 'node_modules'), join(dir, 'node_modules'), 'dir');
  for (const [file, plant] of Object.entries(plants)) writeFileSync(join(dir, file), plant(readFileSync(join(dir, file), 'utf8')));
  for (const file of filesUnder(join(dir, 'src'))) {
    const text = readFileSync(file, 'utf8');
    if (file.endsWith('.astro')) {
      const { frontmatter, scripts } = await astroParts(text);
      rmSync(file);
      writeFileSync(`${file}.ts`, withWorkerImports(frontmatter));
      if (scripts.length > 0) writeFileSync(`${file}.script.ts`, withWorkerImports(scripts.join('\n')));
    } else if (/\.(ts|tsx|mjs)$/.test(file)) {
      writeFileSync(file, withWorkerImports(text));
    }
  }
  return dir;
}

async function cruiseCopy(dir: string): Promise<ICruiseResult> {
  const options = await extractDepcruiseOptions(join(root, '.dependency-cruiser.cjs'));
  const { output } = await cruise(['src', 'astro.config.mjs'], { ...options, baseDir: dir, validate: true });
  if (typeof output === 'string') throw new Error('dependency-cruiser returned text instead of a result');
  return output;
}

function violations(result: ICruiseResult): string[] {
  return result.summary.violations.map((v) => `${v.rule.name}: ${v.from} → ${v.to}${v.cycle ? ` (cycle ${v.cycle.map((c) => c.name).join(' → ')})` : ''}`);
}

function edges(result: ICruiseResult): Set<string> {
  return new Set(result.modules.flatMap((m) => m.dependencies.map((d) => `${m.source} → ${d.resolved}`)));
}

describe('the layering of src/ (.dependency-cruiser.cjs)', () => {
  let current: Promise<ICruiseResult> | undefined;
  const cruiseSrc = () => (current ??= readableCopy().then(cruiseCopy));

  it('holds: no import runs up a layer, across one, or in a cycle, and the browser loads only browser-safe code', async () => {
    expect(violations(await cruiseSrc())).toEqual([]);
  });

  it('is checked on .astro front matter and scripts, dynamic imports and worker URLs, not only on TypeScript imports', async () => {
    const found = edges(await cruiseSrc());
    expect(found).toContain('src/pages/search/index.astro.ts → src/islands/search/SearchApp.tsx');
    expect(found).toContain('src/pages/claims/[id].astro.ts → src/layouts/Base.astro.ts');
    expect(found).toContain('src/layouts/Base.astro.script.ts → src/scripts/save-buttons.ts');
    expect(found).toContain('src/islands/search/page.ts → src/islands/search/SearchApp.tsx');
    expect(found).toContain('src/islands/search/client.ts → src/islands/search/worker.ts');
    expect(found).toContain('src/scripts/reading-list-page.ts → src/scripts/reading-list-csv-worker.ts');
  });

  // Each plant is one import the rules must refuse, in one of the forms the layering reads; text is appended to the file.
  const frontmatter = (text: string) => (source: string) => source.replace(/^---\n/, `---\n${text}`);
  const plants: [what: string, file: string, plant: string | ((source: string) => string), rule: string][] = [
    [
      'an upward import in single quotes',
      'src/lib/content/files.ts',
      "\nimport '../site/routes';\n",
      'layers: src/lib/content/files.ts → src/lib/site/routes.ts',
    ],
    [
      'an upward import in double quotes',
      'src/lib/citations/csl.ts',
      '\nimport { routes } from "../site/routes";\n',
      'layers: src/lib/citations/csl.ts → src/lib/site/routes.ts',
    ],
    ['an import across a layer', 'src/lib/figures/forest.ts', "\nimport '../citations/csl';\n", 'layers: src/lib/figures/forest.ts → src/lib/citations/csl.ts'],
    [
      'a dynamic import',
      'src/lib/text/fold.ts',
      "\nexport const later = () => import('../content/load');\n",
      'layers: src/lib/text/fold.ts → src/lib/content/load.ts',
    ],
    [
      'search importing the build cache',
      'src/lib/search/query.ts',
      "\nimport '../build/cache';\n",
      'search-is-a-leaf: src/lib/search/query.ts → src/lib/build/cache.ts',
    ],
    [
      'a cycle',
      'src/lib/search/query.ts',
      "\nimport './engine';\n",
      'no-cycles: src/lib/search/engine.ts → src/lib/search/query.ts (cycle src/lib/search/query.ts → src/lib/search/engine.ts)',
    ],
    [
      'a worker URL the browser would load from Node-only code',
      'src/scripts/theme.ts',
      "\nexport const worker = () => new Worker(new URL('../lib/content/load.ts', import.meta.url));\n",
      'browser-only-browser-modules: src/scripts/theme.ts → src/lib/content/load.ts',
    ],
    ['a Node built-in in browser code', 'src/islands/search/page.ts', "\nimport 'node:fs';\n", 'browser-no-node: src/islands/search/page.ts → fs'],
    [
      'a build-time package in browser code',
      'src/lib/search/highlight.ts',
      "\nimport 'js-yaml';\n",
      'browser-packages: src/lib/search/highlight.ts → node_modules/js-yaml/dist/js-yaml.mjs',
    ],
    [
      'an upward import in .astro front matter',
      'src/components/Breadcrumbs.astro',
      frontmatter("import Base from '../layouts/Base.astro';\n"),
      'layers: src/components/Breadcrumbs.astro.ts → src/layouts/Base.astro.ts',
    ],
    [
      'Node-only code in an .astro script block',
      'src/components/CiteControl.astro',
      "\n<script>\n  import '../lib/content/files';\n</script>\n",
      'browser-only-browser-modules: src/components/CiteControl.astro.script.ts → src/lib/content/files.ts',
    ],
  ];

  // All plants go into one copy, cruised once; each must be refused on its own line.
  let planted: Promise<string[]> | undefined;
  const plantedViolations = () =>
    (planted ??= (async () => {
      const rewrites: Record<string, (text: string) => string> = {};
      for (const [, file, plant] of plants) {
        const before = rewrites[file] ?? ((text: string) => text);
        rewrites[file] = typeof plant === 'string' ? (text) => before(text) + plant : (text) => plant(before(text));
      }
      return violations(await cruiseCopy(await readableCopy(rewrites)));
    })());

  it.each(plants)('fails on %s', async (_what, _file, _plant, rule) => {
    const found = await plantedViolations();
    expect(found, found.join('\n')).toContain(rule);
  });

  it('no file is left at the top of src/lib: everything belongs to a concern', () => {
    expect(readdirSync('src/lib').filter((name) => statSync(join('src/lib', name)).isFile())).toEqual([]);
  });
});
