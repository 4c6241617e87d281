// Build time and peak memory for synthetic corpora of BENCH_SIZES claims (default 1000, 5000, 10000), then search
// latency and bytes on each built site, and cold search side by side with Pagefind on BENCH_COLD_SIZES (default 10000). For each size: one cold build (no caches) and BENCH_BUILD_RUNS - 1 warm ones
// (default 3 builds in all), each into an empty output directory. Prints one JSON line per measurement and a summary.
import { spawn } from 'node:child_process';
import { readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { astroCacheDir } from '../../src/lib/build/config.mjs';
import { median, round } from './support';

const sizes = (process.env.BENCH_SIZES ?? '1000,5000,10000').split(',').map(Number);
const runs = Math.max(1, Number(process.env.BENCH_BUILD_RUNS ?? 3));
const coldSizes = (process.env.BENCH_COLD_SIZES ?? '10000').split(',').map(Number);
const work = join(tmpdir(), 'er-her2-bench');

function run(command: string, args: string[], env: Record<string, string> = {}, quiet = false): Promise<void> {
  return new Promise((resolve, reject) => {
    const child = spawn(command, args, { env: { ...process.env, ...env }, stdio: ['ignore', quiet ? 'ignore' : 'inherit', 'inherit'] });
    child.on('exit', (code) => (code === 0 ? resolve() : reject(new Error(`${command} ${args.join(' ')} exited with ${code}`))));
  });
}

/** Resident memory of a process and all its descendants, in kB, from /proc. */
function treeRss(pid: number): number {
  const children = (() => {
    try {
      return readFileSync(`/proc/${pid}/task/${pid}/children`, 'utf8').trim().split(/\s+/).filter(Boolean).map(Number);
    } catch {
      return [];
    }
  })();
  let own = 0;
  try {
    own = Number(/VmRSS:\s+(\d+)/.exec(readFileSync(`/proc/${pid}/status`, 'utf8'))?.[1] ?? 0);
  } catch {
    // the process has just exited
  }
  return own + children.reduce((sum, child) => sum + treeRss(child), 0);
}

/** One `npm run build` of a content directory: wall-clock seconds and the peak resident memory of the build's processes. */
function timedBuild(contentDir: string, outDir: string): Promise<{ seconds: number; peakMb: number }> {
  rmSync(outDir, { recursive: true, force: true });
  return new Promise((resolve, reject) => {
    const started = performance.now();
    const child = spawn('npm', ['run', '--silent', 'build'], {
      env: { ...process.env, CONTENT_DIR: contentDir, OUT_DIR: outDir },
      stdio: ['ignore', 'ignore', 'inherit'],
    });
    let peak = 0;
    const sampler = setInterval(() => (peak = Math.max(peak, treeRss(child.pid!))), 100);
    child.on('exit', (code) => {
      clearInterval(sampler);
      if (code !== 0) reject(new Error(`build of ${contentDir} exited with ${code}`));
      else resolve({ seconds: (performance.now() - started) / 1000, peakMb: peak / 1024 });
    });
  });
}

const medians: Record<number, number> = {};
for (const claims of sizes) {
  const content = join(work, `content-${claims}`);
  const site = join(work, `site-${claims}`);
  await run('npx', ['tsx', 'tests/bench/gen-synthetic.ts', '--claims', String(claims), '--out', content, '--force'], {}, true);
  rmSync(astroCacheDir(content), { recursive: true, force: true });
  const builds = [];
  for (let i = 0; i < runs; i++) builds.push(await timedBuild(content, site));
  const seconds = builds.map((b) => b.seconds);
  medians[claims] = median(seconds);
  const built = (name: string) => (JSON.parse(readFileSync(join(site, name), 'utf8')) as unknown[]).length;
  console.log(
    JSON.stringify({
      bench: 'build',
      claims: built('claims.json'),
      references: built('references.json'),
      runs,
      cold_s: round(seconds[0]),
      warm_s: seconds.slice(1).map(round),
      median_s: round(medians[claims]),
      peak_mb: Math.round(Math.max(...builds.map((b) => b.peakMb))),
    }),
  );
  await run('npx', ['tsx', 'tests/bench/search-latency.ts'], { DIST: site });
  await run('npx', ['tsx', 'tests/bench/bytes.ts'], { DIST: site });
  if (coldSizes.includes(claims)) await run('npx', ['tsx', 'tests/bench/cold-search.ts'], { DIST: site });
}
if (medians[1000] && medians[5000]) {
  console.log(
    JSON.stringify({
      bench: 'build-scaling',
      ratio_5000_to_1000: round(medians[5000] / medians[1000]),
      ...(medians[10000] ? { ratio_10000_to_1000: round(medians[10000] / medians[1000]) } : {}),
    }),
  );
}
