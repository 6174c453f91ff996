import { existsSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { gzipSync } from 'node:zlib';
import { SourceMapConsumer } from 'source-map-js';

export interface PackageShare {
  /** An npm package's name, `app: src/<folder>` for the app's own code, or `(no source)` for code no map names. */
  name: string;
  /** Its share of the files' gzip sizes: each file's gzip size split in proportion to the minified bytes each source wrote. */
  gzip: number;
}

/** Who a source path belongs to: the npm package under the last node_modules, else the app folder under src/. */
export function ownerOf(source: string): string {
  const inPackage = source.split('node_modules/').slice(1).at(-1);
  if (inPackage !== undefined) {
    const parts = inPackage.split('/');
    return (inPackage.startsWith('@') ? parts.slice(0, 2) : parts.slice(0, 1)).join('/');
  }
  const folder = /(?:^|\/)src\/([^/]+)\//.exec(source)?.[1];
  return folder ? `app: src/${folder}` : `app: ${source.split('/').at(-1) ?? source}`;
}

/**
 * What each package contributes to a build's `files` (gzip), read from their source maps: an estimate
 * (gzip does not split by source), good to a few hundred bytes per package. Files without a map count as `(no source)`.
 */
export async function packageShares(dist: string, files: readonly string[]): Promise<PackageShare[]> {
  const shares = new Map<string, number>();
  const add = (name: string, gzip: number) => shares.set(name, (shares.get(name) ?? 0) + gzip);
  for (const file of files.filter((name) => name.endsWith('.js'))) {
    const code = await readFile(join(dist, file), 'utf8');
    const gzip = gzipSync(code, { level: 9 }).length;
    const mapFile = join(dist, `${file}.map`);
    if (!existsSync(mapFile)) {
      add('(no source)', gzip);
      continue;
    }
    const lines = code.split('\n');
    const written = new Map<string, number>();
    let last: { line: number; column: number; owner: string } | null = null;
    const close = (line: number, column: number) => {
      if (!last) return;
      const end = last.line === line ? column : (lines[last.line - 1]?.length ?? last.column);
      written.set(last.owner, (written.get(last.owner) ?? 0) + Math.max(0, end - last.column));
    };
    new SourceMapConsumer(JSON.parse(await readFile(mapFile, 'utf8'))).eachMapping((mapping) => {
      close(mapping.generatedLine, mapping.generatedColumn);
      last = { line: mapping.generatedLine, column: mapping.generatedColumn, owner: mapping.source ? ownerOf(mapping.source) : '(no source)' };
    });
    close(Number.POSITIVE_INFINITY, 0);
    const all = [...written.values()].reduce((sum, bytes) => sum + bytes, 0);
    if (all === 0) add('(no source)', gzip);
    for (const [owner, bytes] of written) add(owner, (bytes / all) * gzip);
  }
  return [...shares].map(([name, gzip]) => ({ name, gzip: Math.round(gzip) })).sort((a, b) => b.gzip - a.gzip);
}
