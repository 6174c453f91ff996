import { expect, test } from '@playwright/test';
import { bundleSizes } from '../bench/bundle.ts';
import { firstPageCeilingBytes } from '../bench/config.ts';

// The production build the suite serves (playwright.config.ts builds it once into dist/): no second build.
test('the first page stays within its size ceiling (gzip -9, every file it loads)', async () => {
  const { firstPage, firstPageTotal } = await bundleSizes('dist');
  const files = firstPage.map((file) => `${file.file}: ${file.gzip}`).join('\n');
  expect(firstPageTotal.gzip, `first page, gzip bytes per file:\n${files}`).toBeLessThanOrEqual(firstPageCeilingBytes);
});

// The renewal iframe runs only its own few hundred bytes: a first-page script there would start the whole app inside the frame.
test('the silent-renewal page loads nothing of the first page, and stays under 1 KB gzip', async () => {
  const { renewal, renewalShared } = await bundleSizes('dist');
  expect(renewalShared).toEqual([]);
  expect(renewal.reduce((sum, file) => sum + file.gzip, 0)).toBeLessThan(1000);
});
