import type { APIRoute } from 'astro';
import { cytoscapeNetwork, sif } from '../lib/figures/network-export';
import { siteCorpus } from '../lib/site/page-corpus';

export const GET: APIRoute = async () => new Response(sif(cytoscapeNetwork(await siteCorpus())));
