import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toBibtex } from '../lib/citations';
import { download } from '../lib/responses';

export const GET: APIRoute = async () => download(toBibtex((await siteCorpus()).references), 'bib');
