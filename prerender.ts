import { createServer, type Plugin } from 'vite';
import { firstPaintGuard } from './security-headers.ts';

const emptyRoot = '<div id="root"></div>';

function attribute(value: string): string {
  return value.replaceAll('&', '&amp;').replaceAll('"', '&quot;').replaceAll('<', '&lt;');
}

/**
 * Puts the signed-out home, rendered by React in Node (src/prerender.tsx), into the built index.html, so
 * a first visit paints it as soon as the HTML and the stylesheet are here rather than once the app's
 * script has run; the app then takes it over (src/main.tsx). Beside it goes the first-paint guard, which
 * removes it on pages that open otherwise. The dev server (`npm start`) serves the page without it.
 */
export function prerenderPlugin(aliases: { find: RegExp; replacement: string }[]): Plugin {
  let mode = 'production';
  let root = process.cwd();
  return {
    name: 'obe-prerender',
    apply: 'build',
    configResolved(config) {
      mode = config.mode;
      root = config.root;
    },
    transformIndexHtml: {
      order: 'post',
      async handler(html, context) {
        if (!context.filename.endsWith('index.html')) return html;
        if (!html.includes(emptyRoot)) throw new Error(`index.html has no ${emptyRoot} to prerender into.`);
        // The app's modules as the build sees them (its mode and environment variables), loaded in Node.
        const server = await createServer({
          configFile: false,
          root,
          mode,
          logLevel: 'error',
          resolve: { alias: aliases },
          appType: 'custom',
          server: { middlewareMode: true, hmr: false, ws: false },
          optimizeDeps: { noDiscovery: true, include: [] },
        });
        try {
          const { prerender } = (await server.ssrLoadModule('/src/prerender.tsx')) as { prerender(): { html: string; opening: string } };
          const page = prerender();
          return html.replace(emptyRoot, `<div id="root" data-opening="${attribute(page.opening)}">${page.html}</div><script>${firstPaintGuard}</script>`);
        } finally {
          await server.close();
        }
      },
    },
  };
}
