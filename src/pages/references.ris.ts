import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { toRis } from '../lib/citations';
import { download } from '../lib/responses';

export const GET: APIRoute = async () => download(toRis((await siteCorpus()).references), 'ris');
