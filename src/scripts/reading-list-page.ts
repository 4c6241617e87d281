/** The /reading-list/ page: the saved claims and studies, removal, and exports as BibTeX, RIS and CSV. */
import { downloadText } from './download';
import type { CsvRequest } from './reading-list-csv-worker';
import { CHANGED_EVENT, exportKeys, read, remove, reset, type SavedEntry } from './reading-list-store';

const root = document.querySelector<HTMLElement>('[data-reading-list]')!;
const list = root.querySelector<HTMLOListElement>('ol')!;
const status = root.querySelector<HTMLElement>('[data-list-status]')!;
const exports = root.querySelector<HTMLElement>('[data-exports]')!;
const broken = root.querySelector<HTMLElement>('[data-broken]')!;
const template = root.querySelector<HTMLTemplateElement>('[data-entry-template]')!;
const emptyText = root.querySelector('[data-empty-text]')!.textContent!;
const gone = new Set<string>();

const count = (n: number, noun: 'claim' | 'study') => `${n} ${n === 1 ? noun : noun === 'claim' ? 'claims' : 'studies'}`;
const keyOf = (entry: SavedEntry) => `${entry.kind}:${entry.id}`;

/** A saved address that no longer answers (a claim or study removed from the site) is marked, not silently dropped. */
async function checkStillThere(entry: SavedEntry): Promise<void> {
  if (gone.has(keyOf(entry))) return;
  const response = await fetch(entry.url, { method: 'HEAD' }).catch(() => undefined);
  if (response?.status === 404) {
    gone.add(keyOf(entry));
    render();
  }
}

/** One saved entry, from the page's template; the markup and its wording live in reading-list.astro. */
function item(entry: SavedEntry): HTMLLIElement {
  const li = template.content.firstElementChild!.cloneNode(true) as HTMLLIElement;
  li.dataset.entry = keyOf(entry);
  li.querySelector('[data-kind]')!.textContent = entry.kind === 'claim' ? 'Claim' : 'Study';
  const link = li.querySelector<HTMLAnchorElement>('[data-title]')!;
  link.href = entry.url;
  link.textContent = entry.title;
  li.querySelector('[data-detail]')!.textContent = entry.detail;
  li.querySelector<HTMLElement>('[data-gone]')!.hidden = !gone.has(keyOf(entry));
  const button = li.querySelector('button')!;
  button.setAttribute('aria-label', `Remove from reading list: ${entry.title}`);
  button.addEventListener('click', () => remove(entry));
  return li;
}

function render(): void {
  const { ok, entries } = read();
  broken.hidden = ok;
  list.replaceChildren(...entries.map(item));
  exports.hidden = entries.length === 0;
  status.textContent = !ok
    ? ''
    : entries.length === 0
      ? emptyText
      : `${entries.length} saved: ${count(entries.filter((e) => e.kind === 'claim').length, 'claim')} and ${count(entries.filter((e) => e.kind === 'study').length, 'study')}; ${count(exportKeys(entries).length, 'study')} to export.`;
  for (const entry of entries) void checkStillThere(entry);
}

async function citations(url: string): Promise<string> {
  const byKey: Record<string, string> = await (await fetch(url)).json();
  return exportKeys(read().entries)
    .flatMap((key) => byKey[key] ?? [])
    .join('\n');
}

/** The CSV, built by a worker from the studies' records and the claims' stances, fetched only now. */
async function csv(link: HTMLAnchorElement): Promise<string> {
  const { entries } = read();
  const worker = new Worker(new URL('./reading-list-csv-worker.ts', import.meta.url), { type: 'module' });
  try {
    return await new Promise<string>((resolve, reject) => {
      worker.onmessage = ({ data }: MessageEvent<{ csv?: string }>) => (data.csv === undefined ? reject(new Error('csv')) : resolve(data.csv));
      worker.onerror = reject;
      worker.postMessage({ entries, keys: exportKeys(entries), studiesUrl: link.dataset.studies!, claimsUrl: link.dataset.claims! } satisfies CsvRequest);
    });
  } finally {
    worker.terminate();
  }
}

for (const link of exports.querySelectorAll<HTMLAnchorElement>('a[download]')) {
  link.addEventListener('click', async (event) => {
    event.preventDefault();
    const format = link.dataset.export;
    try {
      if (format === 'csv') downloadText(await csv(link), 'reading-list.csv', 'text/csv');
      else if (format === 'bib') downloadText(await citations(link.dataset.source!), 'reading-list.bib', 'application/x-bibtex');
      else downloadText((await citations(link.dataset.source!)).replace(/\r?\n/g, '\r\n'), 'reading-list.ris', 'application/x-research-info-systems');
    } catch {
      status.textContent = 'The citations could not be loaded; try again.';
    }
  });
}
broken.querySelector('button')!.addEventListener('click', () => reset());
addEventListener(CHANGED_EVENT, render);
addEventListener('storage', render);
render();
