import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../../lib/site/search-index';
import type { IndexShard } from '../../../lib/search/index-format';

/** Word postings and exact names, one file per two-letter start. */
export const getStaticPaths = (async () => {
  const { index } = await siteSearchIndex(import.meta.env.BASE_URL);
  return Object.entries(index.shards).map(([key, shard]) => ({ params: { key }, props: { shard } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ shard: IndexShard }> = ({ props }) => new Response(JSON.stringify(props.shard));
