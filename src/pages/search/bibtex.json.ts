import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site-corpus';
import { bibtexByKey } from '../../lib/search-index';

export const GET: APIRoute = async () => new Response(JSON.stringify(bibtexByKey(await siteCorpus())));
