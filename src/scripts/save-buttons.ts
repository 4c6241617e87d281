/** The Save buttons on claim and study pages, and the reading-list count in the header. */
import { CHANGED_EVENT, isSaved, read, toggle, type SavedEntry } from './reading-list-store';

function entryOf(button: HTMLElement): SavedEntry {
  const { kind, id, title, url, detail, refs, doi, pmid } = button.dataset;
  return {
    kind: kind as SavedEntry['kind'],
    id: id!,
    title: title!,
    url: url!,
    detail: detail ?? '',
    ...(refs ? { refs: refs.split(' ') } : {}),
    ...(doi ? { doi } : {}),
    ...(pmid ? { pmid } : {}),
  };
}

function refresh(): void {
  const { ok, entries } = read();
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save]')) {
    const saved = isSaved(entries, entryOf(button));
    button.setAttribute('aria-pressed', String(saved));
    button.querySelector('[data-save-label]')!.textContent = saved ? 'Saved' : 'Save';
  }
  for (const count of document.querySelectorAll<HTMLElement>('[data-reading-count]')) {
    count.textContent = ok ? `(${entries.length})` : '(!)';
    count.hidden = false;
  }
}

export function installSaveButtons(): void {
  for (const button of document.querySelectorAll<HTMLButtonElement>('[data-save]')) {
    button.hidden = false;
    button.addEventListener('click', () => toggle(entryOf(button)));
  }
  refresh();
  addEventListener(CHANGED_EVENT, refresh);
  // Another tab changed the list.
  addEventListener('storage', refresh);
}
