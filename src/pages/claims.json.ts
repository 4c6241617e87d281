import type { APIRoute } from 'astro';
import { siteCorpus } from '../lib/site-corpus';
import { claimsExport } from '../lib/exports';
import { download } from '../lib/responses';

export const GET: APIRoute = async () =>
  download(JSON.stringify(claimsExport(await siteCorpus(), import.meta.env.BASE_URL), null, 2) + '\n', 'json');
