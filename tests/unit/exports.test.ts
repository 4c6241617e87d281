import { describe, expect, it } from 'vitest';
import { decodeItems, encodeItems, exportDoc, exportKeys, itemFilterOf, type ExportDoc } from '../../src/lib/search/export-selection';
import type { ExportItem } from '../../src/lib/search/documents';
import { emptyState, type SearchState } from '../../src/lib/search/url-state';
import { exportSubject } from '../../src/lib/site/labels';
import { csvField, toCsv } from '../../src/lib/text/csv';
import { READING_LIST_CSV_HEADER, readingListCsv, readingListRows } from '../../src/scripts/reading-list-csv';
import { exportKeys as savedKeys, type SavedEntry } from '../../src/scripts/reading-list-store';

const item = (reference: string, stance: string, year: number, design = 'in-vitro'): ExportItem => ({
  reference,
  stance,
  design,
  era: year > 2013 ? 'later' : 'review',
  year,
});
const state = (patch: Partial<SearchState> & { stance?: string[]; design?: string[] } = {}): SearchState => {
  const base = emptyState();
  const { stance, design, ...rest } = patch;
  return { ...base, ...rest, filters: { ...base.filters, ...(stance ? { stance } : {}), ...(design ? { design } : {}) } };
};

/** Two claims sharing a study; one study found as itself. */
const docs: ExportDoc[] = [
  {
    type: 'claim',
    id: 'a',
    references: ['old2003', 'against2016', 'shared2010'],
    items: [item('old2003', 'supports', 2003), item('against2016', 'contradicts', 2016, 'clinical-trial'), item('shared2010', 'mixed', 2010)],
  },
  { type: 'claim', id: 'b', references: ['shared2010', 'late2019'], items: [item('shared2010', 'supports', 2010), item('late2019', 'contradicts', 2019)] },
  { type: 'reference', id: 'self2015', references: ['self2015'] },
];

describe('exports follow study-level filters', () => {
  it('without stance, design or year filters, every study behind the results, once, in rank order', () => {
    expect(itemFilterOf(state({ q: 'her2' }))).toBeUndefined();
    expect(exportKeys(docs, state())).toEqual(['old2003', 'against2016', 'shared2010', 'late2019', 'self2015']);
  });

  it('with Contradicts and from 2014, only the studies whose items on these claims contradict them and were published since', () => {
    expect(exportKeys(docs, state({ stance: ['contradicts'], from: 2014 }))).toEqual(['against2016', 'late2019', 'self2015']);
  });

  it('a study counts when any of its items on a result claim matches: OR within a facet, AND across them', () => {
    expect(exportKeys(docs.slice(0, 2), state({ stance: ['supports'] }))).toEqual(['old2003', 'shared2010']);
    expect(exportKeys(docs.slice(0, 2), state({ stance: ['supports', 'mixed'], to: 2005 }))).toEqual(['old2003']);
    expect(exportKeys(docs.slice(0, 2), state({ design: ['clinical-trial'] }))).toEqual(['against2016']);
    expect(exportKeys(docs.slice(0, 2), state({ stance: ['supports'], design: ['clinical-trial'] }))).toEqual([]);
  });

  it('a claim from an index without items exports all its studies rather than none', () => {
    expect(exportKeys([{ type: 'claim', id: 'c', references: ['x', 'y'] }], state({ stance: ['contradicts'] }))).toEqual(['x', 'y']);
  });

  it('items round-trip through the index encoding, and a card becomes an export document', () => {
    const references = docs[0].references!;
    const encoded = encodeItems(references, docs[0].items!);
    expect(encoded[1]).toEqual([1, 'contradicts', 'clinical-trial', 'later', 2016]);
    expect(decodeItems(references, encoded)).toEqual(docs[0].items);
    expect(exportDoc('claim', { id: 'a', references, items: encoded })).toEqual(docs[0]);
  });

  it('the export says what it holds', () => {
    expect(exportSubject(14, undefined)).toBe('14 studies');
    expect(exportSubject(5, itemFilterOf(state({ stance: ['contradicts'], from: 2014 })))).toBe(
      '5 studies that contradict the claims, published 2014 or later',
    );
    expect(exportSubject(1, itemFilterOf(state({ stance: ['contradicts', 'mixed'] })))).toBe('1 study that contradicts or is mixed on the claims');
    expect(exportSubject(3, itemFilterOf(state({ design: ['in-vitro', 'clinical-trial'], from: 2000, to: 2013 })))).toBe(
      '3 studies, of design cell lines (in vitro) or clinical trial, published 2000–2013',
    );
    expect(exportSubject(2, itemFilterOf(state({ to: 2013 })))).toBe('2 studies, published up to 2013');
  });
});

describe('the CSV writer', () => {
  it('quotes commas, quotes and line breaks, with a byte-order mark and CRLF line ends', () => {
    expect(
      toCsv([
        ['a', 'b,c'],
        ['say "hi"', 'two\nlines'],
      ]),
    ).toBe('\uFEFFa,"b,c"\r\n"say ""hi""","two\nlines"\r\n');
  });

  it('defuses cells a spreadsheet would run as formulas, and leaves numbers alone', () => {
    expect(csvField('=HYPERLINK("http://x")')).toBe(`"'=HYPERLINK(""http://x"")"`);
    expect(csvField('+cmd')).toBe("'+cmd");
    expect(csvField('@SUM(A1)')).toBe("'@SUM(A1)");
    expect(csvField('-0.35')).toBe('-0.35');
    expect(csvField('+2')).toBe('+2');
    expect(csvField('-')).toBe("'-");
    expect(csvField('HR 0.5')).toBe('HR 0.5');
  });
});

describe('the reading list as CSV', () => {
  const studies = [
    {
      id: 'houston1999overexpression',
      title: 'Overexpression of c-erbB2',
      author: [
        { family: 'Houston', given: 'S. J.' },
        { family: "O'Regan", given: 'Ruth M' },
      ],
      issued: { 'date-parts': [[1999, 4]] },
      'container-title': 'British Journal of Cancer',
      DOI: '10.1038/sj.bjc.6690147',
      PMID: '10206296',
    },
    {
      id: 'rasmussen2008adjuvant',
      title: 'Adjuvant letrozole',
      author: [{ literal: 'BIG 1-98 Collaborative Group' }],
      issued: { 'date-parts': [[2008]] },
      'container-title': 'Lancet Oncology',
    },
  ];
  const claims = [
    {
      id: 'her2-tamoxifen',
      title: 'HER2 and tamoxifen benefit',
      evidence: [
        { reference: 'houston1999overexpression', stance: 'supports' },
        { reference: 'rasmussen2008adjuvant', stance: 'contradicts' },
      ],
    },
    { id: 'her2-ai', title: 'HER2 and aromatase inhibitors', evidence: [{ reference: 'rasmussen2008adjuvant', stance: 'mixed' }] },
  ];
  const entries: SavedEntry[] = [
    { kind: 'study', id: 'houston1999overexpression', title: 'Overexpression of c-erbB2', url: '/references/houston1999overexpression/', detail: '' },
    {
      kind: 'claim',
      id: 'her2-tamoxifen',
      title: 'HER2 and tamoxifen benefit',
      url: '/claims/her2-tamoxifen/',
      detail: '',
      refs: ['houston1999overexpression', 'rasmussen2008adjuvant'],
    },
    { kind: 'claim', id: 'her2-ai', title: 'HER2 and aromatase inhibitors', url: '/claims/her2-ai/', detail: '', refs: ['rasmussen2008adjuvant'] },
    { kind: 'study', id: 'gone2001', title: 'A study since removed', url: '/references/gone2001/', detail: '', pmid: '123' },
  ];

  it('has one row per study, with its record and, for saved claims, the claim and the stance', () => {
    const rows = readingListRows(entries, savedKeys(entries), studies, claims);
    expect(rows.map((row) => row[0])).toEqual(['houston1999overexpression', 'rasmussen2008adjuvant', 'gone2001']);
    expect(rows[0]).toEqual([
      'houston1999overexpression',
      "Houston SJ; O'Regan RM",
      '1999',
      'Overexpression of c-erbB2',
      'British Journal of Cancer',
      '10.1038/sj.bjc.6690147',
      '10206296',
      'HER2 and tamoxifen benefit',
      'her2-tamoxifen',
      'supports',
    ]);
    expect(rows[1].slice(1, 3)).toEqual(['BIG 1-98 Collaborative Group', '2008']);
    expect(rows[1].slice(7)).toEqual(['HER2 and tamoxifen benefit; HER2 and aromatase inhibitors', 'her2-tamoxifen; her2-ai', 'contradicts; mixed']);
    expect(rows[2]).toEqual(['gone2001', '', '', 'A study since removed', '', '', '123', '', '', '']);
  });

  it('writes them under a header', () => {
    const csv = readingListCsv(entries, savedKeys(entries), studies, claims);
    expect(csv.split('\r\n')[0]).toBe(`\uFEFF${READING_LIST_CSV_HEADER.join(',')}`);
    expect(csv.split('\r\n')).toHaveLength(5);
  });
});
