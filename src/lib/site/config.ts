import config from 'virtual:site-config';
import packageJson from '../../../package.json';

/**
 * The site's identity, in one place: name, version, data licence, its own address and where readers report errors.
 * Both addresses come from the build's configuration (lib/build/config.mjs): SITE_URL (e.g. https://you.github.io;
 * with BASE_PATH for a sub-path) and REPORT_URL (the GitHub Pages workflow sets them to the Pages address and the
 * repository's new-issue page). Without SITE_URL the site writes no absolute address of its own anywhere: links stay
 * relative and pages carry no canonical tag. Without REPORT_URL, "Report an error" leads to the instructions on /about/.
 */
export const siteConfig = {
  name: 'ER–HER2 Crosstalk Explorer',
  version: packageJson.version,
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  /** The site's origin (and nothing else: the base path comes from BASE_PATH), or undefined. */
  siteUrl: config.siteUrl,
  reportUrl: config.reportUrl,
} as const;

/** A page's absolute address, when the site's own address is configured; otherwise undefined (say nothing rather than guess). */
export function absoluteUrl(pathname: string, site: URL | string | undefined = siteConfig.siteUrl): string | undefined {
  return site ? new URL(pathname, site).href : undefined;
}

/**
 * Where "Report an error" leads from a page: the configured address, with the page named in the report when it is a
 * GitHub new-issue page; otherwise the instructions on /about/ (`aboutReport`).
 */
export function reportLink(page: { title: string; path: string }, aboutReport: string): string {
  const { reportUrl } = siteConfig;
  if (!reportUrl) return aboutReport;
  if (!/^https:\/\/github\.com\/[^/]+\/[^/]+\/issues\/new\/?$/.test(reportUrl)) return reportUrl;
  const url = new URL(reportUrl);
  url.searchParams.set('title', `Error on “${page.title}”`);
  url.searchParams.set(
    'body',
    [`Page: ${absoluteUrl(page.path) ?? page.path}`, '', 'What the page says:', '', 'What the study says instead (with its PubMed ID or DOI):', ''].join('\n'),
  );
  return url.href;
}
