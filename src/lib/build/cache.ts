import { createHash } from 'node:crypto';
import { mkdirSync, readdirSync, readFileSync, renameSync, statSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';

/**
 * Outputs that are slow to compute and depend only on their input (rendered Markdown, formatted citations),
 * kept on disk between builds of the same content directory, like Astro's own content cache. Keys are digests of
 * the input, so an edited record simply misses; entries no build asked for are dropped when the cache is saved.
 */
export class BuildCache {
  private readonly stored: Map<string, string>;
  private readonly used = new Map<string, string>();

  constructor(private readonly file: string | undefined) {
    this.stored = new Map(file ? readEntries(file) : []);
  }

  static key(...parts: string[]): string {
    return createHash('sha1').update(parts.join('\u0000')).digest('base64url');
  }

  get(key: string): string | undefined {
    const value = this.used.get(key) ?? this.stored.get(key);
    if (value !== undefined) this.used.set(key, value);
    return value;
  }

  set(key: string, value: string): void {
    this.used.set(key, value);
  }

  save(): void {
    if (!this.file) return;
    mkdirSync(dirname(this.file), { recursive: true });
    // Written beside and renamed, so an interrupted build never leaves a torn cache file.
    const partial = `${this.file}.${process.pid}`;
    writeFileSync(partial, JSON.stringify(Object.fromEntries(this.used)));
    renameSync(partial, this.file);
  }
}

function readEntries(file: string): [string, string][] {
  try {
    return Object.entries(JSON.parse(readFileSync(file, 'utf8')) as Record<string, string>);
  } catch {
    // No cache yet, or an unreadable one: build everything afresh.
    return [];
  }
}

/** The cache of one kind of output in a build cache directory, or one kept only in memory when there is none. */
export function buildCacheIn(dir: string | undefined, name: string): BuildCache {
  return new BuildCache(dir ? join(dir, `${name}.json`) : undefined);
}

/** Every file under a directory, in a stable order. */
function filesUnder(dir: string): string[] {
  return readdirSync(dir)
    .sort()
    .flatMap((name) => {
      const path = join(dir, name);
      return statSync(path).isDirectory() ? filesUnder(path) : [path];
    });
}

/**
 * A digest of everything that can change what the build writes for the same content: the site's own code, its
 * configuration and the exact package versions. Cached outputs live under this digest, so any code or dependency
 * change starts from an empty cache instead of serving output made by older code.
 */
export function codeDigest(root = '.'): string {
  const hash = createHash('sha1');
  for (const file of [...filesUnder(join(root, 'src')), join(root, 'astro.config.mjs'), join(root, 'package-lock.json')]) {
    hash.update(file).update('\u0000').update(readFileSync(file)).update('\u0000');
  }
  return hash.digest('hex').slice(0, 12);
}
