/**
 * The reading list, kept in localStorage: what a reader saved from claim pages, study pages and search results.
 * Each entry keeps what the list page and the CSV need, so the list renders without loading anything; BibTeX and RIS
 * are fetched only when exported. Anything unreadable in storage is reported, never trusted and never thrown.
 */

type SavedKind = 'claim' | 'study';

export interface SavedEntry {
  kind: SavedKind;
  id: string;
  title: string;
  url: string;
  /** The line under the title: a claim's level and consensus, a study's authors, year and journal. */
  detail: string;
  /** A claim's studies, by citation key: a claim exports with its references. */
  refs?: string[];
  doi?: string;
  pmid?: string;
}

const STORAGE_KEY = 'er-her2-reading-list';
export const CHANGED_EVENT = 'reading-list-change';

export type ReadResult = { ok: true; entries: SavedEntry[] } | { ok: false; entries: [] };

const ID = /^[a-z0-9][a-z0-9-]*$/;
const text = (value: unknown, max = 1000): value is string => typeof value === 'string' && value.length <= max;

function isEntry(value: unknown): value is SavedEntry {
  if (typeof value !== 'object' || value === null) return false;
  const entry = value as Record<string, unknown>;
  return (
    (entry.kind === 'claim' || entry.kind === 'study') &&
    text(entry.id, 200) &&
    ID.test(entry.id) &&
    text(entry.title) &&
    text(entry.url, 500) &&
    entry.url.startsWith('/') &&
    text(entry.detail) &&
    (entry.refs === undefined || (Array.isArray(entry.refs) && entry.refs.every((key) => text(key, 200) && ID.test(key)))) &&
    (entry.doi === undefined || text(entry.doi, 300)) &&
    (entry.pmid === undefined || (text(entry.pmid, 12) && /^\d+$/.test(entry.pmid)))
  );
}

/** Parses a stored value: absent is an empty list; anything not exactly our shape is reported as unreadable. */
function parseStored(raw: string | null): ReadResult {
  if (raw === null) return { ok: true, entries: [] };
  try {
    const value: unknown = JSON.parse(raw);
    const entries = (value as { version?: unknown; entries?: unknown }).entries;
    if ((value as { version?: unknown }).version === 1 && Array.isArray(entries) && entries.length <= 5000 && entries.every(isEntry)) {
      return { ok: true, entries };
    }
  } catch {
    // Not JSON: reported as unreadable below.
  }
  return { ok: false, entries: [] };
}

export function read(storage: Storage = localStorage): ReadResult {
  try {
    return parseStored(storage.getItem(STORAGE_KEY));
  } catch {
    // Storage itself refused (disabled by the browser): an empty list that cannot be saved to.
    return { ok: false, entries: [] };
  }
}

function write(entries: SavedEntry[], storage: Storage = localStorage): void {
  storage.setItem(STORAGE_KEY, JSON.stringify({ version: 1, entries }));
  dispatchEvent(new CustomEvent(CHANGED_EVENT));
}

export function reset(storage: Storage = localStorage): void {
  storage.removeItem(STORAGE_KEY);
  dispatchEvent(new CustomEvent(CHANGED_EVENT));
}

const same = (a: Pick<SavedEntry, 'kind' | 'id'>, b: Pick<SavedEntry, 'kind' | 'id'>) => a.kind === b.kind && a.id === b.id;

export function isSaved(entries: SavedEntry[], entry: Pick<SavedEntry, 'kind' | 'id'>): boolean {
  return entries.some((saved) => same(saved, entry));
}

/** Adds the entry, or removes it if it is saved already; returns whether it is saved now. */
export function toggle(entry: SavedEntry, storage: Storage = localStorage): boolean {
  const { entries } = read(storage);
  const saved = isSaved(entries, entry);
  write(saved ? entries.filter((other) => !same(other, entry)) : [...entries, entry], storage);
  return !saved;
}

export function remove(entry: Pick<SavedEntry, 'kind' | 'id'>, storage: Storage = localStorage): void {
  write(
    read(storage).entries.filter((other) => !same(other, entry)),
    storage,
  );
}

/** Citation keys to export: every saved study and every study of every saved claim, each once, in list order. */
export function exportKeys(entries: SavedEntry[]): string[] {
  return [...new Set(entries.flatMap((entry) => (entry.kind === 'study' ? [entry.id] : (entry.refs ?? []))))];
}
