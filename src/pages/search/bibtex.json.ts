import type { APIRoute } from 'astro';
import { siteCorpus } from '../../lib/site/page-corpus';
import { bibtexByKey } from '../../lib/site/search-documents';

export const GET: APIRoute = async () => new Response(JSON.stringify(bibtexByKey(await siteCorpus())));
