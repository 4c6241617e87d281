/**
 * Search result cards, drawn with the DOM alone: the first results of a cold visit appear before React has loaded,
 * and the search island draws every later list the same way (its list elements are containers React leaves alone).
 * Text goes in as text, never as HTML.
 */
import type { HitView } from '../../lib/search/view';

/**
 * Fired on a list after drawing it, so save-buttons.ts (loaded on every page) marks the new Save buttons. An event
 * rather than an import: the search page's first-results script then shares no module with the rest of the site.
 */
const SAVE_BUTTONS_DRAWN = 'save-buttons-drawn';

const kindLabels = { reference: 'Study', drug: 'Drug', pathway: 'Pathway', trial: 'Trial', claim: 'Claim' } as const;
const consensusWords: Record<string, string> = { consistent: 'Consistent', mixed: 'Mixed', contested: 'Contested' };
const statusWords: Record<string, string> = { confirmed: 'Confirmed', refined: 'Refined', contradicted: 'Contradicted', 'not-yet-tested': 'Not yet tested' };

function element<K extends keyof HTMLElementTagNameMap>(tag: K, className?: string, ...children: (Node | string)[]): HTMLElementTagNameMap[K] {
  const node = document.createElement(tag);
  if (className) node.className = className;
  node.append(...children);
  return node;
}

/** Text with its matched words marked. */
function highlighted(text: string, ranges: [number, number][]): (Node | string)[] {
  const parts: (Node | string)[] = [];
  let at = 0;
  for (const [start, end] of ranges) {
    if (start > at) parts.push(text.slice(at, start));
    parts.push(element('mark', undefined, text.slice(start, end)));
    at = end;
  }
  if (at < text.length) parts.push(text.slice(at));
  return parts;
}

/** The Save button of a claim or study, with what the reading list keeps of it (see save-buttons.ts). */
function saveButton(hit: HitView): HTMLButtonElement {
  const button = element('button', 'save-button', element('span', 'save-icon'), element('span', undefined, 'Save'));
  button.type = 'button';
  button.firstElementChild!.setAttribute('aria-hidden', 'true');
  button.lastElementChild!.setAttribute('data-save-label', '');
  button.setAttribute('aria-label', 'Save to reading list');
  button.setAttribute('aria-pressed', 'false');
  const data = button.dataset;
  data.save = '';
  data.kind = hit.type === 'claim' ? 'claim' : 'study';
  data.id = hit.id;
  data.title = hit.title;
  data.url = hit.url;
  data.detail =
    hit.type === 'claim' ? `Level ${hit.level} · ${consensusWords[hit.consensus!]} · ${hit.studies} ${hit.studies === 1 ? 'study' : 'studies'}` : hit.detail;
  if (hit.type === 'claim') data.refs = (hit.references ?? []).join(' ');
  if (hit.doi) data.doi = hit.doi;
  if (hit.pmid) data.pmid = hit.pmid;
  return button;
}

function card(hit: HitView): HTMLLIElement {
  const li = element('li', `result card${hit.best ? ' result-best' : ''}`);
  li.dataset.resultType = hit.type;
  li.dataset.resultId = hit.id;
  if (hit.best) li.append(element('p', 'result-best-label', `Best match: ${kindLabels[hit.type].toLowerCase()}`));
  const link = element('a', hit.type === 'claim' || hit.type === 'reference' ? 'statement-link' : 'font-semibold text-ink', ...highlighted(hit.title, hit.highlights));
  link.href = hit.url;
  link.dataset.resultLink = '';
  const top = element('div', 'flex flex-col items-start gap-2 sm:flex-row sm:justify-between sm:gap-3', link);
  if (hit.type === 'claim' || hit.type === 'reference') top.append(saveButton(hit));
  li.append(top);
  if (hit.type === 'claim') {
    const facts = element(
      'p',
      'mt-2 flex flex-wrap items-center gap-x-3 gap-y-1 text-xs text-muted',
      element('span', undefined, element('span', `level level-${hit.level}`, hit.level!), ' evidence level'),
      element('span', `chip consensus-${hit.consensus}`, consensusWords[hit.consensus!]),
      element('span', `chip status-${hit.status}`, `Since 2013: ${statusWords[hit.status!]}`),
      element('span', undefined, `${hit.studies} ${hit.studies === 1 ? 'study' : 'studies'}`),
    );
    if (hit.matched) facts.append(element('span', undefined, 'Matches ', ...highlighted(hit.matched.text, hit.matched.ranges)));
    li.append(facts);
  } else {
    li.append(element('p', 'mt-1 text-sm text-muted', `${kindLabels[hit.type]} · ${hit.detail}`));
  }
  return li;
}

/**
 * Arrow keys between the search box and the result list: ↓ from the box enters the list; ↓, ↑, Home and End move
 * through it; Escape, or ↑ from the first result, goes back to the box. Installed by the first-results script on the
 * page's own elements, which React hydrates and keeps, so the keys work from the first results on.
 */
export function installResultKeys(input: HTMLInputElement, list: HTMLElement): void {
  const links = () => [...list.querySelectorAll<HTMLAnchorElement>('a[data-result-link]')];
  input.addEventListener('keydown', (event) => {
    if (event.key !== 'ArrowDown') return;
    event.preventDefault();
    links()[0]?.focus();
  });
  list.addEventListener('keydown', (event) => {
    const all = links();
    const at = all.indexOf(document.activeElement as HTMLAnchorElement);
    if (at < 0) return;
    const moves: Record<string, number> = { ArrowDown: at + 1, ArrowUp: at - 1, Home: 0, End: all.length - 1 };
    if (event.key === 'Escape' || (event.key === 'ArrowUp' && at === 0)) {
      event.preventDefault();
      input.focus();
    } else if (event.key in moves) {
      event.preventDefault();
      all[Math.max(0, Math.min(all.length - 1, moves[event.key]))]?.focus();
    }
  });
}

/** Draws a list of result cards, replacing what the list held. */
export function renderHits(list: HTMLElement, hits: readonly HitView[]): void {
  list.replaceChildren(...hits.map(card));
  list.dispatchEvent(new Event(SAVE_BUTTONS_DRAWN, { bubbles: true }));
}

/** The line above the results: how many, and whether every word had to match. */
export function resultsStatus(view: { q: string; total: number; words: number }, filtered: boolean): string {
  if (!view.q.trim() && !filtered) return `Browsing all ${view.total} claims`;
  return `${view.total} result${view.total === 1 ? '' : 's'}${view.words > 1 ? ' matching every word' : ''}`;
}
