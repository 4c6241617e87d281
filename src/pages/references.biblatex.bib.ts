import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { allCitable } from '../lib/site/downloads';
import { toBibtex } from '../lib/citations/bibtex';

/** The same references for biber/BibLaTeX users: journaltitle, ISO dates and PubMed ids as eprints. */
export const GET: APIRoute = async () => new Response(toBibtex(allCitable(await siteCorpus()), 'biblatex'));
