import { useState } from 'react';
import { exportSubject } from '../../lib/site/labels';
import { itemFilterOf } from '../../lib/search/export-selection';
import type { SearchState } from '../../lib/search/url-state';
import { downloadText } from '../../scripts/download';
import { searchClient, type ExportFormat } from './client';

interface Props {
  /** How many studies an export of the current results holds (view.references), undefined until it is known. */
  count: number | undefined;
  state: SearchState;
  /** The live state at the moment of the click (the query may have been typed since the last render). */
  current: () => SearchState;
}

const formats: { id: ExportFormat; label: string; file: string; type: string }[] = [
  { id: 'bibtex', label: 'BibTeX', file: 'er-her2-search-results.bib', type: 'application/x-bibtex' },
  { id: 'ris', label: 'RIS', file: 'er-her2-search-results.ris', type: 'application/x-research-info-systems' },
];

/**
 * Export the studies behind the results. With study-level filters (stance, design, years) it holds only the studies
 * whose findings match, and says so: "Export 5 studies that contradict the claims, published 2014 or later".
 */
export function ExportControl({ count, state, current }: Props) {
  const [status, setStatus] = useState('');
  const subject = exportSubject(count ?? 0, itemFilterOf(state));
  // A message about an earlier result set would mislead: it goes as soon as the subject changes.
  const [statusSubject, setStatusSubject] = useState(subject);
  if (subject !== statusSubject) {
    setStatusSubject(subject);
    setStatus('');
  }
  const run = async (format: (typeof formats)[number]) => {
    setStatus(`Preparing ${format.label}…`);
    try {
      const { text, count: exported } = await searchClient().exportCitations(current(), format.id);
      downloadText(text, format.file, format.type);
      setStatus(`Downloaded ${exported} ${exported === 1 ? 'study' : 'studies'} as ${format.label}.`);
    } catch {
      setStatus(`The ${format.label} file could not be loaded; try again.`);
    }
  };
  // The line is always there, so the results below never move when the count arrives.
  if (!count)
    return (
      <div className="export-control text-muted" data-export-pending>
        {count === 0 ? 'No studies to export.' : 'Counting the studies to export…'}
      </div>
    );
  return (
    <div className="export-control">
      <span className="text-body" aria-hidden="true">
        Export {subject}:
      </span>
      <span className="flex gap-2">
        {formats.map((format) => (
          <button
            key={format.id}
            type="button"
            className="export-button"
            aria-label={`Export ${subject}${subject.includes(',') ? ',' : ''} as ${format.label}`}
            onClick={() => run(format)}
          >
            {format.label}
          </button>
        ))}
      </span>
      <span role="status" aria-live="polite" className="text-ok">
        {status}
      </span>
    </div>
  );
}
