import { expect, test } from '@playwright/test';
import { bundleSizes } from '../bench/bundle.ts';
import { firstPageCeilingBytes } from '../bench/config.ts';

// The production build the suite serves (playwright.config.ts builds it once into dist/): no second build.
test('the first page stays within its size ceiling (gzip -9, every file it loads)', async () => {
  const { firstPage, firstPageTotal } = await bundleSizes('dist');
  const files = firstPage.map((file) => `${file.file}: ${file.gzip}`).join('\n');
  expect(firstPageTotal.gzip, `first page, gzip bytes per file:\n${files}`).toBeLessThanOrEqual(firstPageCeilingBytes);
});
