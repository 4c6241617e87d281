import { describe, expect, it } from 'vitest';
import { markdownProblems, markdownText, renderMarkdown } from '../../src/lib/content/markdown';

describe('Markdown content rules (checked on the parser tree)', () => {
  it('accept plain Markdown with web and mail links', () => {
    expect(markdownProblems('Some **bold** text, a [link](https://example.org) and [mail](mailto:a@b.org).\n\n- a list')).toEqual([]);
  });

  it('refuse raw HTML, inline or as a block', () => {
    expect(markdownProblems('Text with <img src=x onerror=alert(1)> inside.')).toEqual(['raw HTML is not allowed in Markdown; write plain Markdown']);
    expect(markdownProblems('<div>\nblock\n</div>')).toEqual(['raw HTML is not allowed in Markdown; write plain Markdown']);
  });

  it('refuse script links in every link form: inline, reference definitions and autolinks', () => {
    const refused = ["links may only use http, https or mailto, not 'javascript:'"];
    expect(markdownProblems('[x](javascript:alert(1))')).toEqual(refused);
    expect(markdownProblems('[x][a]\n\n[a]: javascript:alert(1)')).toEqual(refused);
    expect(markdownProblems('<javascript:alert(1)>')).toEqual(refused);
    expect(markdownProblems('![x](data:text/html,hi)')).toEqual(["links may only use http, https or mailto, not 'data:'"]);
  });

  it('do not mistake code or prose for HTML or links', () => {
    // A regex over the text sees a tag in the code span and a scheme in the sentence; the parser sees neither.
    expect(markdownProblems('Use `<b>` for bold. The ratio was 2:1 (P < .05 and n > 3).')).toEqual([]);
  });
});

describe('Markdown rendering and plain text', () => {
  it('marks links that leave the site as noopener noreferrer', async () => {
    expect(await renderMarkdown('[PubMed](https://pubmed.ncbi.nlm.nih.gov/1/)')).toContain('rel="noopener noreferrer"');
  });

  it('gives the words without syntax, for search', () => {
    expect(markdownText('# Title\n\nSome **bold** and a [link](https://x.org).\n\n- item')).toBe('Title Some bold and a link. item');
  });
});
