import type { Page } from '@playwright/test';
import { expect } from '@playwright/test';

/**
 * Requests a page has started and not yet finished: a web-first replacement for waiting on "network idle", for
 * checks that must see everything a page loads by itself (its scripts, its Content-Security-Policy reports).
 */
export function requestsInFlight(page: Page): { settled: () => Promise<void> } {
  const pending = new Set<unknown>();
  page.on('request', (request) => pending.add(request));
  page.on('requestfinished', (request) => pending.delete(request));
  page.on('requestfailed', (request) => pending.delete(request));
  return { settled: () => expect.poll(() => pending.size, { message: 'requests still in flight' }).toBe(0) };
}
