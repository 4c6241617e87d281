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
const BROWSER_PACKAGES = new Set(['fuse.js/basic', 'react', 'react-dom', 'react-dom/client']);

function violations(dirs: string[]): string[] {
  const found: string[] = [];
  for (const file of dirs.flatMap(files)) {
    for (const spec of imports(file)) {
      if (spec.startsWith('.')) {
        const target = resolve(dirname(file), spec);
        const inLib = target.startsWith(resolve('src/lib'));
        const browserSafe = BROWSER_LIB.some((dir) => target.startsWith(dir)) || target.startsWith(resolve('src/scripts'));
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

  it('the check itself catches a Node import', () => {
    expect(imports('src/lib/content/files.ts')).toContain('node:fs');
    expect(violations([resolve('src/lib/content')]).length).toBeGreaterThan(0);
  });

  it('no file is left at the top of src/lib: everything belongs to a concern', () => {
    expect(readdirSync('src/lib').filter((name) => statSync(join('src/lib', name)).isFile())).toEqual([]);
  });
});
