import type { APIRoute, GetStaticPaths } from 'astro';
import { siteSearchIndex } from '../../../lib/site/search-index';
import { displayChunks, displayColumns } from '../../../lib/search/index-format';
import type { DocDisplay } from '../../../lib/search/documents';

/** Result cards, a few documents per file, fetched for the results a cold visit shows first. */
export const getStaticPaths = (async () => {
  const { index } = await siteSearchIndex(import.meta.env.BASE_URL);
  return displayChunks(index).map((cards, chunk) => ({ params: { chunk: String(chunk) }, props: { cards } }));
}) satisfies GetStaticPaths;

export const GET: APIRoute<{ cards: DocDisplay[] }> = ({ props }) => new Response(JSON.stringify(displayColumns(props.cards)));
