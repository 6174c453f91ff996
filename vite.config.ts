import react from '@vitejs/plugin-react';
import { defineConfig, loadEnv, type Plugin } from 'vite';
import { headersFile, securityHeaders } from './security-headers.ts';

const appPort = Number(process.env.APP_PORT ?? 5173);
const previewPort = Number(process.env.PREVIEW_PORT ?? 4173);

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

export default defineConfig(({ mode }) => {
  const env = loadEnv(mode, process.cwd(), '');
  const headers = securityHeaders({
    sandboxAuthority: env.VITE_SANDBOX_AUTHORITY || 'http://localhost:5001',
    sandboxApi: env.VITE_SANDBOX_API_BASE_URL || 'http://localhost:5002',
    extraOrigins: (env.CSP_EXTRA_ORIGINS ?? '').split(',').map((value) => value.trim()).filter(Boolean),
  });
  const { 'Content-Security-Policy': _csp, ...withoutCsp } = headers;
  return {
    plugins: [react(), headersFilePlugin(headers)],
    // The dev server's React refresh needs an inline script, so it gets every header but the CSP.
    server: { host: 'localhost', port: appPort, strictPort: true, headers: withoutCsp },
    preview: { host: 'localhost', port: previewPort, strictPort: true, headers },
    build: {
      target: 'es2022',
      sourcemap: true,
      // The app, and the page the hidden renewal iframe loads.
      rollupOptions: { input: { main: 'index.html', silent: 'silent-callback.html' } },
    },
  };
});
