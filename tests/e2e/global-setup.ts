import type { Server } from 'node:http';
import { serveStatic } from '../support/static-server';
import { ensureBuilt, sites, type SiteName } from '../support/sites';

/** Builds the sites the browser tests need (two at a time, one per core) and serves each like a plain static host. */
export default async function globalSetup(): Promise<() => Promise<void>> {
  const names = Object.keys(sites) as SiteName[];
  await Promise.all(names.map((name) => ensureBuilt(name)));
  const servers: Server[] = await Promise.all(names.map((name) => serveStatic(sites[name].out, sites[name].base, sites[name].port)));
  return async () => {
    await Promise.all(servers.map((server) => new Promise<void>((done) => server.close(() => done()))));
  };
}
