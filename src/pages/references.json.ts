import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { toCslJson } from '../lib/citations/csl';

export const GET: APIRoute = async () => new Response(toCslJson((await siteCorpus()).references));
