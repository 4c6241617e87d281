import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { allCitable } from '../lib/site/downloads';
import { toCslJson } from '../lib/citations/csl';

export const GET: APIRoute = async () => new Response(toCslJson(allCitable(await siteCorpus())));
