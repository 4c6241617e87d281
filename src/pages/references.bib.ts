import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { allCitable } from '../lib/site/downloads';
import { toBibtex } from '../lib/citations/bibtex';

export const GET: APIRoute = async () => new Response(toBibtex(allCitable(await siteCorpus())));
