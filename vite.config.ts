import { createHash } from 'node:crypto';
import { fileURLToPath } from 'node:url';
import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { prerenderPlugin } from './prerender.ts';
import { appInput, startFileOf, startScriptsPlugins } from './start-scripts.ts';
import { cacheAssetsInPreview, devSecurityHeaders, headersFile, securityHeaders } from './security-headers.ts';

const appPort = Number(process.env.APP_PORT ?? 5173);
const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);
// Strings never reach a DOM script sink: React 19, Vite's output and the libraries the app ships pass with it enforced.
const trustedTypes = true;

/** Writes the security headers beside the build, for hosts that read a `_headers` file. */
function headersFilePlugin(headers: Record<string, string>): Plugin {
  return {
    name: 'obe-security-headers',
    apply: 'build',
    generateBundle() {
      this.emitFile({ type: 'asset', fileName: '_headers', source: headersFile(headers) });
    },
  };
}

/** The hash of React refresh's inline preamble exactly as the plugin puts it into the page (base `/`). */
function reactPreambleHash(): string {
  return `sha256-${createHash('sha256').update(react.preambleCode.replace('__BASE__', '/')).digest('base64')}`;
}

/*
 * Four files where the bundler left to itself makes dozens (each one more request, in waves as imports
 * are found): everything the first page runs, as its two scripts ('main' and 'app', start-scripts.ts); the session's code, which a signed-out page
 * fetches after its first paint; the signed-in pages, fetched with it on a callback, else when the page is
 * idle. The other screens, the explorer, the storage page and the renewal page's answer keep files of their own.
 */
const sessionCode = /node_modules[\\/](oidc-client-ts|jwt-decode|jose)[\\/]|src[\\/](auth|lib|storage|config)[\\/]/;
// zod checks the explorer's input (in the explorer's file); the first page, the session and the API's answers use
// valibot. None of it may join the session's file, which the signed-in pages import: the two would then import each
// other, and a page could run one before the other is set up.
const zodCode = /node_modules[\\/]zod[\\/]|src[\\/]lib[\\/]zod(-mini)?\.ts$/;
const signedInCode = /node_modules[\\/]@tanstack[\\/]|src[\\/](api|app|components|i18n|features[\\/](banking|home|api-error))[\\/]/;
// zod, set up before any schema is built (src/lib/zod.ts).
const aliases = [
  { find: /^zod$/, replacement: fileURLToPath(new URL('./src/lib/zod.ts', import.meta.url)) },
  { find: /^zod\/mini$/, replacement: fileURLToPath(new URL('./src/lib/zod-mini.ts', import.meta.url)) },
];
const ownChunk = /(CompaniesPage|StatementsPage|ReceivablesPage|PaymentsPage|NewPaymentPage|PaymentMessagePage|StoragePage|explorer|silent-answer)/;

export default defineConfig(({ command, mode, isPreview }) => {
  const env = loadEnv(mode, process.cwd(), '');
  // The dev server always offers the local sandbox; a build (and its preview) only when built for it.
  const devServer = command === 'serve' && !isPreview;
  const withSandbox = devServer || env.VITE_SANDBOX === 'true';
  const headers = securityHeaders({
    sandbox: withSandbox
      ? { authority: env.VITE_SANDBOX_AUTHORITY || 'http://localhost:5001', api: env.VITE_SANDBOX_API_BASE_URL || 'http://localhost:5002' }
      : null,
    extraOrigins: (env.CSP_EXTRA_ORIGINS ?? '').split(',').map((value) => value.trim()).filter(Boolean),
    trustedTypes,
  });
  return {
    plugins: [react(), headersFilePlugin(headers), cacheAssetsInPreview(), prerenderPlugin(aliases), ...startScriptsPlugins()],
    resolve: { alias: aliases },
    server: {
      host: 'localhost',
      port: appPort,
      strictPort: true,
      headers: devSecurityHeaders({ inlineScriptHashes: [reactPreambleHash()], hmrOrigin: `ws://localhost:${appPort}`, trustedTypes }),
    },
    preview: { host: 'localhost', port: previewPort, strictPort: true, headers },
    build: {
      target: 'es2022',
      // Every browser the app supports preloads modules itself; the polyfill, a module of every page, would
      // otherwise join the first page's file and bring it into the renewal iframe.
      modulePreload: { polyfill: false },
      sourcemap: true,
      // The app, and the page the hidden renewal iframe loads.
      rollupOptions: {
        input: { main: 'index.html', [appInput]: 'src/main.tsx', silent: 'silent-callback.html' },
        // oidc-client-ts declares no `sideEffects`, so any import of it — even the auth layer's index re-exporting
        // an error type — would pin all of it to the first page; its top level only defines (and resets a no-op logger).
        treeshake: { moduleSideEffects: [{ test: /node_modules[\\/]oidc-client-ts[\\/]/, sideEffects: false }] },
        output: {
          codeSplitting: {
            // Each module goes to one file only (no dependencies pulled after it): the first page's are all in
            // 'main', except the renewal page's own and the libraries only the session's code uses.
            groups: [
              { name: startFileOf(fileURLToPath(new URL('./src/first.ts', import.meta.url))), priority: 2, tags: ['$initial'], test: (id) => !/silent|oidc-client-ts|jwt-decode/.test(id), includeDependenciesRecursively: false },
              { name: 'session', priority: 1, test: (id) => sessionCode.test(id) && !zodCode.test(id) && !ownChunk.test(id), includeDependenciesRecursively: false },
              { name: 'signed-in', priority: 1, test: (id) => signedInCode.test(id) && !ownChunk.test(id), includeDependenciesRecursively: false },
            ],
          },
        },
      },
    },
  };
});
