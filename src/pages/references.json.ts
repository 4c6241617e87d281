import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toCslJson } from '../lib/citations';

export const GET: APIRoute = async () => new Response(toCslJson((await siteCorpus()).references));
