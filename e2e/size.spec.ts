import { expect, test } from '@playwright/test';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
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

// start-scripts.ts: src/first.ts's file, then the app's, each run by the browser in a task of its own; were the
// first to import the second, the app would run before src/first.ts had taken the answer out of the address bar.
test('the page starts with two scripts, the first not importing the second', async () => {
  const html = await readFile(join('dist', 'index.html'), 'utf8');
  const scripts = [...html.matchAll(/<script type="module" crossorigin src="\/assets\/([^"]+)"><\/script>/g)].map((match) => match[1] ?? '');
  expect(scripts).toEqual([expect.stringMatching(/^main-[\w-]+\.js$/), expect.stringMatching(/^app-[\w-]+\.js$/)]);
  const [first = '', app = ''] = scripts;
  expect(staticImports(await readFile(join('dist', 'assets', first), 'utf8'))).not.toContain(app);
  expect(staticImports(await readFile(join('dist', 'assets', app), 'utf8'))).toContain(first);
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
