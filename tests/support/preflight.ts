/**
 * `npm test` starts here: the browser tests and the reference-manager tests need Debian's Chromium, bibtex, biber and
 * bibutils, and the network-download test reads network.graphml with networkx (python3-networkx). Missing ones are installed with apt-get when we are root (as `playwright install --with-deps` would);
 * otherwise the run stops before any test, printing the one command that installs them. No test is ever skipped.
 */
import { spawnSync } from 'node:child_process';

/** Each tool the tests run, how to tell it is there (a command on the PATH, or a shell check), and the Debian packages that provide it. */
const tools: { command: string; check?: string; packages: string[] }[] = [
  { command: process.env.CHROMIUM_PATH ?? 'chromium', packages: ['chromium'] },
  { command: 'bibtex', packages: ['texlive-binaries', 'texlive-base'] },
  { command: 'biber', packages: ['biber'] },
  { command: 'bib2xml', packages: ['bibutils'] },
  { command: 'ris2xml', packages: ['bibutils'] },
  { command: 'networkx', check: 'python3 -c "import networkx"', packages: ['python3-networkx'] },
];

const succeeds = (script: string) => spawnSync('sh', ['-c', script], { stdio: 'ignore' }).status === 0;
const onPath = (command: string) => succeeds(`command -v "${command}"`);
const has = (tool: (typeof tools)[number]) => (tool.check ? succeeds(tool.check) : onPath(tool.command));

const missing = tools.filter((tool) => !has(tool));
if (missing.length === 0) process.exit(0);

const packages = [...new Set(missing.flatMap((tool) => tool.packages))];
const install = `apt-get update && DEBIAN_FRONTEND=noninteractive apt-get install -y --no-install-recommends ${packages.join(' ')}`;
const names = missing.map((tool) => tool.command).join(', ');

if (process.getuid?.() === 0 && onPath('apt-get')) {
  console.log(`The tests need ${names}; installing ${packages.join(' ')} with apt-get.`);
  const result = spawnSync('sh', ['-c', install], { stdio: 'inherit' });
  const still = tools.filter((tool) => !has(tool));
  if (result.status === 0 && still.length === 0) process.exit(0);
  console.error(`\nInstalling failed (${still.map((tool) => tool.command).join(', ') || `apt-get exited ${result.status}`}); no test was run.`);
  process.exit(1);
}

console.error(`The tests need ${names}, which this machine lacks. Install them, then run npm test again:\n\n  sudo sh -c '${install}'\n\nNo test was run.`);
process.exit(1);
