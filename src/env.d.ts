/// <reference types="astro/client" />

/** The configuration pages and endpoints are given (src/integrations/site-config.ts). */
declare module 'virtual:site-config' {
  const config: import('./lib/build/config.mjs').PageConfig;
  export default config;
}
