import type { APIRoute } from 'astro';
import { cytoscapeNetwork, graphml } from '../lib/figures/network-export';
import { siteCorpus } from '../lib/site/page-corpus';

export const GET: APIRoute = async () => new Response(graphml(cytoscapeNetwork(await siteCorpus())));
