/**
 * The Save buttons (on claim and study pages, and on search results) and the reading-list count in the header. A
 * button carries what the list keeps of its claim or study in data attributes; one listener on the document serves
 * every button, including those search draws later.
 */
import { CHANGED_EVENT, isSaved, read, toggle, type SavedEntry } from './reading-list-store';

function entryOf(button: HTMLElement): SavedEntry {
  const { kind, id, title, url, detail, refs, doi, pmid } = button.dataset;
  return {
    kind: kind as SavedEntry['kind'],
    id: id!,
    title: title!,
    url: url!,
    detail: detail ?? '',
    ...(refs !== undefined ? { refs: refs.split(' ').filter(Boolean) } : {}),
    ...(doi ? { doi } : {}),
    ...(pmid ? { pmid } : {}),
  };
}

/** Shows each button under `root` as saved or not. */
function refreshSaveButtons(root: ParentNode = document): void {
  const { entries } = read();
  for (const button of root.querySelectorAll<HTMLButtonElement>('[data-save]')) {
    const saved = isSaved(entries, entryOf(button));
    button.hidden = false;
    button.setAttribute('aria-pressed', String(saved));
    button.querySelector('[data-save-label]')!.textContent = saved ? 'Saved' : 'Save';
  }
}

function refresh(): void {
  refreshSaveButtons();
  const { ok, entries } = read();
  for (const count of document.querySelectorAll<HTMLElement>('[data-reading-count]')) {
    count.textContent = ok ? `(${entries.length})` : '(!)';
    count.hidden = false;
  }
}

export function installSaveButtons(): void {
  document.addEventListener('click', (event) => {
    const button = event.target instanceof Element ? event.target.closest<HTMLElement>('[data-save]') : null;
    if (button) toggle(entryOf(button));
  });
  // Search draws result cards with Save buttons after the page has loaded (islands/search/result-list.ts, SAVE_BUTTONS_DRAWN).
  document.addEventListener('save-buttons-drawn', (event) => refreshSaveButtons(event.target as Element));
  refresh();
  addEventListener(CHANGED_EVENT, refresh);
  // Another tab changed the list.
  addEventListener('storage', refresh);
}
