import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toBibtex } from '../lib/citations';

/** The same references for biber/BibLaTeX users: journaltitle, ISO dates and PubMed ids as eprints. */
export const GET: APIRoute = async () => new Response(toBibtex((await siteCorpus()).references, 'biblatex'));
