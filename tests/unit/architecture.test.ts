import { readdirSync, readFileSync, statSync } from 'node:fs';
import { dirname, join, relative, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

// src/lib is grouped by concern; the folders the browser loads (search/, text/) must never pull in Node-only code,
// and the code the browser runs (scripts/, islands/) may only use those folders.

function files(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    return statSync(path).isDirectory() ? files(path) : /\.(ts|tsx)$/.test(name) ? [path] : [];
  });
}

/** Every module a file imports, statically or dynamically, as written. */
function imports(file: string): string[] {
  const text = readFileSync(file, 'utf8');
  return [...text.matchAll(/(?:from\s+|import\s*\(\s*)'([^']+)'/g)].map((m) => m[1]);
}

const BROWSER_LIB = ['src/lib/search', 'src/lib/text'].map((dir) => resolve(dir));
/** Single files of lib/site that the browser loads too: the one labels module pages, scripts and the island share. */
const BROWSER_FILES = ['src/lib/site/labels.ts'].map((file) => resolve(file));
// stemmer (wooorm's Porter stemmer) is plain ECMAScript with no dependencies: search analyses queries in the browser with it.
const BROWSER_PACKAGES = new Set(['fuse.js/basic', 'react', 'react-dom', 'react-dom/client', 'stemmer']);

function violations(dirs: string[]): string[] {
  const found: string[] = [];
  for (const file of dirs.flatMap(files)) {
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const inLib = target.startsWith(resolve('src/lib'));
        const browserSafe =
          BROWSER_LIB.some((dir) => target.startsWith(dir)) || BROWSER_FILES.includes(`${target}.ts`) || target.startsWith(resolve('src/scripts')) || target.startsWith(resolve('src/islands'));
        if (inLib && !browserSafe) found.push(`${relative('.', file)} imports ${spec}`);
      } else if (!BROWSER_PACKAGES.has(spec)) {
        found.push(`${relative('.', file)} imports package ${spec}`);
      }
    }
  }
  return found;
}

describe('src/lib shows its parts', () => {
  it('lib/search and lib/text, which run in the browser, import only each other and browser packages', () => {
    expect(violations(BROWSER_LIB)).toEqual([]);
  });

  it('browser scripts and islands use only the browser folders of lib', () => {
    expect(violations(['src/scripts', 'src/islands'].map((dir) => resolve(dir)))).toEqual([]);
  });

  it('lib/site/labels.ts, which the browser loads, reaches no Node module and no package but zod through its value imports', () => {
    // Type imports vanish in the bundle; value imports are followed to the end.
    const valueImports = (file: string) =>
      [...readFileSync(file, 'utf8').matchAll(/^import\s+(?!type\b)[^;]*?from\s+'([^']+)'/gms)].map((m) => m[1]);
    const seen = new Set<string>();
    const found: string[] = [];
    const visit = (file: string) => {
      if (seen.has(file)) return;
      seen.add(file);
      for (const spec of valueImports(file)) {
        if (spec.startsWith('.')) visit(`${resolve(dirname(file), spec)}.ts`);
        else if (spec !== 'astro/zod') found.push(`${relative('.', file)} imports ${spec}`);
      }
    };
    BROWSER_FILES.forEach(visit);
    expect(found).toEqual([]);
    expect(seen.size).toBeGreaterThan(1);
  });

  it('the check itself catches a Node import', () => {
    expect(imports('src/lib/content/files.ts')).toContain('node:fs');
    expect(violations([resolve('src/lib/content')]).length).toBeGreaterThan(0);
  });

  it('no file is left at the top of src/lib: everything belongs to a concern', () => {
    expect(readdirSync('src/lib').filter((name) => statSync(join('src/lib', name)).isFile())).toEqual([]);
  });
});
