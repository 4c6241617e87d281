/**
 * Builds the reading list's CSV off the page: fetches the studies' records and the claims' stances and answers with
 * the file's text. A worker rather than a dynamic import keeps the list page's own script under its 3 KB budget:
 * the page needs one line to start it, and no module-preload helper.
 */
import { readingListCsv, type ClaimStances, type CslStudy } from './reading-list-csv';
import type { SavedEntry } from './reading-list-store';

export interface CsvRequest {
  entries: SavedEntry[];
  /** The studies in export order. */
  keys: string[];
  studiesUrl: string;
  claimsUrl: string;
}

const scope = self as unknown as {
  onmessage: ((event: MessageEvent<CsvRequest>) => void) | null;
  postMessage(message: { csv: string } | { failed: true }): void;
};

scope.onmessage = async ({ data }) => {
  try {
    const load = async <T>(url: string) => {
      const response = await fetch(url);
      if (!response.ok) throw new Error(`${url}: ${response.status}`);
      return (await response.json()) as T;
    };
    const [studies, claims] = await Promise.all([
      load<CslStudy[]>(data.studiesUrl),
      data.entries.some((entry) => entry.kind === 'claim') ? load<ClaimStances[]>(data.claimsUrl) : [],
    ]);
    scope.postMessage({ csv: readingListCsv(data.entries, data.keys, studies, claims) });
  } catch {
    scope.postMessage({ failed: true });
  }
};
