/**
 * `npm test` starts here: the browser tests and the reference-manager tests need Debian's Chromium, bibtex, biber and
 * bibutils. Missing ones are installed with apt-get when we are root (as `playwright install --with-deps` would);
 * otherwise the run stops before any test, printing the one command that installs them. No test is ever skipped.
 */
import { spawnSync } from 'node:child_process';

/** Each tool the tests run, and the Debian packages that provide it. */
const tools: { command: string; packages: string[] }[] = [
  { command: process.env.CHROMIUM_PATH ?? 'chromium', packages: ['chromium'] },
  { command: 'bibtex', packages: ['texlive-binaries', 'texlive-base'] },
  { command: 'biber', packages: ['biber'] },
  { command: 'bib2xml', packages: ['bibutils'] },
  { command: 'ris2xml', packages: ['bibutils'] },
];

const has = (command: string) => spawnSync('sh', ['-c', `command -v "${command}"`], { stdio: 'ignore' }).status === 0;

const missing = tools.filter((tool) => !has(tool.command));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
const install = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const names = missing.map((tool) => tool.command).join(', ');

if (process.getuid?.() === 0 && has('apt-get')) {
  console.log(`The tests need ${names}; installing ${packages.join(' ')} with apt-get.`);
  const result = spawnSync('sh', ['-c', install], { stdio: 'inherit' });
  const still = tools.filter((tool) => !has(tool.command));
  if (result.status === 0 && still.length === 0) process.exit(0);
  console.error(`\nInstalling failed (${still.map((tool) => tool.command).join(', ') || `apt-get exited ${result.status}`}); no test was run.`);
  process.exit(1);
}

console.error(`The tests need ${names}, which this machine lacks. Install them, then run npm test again:\n\n  sudo sh -c '${install}'\n\nNo test was run.`);
process.exit(1);
