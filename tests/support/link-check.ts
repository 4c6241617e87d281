import { existsSync, readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';

/** Every HTML file under a built site. */
function htmlFiles(dir: string): string[] {
  return readdirSync(dir).flatMap((name) => {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) return htmlFiles(path);
    return name.endsWith('.html') ? [path] : [];
  });
}

function decodeEntities(text: string): string {
  return text
    .replace(/&#(\d+);/g, (_, code) => String.fromCodePoint(Number(code)))
    .replace(/&#x([0-9a-f]+);/gi, (_, code) => String.fromCodePoint(parseInt(code, 16)))
    .replace(/&quot;/g, '"')
    .replace(/&lt;/g, '<')
    .replace(/&gt;/g, '>')
    .replace(/&amp;/g, '&');
}

/**
 * Checks every internal href and src of every page in a built site, and every #fragment, against the files on disk.
 * `base` is the path the site is served under. Returns the broken links as "page -> target" strings.
 */
export function brokenLinks(distDir: string, base: string): { broken: string[]; checked: number } {
  const origin = 'http://site.invalid';
  const ids = new Map<string, Set<string>>();
  const idsOf = (file: string) => {
    let found = ids.get(file);
    if (!found) {
      found = new Set([...readFileSync(file, 'utf8').matchAll(/\sid="([^"]+)"/g)].map((m) => decodeEntities(m[1])));
      ids.set(file, found);
    }
    return found;
  };
  const broken: string[] = [];
  let checked = 0;
  for (const page of htmlFiles(distDir)) {
    const pagePath = `/${relative(distDir, page).replace(/index\.html$/, '')}`;
    const pageUrl = new URL(base.replace(/\/$/, '') + pagePath, origin);
    const html = readFileSync(page, 'utf8');
    for (const match of html.matchAll(/\s(?:href|src)="([^"]*)"/g)) {
      const raw = decodeEntities(match[1]);
      if (/^(mailto:|data:)/.test(raw)) continue;
      const target = new URL(raw, pageUrl);
      if (target.origin !== origin) continue;
      checked++;
      if (!target.pathname.startsWith(base)) {
        broken.push(`${pagePath} -> ${raw} (outside the base path ${base})`);
        continue;
      }
      const local = decodeURIComponent(target.pathname.slice(base.length));
      const candidates =
        local === '' || local.endsWith('/') ? [join(distDir, local, 'index.html')] : [join(distDir, local), join(distDir, local, 'index.html')];
      const file = candidates.find((candidate) => existsSync(candidate) && statSync(candidate).isFile());
      if (!file) {
        broken.push(`${pagePath} -> ${raw}`);
        continue;
      }
      if (target.hash && file.endsWith('.html') && !idsOf(file).has(decodeURIComponent(target.hash.slice(1)))) {
        broken.push(`${pagePath} -> ${raw} (no element with that id)`);
      }
    }
  }
  return { broken, checked };
}
