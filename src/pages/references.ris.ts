import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site/page-corpus';
import { allCitable } from '../lib/site/downloads';
import { toRis } from '../lib/citations/ris';

export const GET: APIRoute = async () => new Response(toRis(allCitable(await siteCorpus())));
