import packageJson from '../../../package.json';

/**
 * The site's identity, in one place: name, version, data licence and where readers report errors. The report
 * address comes from REPORT_URL at build time (the GitHub Pages workflow sets it to the repository's new-issue page);
 * without one, the site points readers to the instructions on /about/.
 */

export const siteConfig = {
  name: 'ER–HER2 Crosstalk Explorer',
  version: packageJson.version,
  licence: { name: 'CC BY 4.0', url: 'https://creativecommons.org/licenses/by/4.0/' },
  reportUrl: process.env.REPORT_URL || undefined,
} as const;
