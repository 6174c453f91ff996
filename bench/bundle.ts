import { existsSync } from 'node:fs';
import { readdir, readFile } from 'node:fs/promises';
import { basename, join } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';
import { packageShares, type PackageShare } from './packages.ts';

export interface Sizes {
  raw: number;
  gzip: number;
  brotli: number;
}

export interface FileSizes extends Sizes {
  /** Path inside the build, e.g. `assets/index-abc123.js`. */
  file: string;
}

export interface BundleSizes {
  /** index.html itself (the prerendered page and its inline guard are in it) and what it makes the browser load: entry script, modulepreloads, stylesheets. */
  firstPage: FileSizes[];
  firstPageTotal: Sizes;
  /** The first page's scripts by the package (or app folder) that wrote them, gzip, estimated from the source maps. */
  firstPageByPackage: PackageShare[];
  /** Every other script, fetched only when a screen needs it. */
  lazy: FileSizes[];
  /** The silent-renewal iframe page's own scripts (not also on the first page). */
  renewal: FileSizes[];
  /** First-page scripts the renewal page loads too. */
  renewalShared: string[];
}

/** Raw, gzip (level 9) and brotli (quality 11) sizes, each file compressed on its own as a server would. */
function sizesOf(content: Buffer): Sizes {
  return {
    raw: content.length,
    gzip: gzipSync(content, { level: 9 }).length,
    brotli: brotliCompressSync(content, {
      params: { [constants.BROTLI_PARAM_QUALITY]: 11, [constants.BROTLI_PARAM_SIZE_HINT]: content.length },
    }).length,
  };
}

export function total(files: readonly Sizes[]): Sizes {
  return files.reduce((sum, file) => ({ raw: sum.raw + file.raw, gzip: sum.gzip + file.gzip, brotli: sum.brotli + file.brotli }), { raw: 0, gzip: 0, brotli: 0 });
}

function attributes(tag: string): Map<string, string> {
  const found = new Map<string, string>();
  for (const match of tag.matchAll(/([\w-]+)(?:\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s"'>]+)))?/g)) {
    const [, name, doubleQuoted, singleQuoted, bare] = match;
    if (name) found.set(name.toLowerCase(), doubleQuoted ?? singleQuoted ?? bare ?? '');
  }
  return found;
}

/** The same-origin scripts and stylesheets an HTML page loads up front, as paths inside the build. */
export function pageAssets(html: string): string[] {
  const assets: string[] = [];
  for (const [tag] of html.matchAll(/<(?:script|link)\b[^>]*>/gi)) {
    const attrs = attributes(tag.replace(/^<\w+/, '').replace(/\/?>$/, ''));
    const rel = attrs.get('rel')?.toLowerCase();
    const url = tag.toLowerCase().startsWith('<script') ? attrs.get('src') : rel === 'modulepreload' || rel === 'stylesheet' ? attrs.get('href') : undefined;
    if (url && !/^[a-z]+:|^\/\//i.test(url)) assets.push(url.replace(/^\.?\//, ''));
  }
  return [...new Set(assets)];
}

async function measure(dist: string, files: readonly string[]): Promise<FileSizes[]> {
  return Promise.all(files.map(async (file) => ({ file, ...sizesOf(await readFile(join(dist, file))) })));
}

/** Sizes of a Vite build: what its first page loads, its lazy chunks and its silent-renewal page. */
export async function bundleSizes(dist: string): Promise<BundleSizes> {
  const indexFile = join(dist, 'index.html');
  if (!existsSync(indexFile)) throw new Error(`${indexFile} is missing: the build did not finish.`);
  const firstPageFiles = ['index.html', ...pageAssets(await readFile(indexFile, 'utf8'))];
  const silentFile = join(dist, 'silent-callback.html');
  const silentPageFiles = existsSync(silentFile) ? pageAssets(await readFile(silentFile, 'utf8')) : [];
  const scripts = existsSync(join(dist, 'assets'))
    ? (await readdir(join(dist, 'assets'))).filter((name) => name.endsWith('.js')).map((name) => `assets/${name}`)
    : [];
  const renewalFiles = [
    ...new Set([...scripts.filter((file) => basename(file).startsWith('silent-')), ...silentPageFiles.filter((file) => !firstPageFiles.includes(file))]),
  ];
  const lazyFiles = scripts.filter((file) => !firstPageFiles.includes(file) && !renewalFiles.includes(file));
  const firstPage = await measure(dist, firstPageFiles);
  const bySize = (a: FileSizes, b: FileSizes) => b.gzip - a.gzip;
  return {
    firstPage,
    firstPageTotal: total(firstPage),
    firstPageByPackage: await packageShares(dist, firstPageFiles),
    lazy: (await measure(dist, lazyFiles)).sort(bySize),
    renewal: await measure(dist, renewalFiles),
    renewalShared: silentPageFiles.filter((file) => firstPageFiles.includes(file)),
  };
}

/** The files a built script imports statically (`import … from "./x.js"`, `import "./x.js"`), not `import()`. */
export function staticImports(code: string): string[] {
  return [...code.matchAll(/(?:\bfrom|\bimport)\s*["']\.\/([^"']+\.js)["']/g)].flatMap((match) => (match[1] ? [match[1]] : []));
}

/**
 * Each cycle of static imports among `graph`'s files, as the files around it. A script that imports one
 * importing it back runs first whichever of the two the page happens to ask for first, before the other is
 * set up: a bug that shows only on some loads.
 */
export function importCycles(graph: ReadonlyMap<string, readonly string[]>): string[][] {
  const cycles: string[][] = [];
  const done = new Set<string>();
  const path: string[] = [];
  const visit = (file: string) => {
    const at = path.indexOf(file);
    if (at >= 0) {
      cycles.push([...path.slice(at), file]);
      return;
    }
    if (done.has(file)) return;
    path.push(file);
    for (const next of graph.get(file) ?? []) visit(next);
    path.pop();
    done.add(file);
  };
  for (const file of [...graph.keys()].sort()) visit(file);
  return cycles;
}

/** The static import cycles among a Vite build's scripts (none expected). */
export async function chunkImportCycles(dist: string): Promise<string[][]> {
  const names = (await readdir(join(dist, 'assets'))).filter((name) => name.endsWith('.js'));
  const graph = new Map(await Promise.all(names.map(async (name) => [name, staticImports(await readFile(join(dist, 'assets', name), 'utf8'))] as const)));
  return importCycles(graph);
}
