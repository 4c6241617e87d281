/** Static download responses with the media types reference managers expect. */
export const mediaTypes = {
  bib: 'application/x-bibtex; charset=utf-8',
  ris: 'application/x-research-info-systems; charset=utf-8',
  json: 'application/json; charset=utf-8',
} as const;

export function download(body: string, type: keyof typeof mediaTypes): Response {
  return new Response(body, { headers: { 'Content-Type': mediaTypes[type] } });
}
