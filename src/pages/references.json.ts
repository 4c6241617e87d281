import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toCslJson } from '../lib/citations';
import { download } from '../lib/responses';

export const GET: APIRoute = async () => download(toCslJson((await siteCorpus()).references), 'json');
