import type { ChunkingContext, OutputBundle, OutputChunk } from 'rolldown';
import type { Plugin } from 'vite';

/*
 * The built page starts with two module scripts where the source (index.html, the dev server) has one:
 *
 *   1. src/first.ts and what it imports: takes the authorization response out of the address bar and, on a
 *      callback or with a session to check, sends for the session's code;
 *   2. src/main.tsx: React's DOM renderer, the app, and the render (or the take-over of the prerendered page).
 *
 * Chromium runs each deferred module script in a task of its own, both before DOMContentLoaded and `load`,
 * in the page's order. So starting the page is two tasks rather than one of 50-90 ms, and the second file is
 * fetched beside the first (a modulepreload) rather than found by its imports. The split must not make
 * either module asynchronous (a top-level `await` did, and made every callback page's token request later).
 */

const sourceScript = '<script type="module" src="/src/main.tsx"></script>';
const firstScript = '<script type="module" src="/src/first.ts"></script>';
/** The build's input (vite.config.ts) whose file is the second script. */
export const appInput = 'app';

/**
 * Names the file of a module the page loads up front: 'main' for the first script's (src/first.ts and every
 * module it imports, statically) and the HTML's own, 'app' for the rest. So the first file never imports
 * the second (which would run the app before src/first.ts); the second imports the first.
 */
export function startFileOf(firstModule: string): (id: string, context: ChunkingContext) => string {
  let graph: { context: ChunkingContext; ids: Set<string> } | null = null;
  const firstGraph = (context: ChunkingContext) => {
    if (graph?.context === context) return graph.ids;
    const ids = new Set<string>();
    const visit = [firstModule];
    for (let id = visit.pop(); id !== undefined; id = visit.pop()) {
      if (ids.has(id)) continue;
      ids.add(id);
      visit.push(...(context.getModuleInfo(id)?.importedIds ?? []));
    }
    graph = { context, ids };
    return ids;
  };
  return (id, context) => (firstGraph(context).has(id) || /[\\/]index\.html/.test(id) ? 'main' : appInput);
}

function appChunk(bundle: OutputBundle | undefined): OutputChunk {
  const chunk = Object.values(bundle ?? {}).find((file): file is OutputChunk => file.type === 'chunk' && file.isEntry && file.name === appInput);
  if (!chunk) throw new Error(`The build has no '${appInput}' entry (src/main.tsx) to start the page with.`);
  return chunk;
}

export function startScriptsPlugins(): Plugin[] {
  return [
    {
      name: 'obe-start-scripts:first',
      apply: 'build',
      transformIndexHtml: {
        order: 'pre',
        handler(html, context) {
          if (!context.filename.endsWith('index.html')) return html;
          if (!html.includes(sourceScript)) throw new Error(`index.html has no ${sourceScript} to split.`);
          return html.replace(sourceScript, firstScript);
        },
      },
    },
    {
      name: 'obe-start-scripts:app',
      apply: 'build',
      transformIndexHtml: {
        order: 'post',
        handler(html, context) {
          if (!context.filename.endsWith('index.html')) return html;
          const chunk = appChunk(context.bundle);
          const entry = /<script type="module" crossorigin src="[^"]+"><\/script>/.exec(html);
          if (!entry) throw new Error('The built index.html has no module script to put the app after.');
          const url = (file: string) => `/${file}`;
          const missing = (file: string) => !html.includes(`"${url(file)}"`);
          const preloads = chunk.imports.filter(missing).map((file) => `<link rel="modulepreload" crossorigin href="${url(file)}">`);
          // Its stylesheet (src/styles.css and the first screens' own), in the head as before: the prerendered page paints with it.
          const css = [...(chunk.viteMetadata?.importedCss ?? [])].filter(missing).map((file) => `<link rel="stylesheet" crossorigin href="${url(file)}">`);
          return html.replace(entry[0], [entry[0], ...css, ...preloads, `<script type="module" crossorigin src="${url(chunk.fileName)}"></script>`].join('\n    '));
        },
      },
    },
  ];
}
