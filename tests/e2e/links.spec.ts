import { expect, test } from '@playwright/test';
import { brokenLinks } from '../support/link-check';

// Not a browser test: it reads every page of the built site from disk, including pages no link leads to.
test('every internal href, src and #fragment in dist/ resolves', () => {
  const { broken, checked } = brokenLinks('dist', '/');
  expect(checked).toBeGreaterThan(1000);
  expect(broken).toEqual([]);
});
