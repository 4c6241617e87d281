/**
 * Search result cards, drawn with the DOM alone: the first results of a cold visit appear before React has loaded,
 * and the search island draws every later list the same way (its list elements are containers React leaves alone).
 * Text goes in as text, never as HTML.
 */
import { claimTypeLabels, consensusLabels, plural, resultTypeLabels, sortYearLabels, statusLabels } from '../../lib/site/labels';
import type { ClaimType, Consensus, Status } from '../../schemas/common';
import type { HitView, ResultView } from '../../lib/search/view';

/**
 * Fired on a list after drawing it, so save-buttons.ts (loaded on every page) marks the new Save buttons. An event
 * rather than an import: the search page's first-results script then shares no module with the rest of the site.
 */
const SAVE_BUTTONS_DRAWN = 'save-buttons-drawn';

const label = <T extends string>(labels: Record<T, string>, value: string | undefined) => (value && value in labels ? labels[value as T] : (value ?? ''));

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
    hit.type === 'claim'
      ? `Level ${hit.level} · ${label<Consensus>(consensusLabels, hit.consensus)} · ${plural(hit.studies ?? 0, 'study', 'studies')}`
      : hit.detail;
  if (hit.type === 'claim') data.refs = (hit.references ?? []).join(' ');
  if (hit.doi) data.doi = hit.doi;
  if (hit.pmid) data.pmid = hit.pmid;
  return button;
}

/** The year a sort by date reads, said on the card: "Newest study 2021", "Published 1999". */
function sortYear(hit: HitView, sort: 'newest' | 'oldest'): HTMLElement {
  const words = sortYearLabels[sort][hit.type === 'claim' ? 'claim' : 'other'];
  return element('span', 'result-year', `${words} `, element('strong', undefined, String(hit.year)));
}

/**
 * One result card. A claim leads with its short title in bold (the only link), its statement below as plain text,
 * then its type, level, consensus, status and studies; a study with its title, then first author, year and journal.
 */
function card(hit: HitView, sort: string): HTMLLIElement {
  const li = element('li', `result card${hit.best ? ' result-best' : ''}${hit.coverage === 'some' ? ' result-partial' : ''}`);
  li.dataset.resultType = hit.type;
  li.dataset.resultId = hit.id;
  if (hit.coverage) li.dataset.coverage = hit.coverage;
  if (hit.best) li.append(element('p', 'result-best-label', `Best match: ${resultTypeLabels[hit.type].toLowerCase()}`));
  if (hit.coverage === 'some') li.append(element('p', 'result-partial-label', 'Matches some words'));
  const link = element('a', undefined, ...highlighted(hit.title, hit.highlights));
  link.href = hit.url;
  link.dataset.resultLink = '';
  const top = element('div', 'result-top', element('h3', 'result-title', link));
  if (hit.type === 'claim' || hit.type === 'reference') top.append(saveButton(hit));
  li.append(top);
  const year = hit.year && (sort === 'newest' || sort === 'oldest') ? sortYear(hit, sort) : undefined;
  if (hit.type === 'claim') {
    if (hit.summary) li.append(element('p', 'result-summary', hit.summary));
    const facts = element('p', 'claim-badges');
    if (hit.claimType) facts.append(element('span', `chip type-${hit.claimType}`, label<ClaimType>(claimTypeLabels, hit.claimType)));
    facts.append(
      element('span', undefined, element('span', `level level-${hit.level}`, hit.level!), ' evidence level'),
      element('span', `chip consensus-${hit.consensus}`, label<Consensus>(consensusLabels, hit.consensus)),
      element('span', `chip status-${hit.status}`, `Since 2013: ${label<Status>(statusLabels, hit.status)}`),
      element('span', undefined, plural(hit.studies ?? 0, 'study', 'studies')),
    );
    if (year) facts.append(year);
    if (hit.matched) facts.append(element('span', undefined, 'Matches ', ...highlighted(hit.matched.text, hit.matched.ranges)));
    li.append(facts);
  } else {
    const line = element('p', 'result-detail', `${resultTypeLabels[hit.type]} · ${hit.detail}`);
    if (hit.retracted) line.append(' ', element('span', 'retracted-mark', 'Retracted'));
    if (year) line.append(' · ', year);
    li.append(line);
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

/**
 * The results in one list, at most `limit` of them: those matching every word, then, once all of those are shown,
 * those matching only some, each marked. Replaces what the list held.
 */
export function renderResults(list: HTMLElement, view: ResultView, limit: number, sort: string): void {
  const shown = view.hits.length >= view.total ? [...view.hits, ...view.partial.hits] : view.hits;
  list.replaceChildren(...shown.slice(0, limit).map((hit) => card(hit, sort)));
  list.dispatchEvent(new Event(SAVE_BUTTONS_DRAWN, { bubbles: true }));
}

/** How many results a view holds in all, partial matches included: what "Show more" pages through. */
export function resultCount(view: Pick<ResultView, 'total' | 'partial'>): number {
  return view.total + view.partial.total;
}

/** The line above the results: how many, and how many match only some of the words. */
export function resultsStatus(view: Pick<ResultView, 'q' | 'total' | 'partial'>, filtered: boolean): string {
  if (!view.q.trim() && !filtered) return `Browsing all ${plural(view.total, 'claim')}`;
  if (view.partial.total > 0)
    return `${view.total} match${view.total === 1 ? 'es' : ''} every word · ${view.partial.total} match${view.partial.total === 1 ? 'es' : ''} some`;
  return plural(view.total, 'result');
}
