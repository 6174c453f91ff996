import { expect, test } from '@playwright/test';
import { bundleSizes, chunkImportCycles, importCycles, staticImports } from '../bench/bundle.ts';
import { firstPageCeilingBytes } from '../bench/config.ts';

// The production build the suite serves (playwright.config.ts builds it once into dist/): no second build.
test('the first page stays within its size ceiling (gzip -9, the HTML and every file it loads)', async () => {
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

// Two files that import each other run in whichever order a page asks for them: one could run before the other is set up.
test('the build\'s scripts never import each other in a circle', async () => {
  expect(await chunkImportCycles('dist')).toEqual([]);
});

test('the circle check finds a circle, and reads only static imports', () => {
  expect(staticImports('import{a as b}from"./session-1.js";import"./runtime.js";const c=()=>import("./lazy.js");')).toEqual(['session-1.js', 'runtime.js']);
  const graph = new Map([
    ['main.js', ['runtime.js']],
    ['session.js', ['main.js', 'signed-in.js']],
    ['signed-in.js', ['session.js', 'main.js']],
  ]);
  expect(importCycles(graph)).toEqual([['session.js', 'signed-in.js', 'session.js']]);
  expect(importCycles(new Map([['signed-in.js', ['session.js']], ['session.js', ['main.js']]]))).toEqual([]);
});
