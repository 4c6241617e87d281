import type { ResultView } from '../../lib/search/view';

interface Props {
  result: ResultView;
  filtered: boolean;
  /** Runs a suggested query. */
  search: (q: string) => void;
  clearFilters: () => void;
  /** Addresses for the browse links. */
  browse: { claims: string; since2013: string; drugs: string; pathways: string; trials: string };
}

/** Nothing matched: close terms, a way out of the filters, what the explorer covers, and where to browse instead. */
export function EmptyState({ result, filtered, search, clearFilters, browse }: Props) {
  const q = result.q.trim();
  return (
    <div className="note-box text-sm">
      <p>
        No claim or study matches{q ? ` “${q}”` : ''}
        {result.words > 1 ? ' with every word' : ''}
        {filtered ? ' with these filters' : ''}.
      </p>
      {result.suggestions.length > 0 && (
        <p className="mt-2">
          Did you mean{' '}
          {result.suggestions.map((term, i) => (
            <span key={term}>
              {i > 0 && ', '}
              <button type="button" className="underline" onClick={() => search(term)}>
                {term}
              </button>
            </span>
          ))}
          ?
        </p>
      )}
      {filtered && (
        <p className="mt-2">
          <button type="button" className="underline" onClick={clearFilters}>
            Remove the filters
          </button>{' '}
          to search everything.
        </p>
      )}
      <p className="mt-2">
        The explorer covers the evidence behind the 2013 review's claims and the later studies that test them; drugs, trials and topics outside that question
        are not included. Browse the <a href={browse.claims}>claims by section</a>, what held up <a href={browse.since2013}>since 2013</a>, or the{' '}
        <a href={browse.drugs}>drugs</a>, <a href={browse.pathways}>pathways</a> and <a href={browse.trials}>trials</a>.
      </p>
    </div>
  );
}
