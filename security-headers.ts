import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import type { Plugin } from 'vite';

/**
 * The HTTP security headers: a Content-Security-Policy that allows scripts only from the app
 * itself, network requests only to the identity servers and APIs the app knows, and frames only
 * from the identity servers (silent renewal); plus no Referer, ever.
 * The built app's are used by `vite preview`, written to dist/_headers and documented in the README;
 * the dev server's (`npm start`) are as strict for scripts, frames and forms, and let a Custom
 * environment reach any https or loopback origin.
 */

const aritma = ['https://id.dev.aritma.io', 'https://id.aritma.io'];
const aritmaApis = ['https://bankservicedemo.zdata.no', 'https://bankservice.zdata.no'];
// CSP host sources cannot name IPv6 literals, so http://[::1] is not among them.
const loopback = ['http://localhost:*', 'http://127.0.0.1:*'];

function origin(url: string): string {
  return new URL(url).origin;
}

export interface SandboxOrigins {
  authority: string;
  api: string;
}

export interface SecurityHeaderOptions {
  /** The local sandbox's identity server and API; null when the build is not for the sandbox. */
  sandbox: SandboxOrigins | null;
  /** More origins for Custom environments (identity servers and APIs), e.g. from CSP_EXTRA_ORIGINS. */
  extraOrigins: string[];
  /** Adds `require-trusted-types-for 'script'`: strings never reach a DOM script sink. */
  trustedTypes: boolean;
}

export interface DevSecurityHeaderOptions {
  /** `sha256-…` of each inline script the dev server must run (React refresh's preamble). */
  inlineScriptHashes: string[];
  /** The dev server's own websocket for hot updates. */
  hmrOrigin: string;
  trustedTypes: boolean;
}

function policy(directives: Record<string, string[]>): string {
  return Object.entries(directives)
    .map(([name, sources]) => [name, ...sources].join(' '))
    .join('; ');
}

/** What both policies share: nothing runs, frames or submits but the app's own. */
function strict(trustedTypes: boolean): Record<string, string[]> {
  return {
    'object-src': ["'none'"],
    'base-uri': ["'self'"],
    'form-action': ["'self'"],
    // Only this app may frame its pages (the renewal iframe loads silent-callback.html).
    'frame-ancestors': ["'self'"],
    ...(trustedTypes ? { 'require-trusted-types-for': ["'script'"] } : {}),
  };
}

/** The built page's one inline script (src/first-paint-guard.js), exactly as index.html carries it (prerender.ts). */
export const firstPaintGuard = readFileSync(new URL('./src/first-paint-guard.js', import.meta.url), 'utf8').replace(/^(\/\/.*\n)+/, ''); // its comment stays in the file
const firstPaintGuardHash = `sha256-${createHash('sha256').update(firstPaintGuard).digest('base64')}`;

export function contentSecurityPolicy({ sandbox, extraOrigins, trustedTypes }: SecurityHeaderOptions): string {
  const extra = extraOrigins.map(origin);
  const identity = [...new Set([...(sandbox ? [origin(sandbox.authority)] : []), ...aritma, ...extra])];
  const connect = [...new Set([...identity, ...(sandbox ? [origin(sandbox.api)] : []), ...aritmaApis, ...extra])];
  return policy({
    'default-src': ["'self'"],
    // A hash allows exactly the first-paint guard; `javascript:` URLs and any other inline script stay blocked.
    'script-src': ["'self'", `'${firstPaintGuardHash}'`],
    'style-src': ["'self'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    'connect-src': ["'self'", ...connect],
    // The silent-renewal iframe goes to the identity server and comes back to this app's own page.
    'frame-src': ["'self'", ...identity],
    ...strict(trustedTypes),
  });
}

export function devContentSecurityPolicy({ inlineScriptHashes, hmrOrigin, trustedTypes }: DevSecurityHeaderOptions): string {
  return policy({
    'default-src': ["'self'"],
    // A hash allows exactly the preamble; `javascript:` URLs and any other inline script stay blocked.
    'script-src': ["'self'", ...inlineScriptHashes.map((hash) => `'${hash}'`)],
    // Vite's dev client injects each stylesheet as a <style> element.
    'style-src': ["'self'", "'unsafe-inline'"],
    'img-src': ["'self'", 'data:'],
    'font-src': ["'self'"],
    // Developers point a Custom environment at their own servers: any https or loopback origin.
    'connect-src': ["'self'", hmrOrigin, 'https:', ...loopback],
    'frame-src': ["'self'", 'https:', ...loopback],
    ...strict(trustedTypes),
  });
}

const otherHeaders = {
  'Referrer-Policy': 'no-referrer',
  'X-Content-Type-Options': 'nosniff',
  'Cross-Origin-Opener-Policy': 'same-origin',
  'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
};

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return { 'Content-Security-Policy': contentSecurityPolicy(options), ...otherHeaders };
}

export function devSecurityHeaders(options: DevSecurityHeaderOptions): Record<string, string> {
  return { 'Content-Security-Policy': devContentSecurityPolicy(options), ...otherHeaders };
}

/**
 * What a build's hashed files (`/assets/…`, named after their content) may be cached for: for good, since a
 * new build names its files anew. A page that comes back from the identity server then runs its code from
 * the browser's cache instead of asking for each file again.
 */
export const assetsPath = '/assets/';
export const assetsCacheControl = 'public, max-age=31536000, immutable';

/** The same headers as a Netlify/Cloudflare Pages `_headers` file, with the caching of the hashed files. */
export function headersFile(headers: Record<string, string>): string {
  const lines = (values: Record<string, string>) =>
    Object.entries(values)
      .map(([name, value]) => `  ${name}: ${value}`)
      .join('\n');
  return `/*\n${lines(headers)}\n${assetsPath}*\n${lines({ 'Cache-Control': assetsCacheControl })}\n`;
}

/** `vite preview` caches the hashed files as a host serving `_headers` does (it would otherwise have the browser revalidate each). */
export function cacheAssetsInPreview(): Plugin {
  return {
    name: 'obe-cache-assets',
    configurePreviewServer(server) {
      server.middlewares.use((request, response, next) => {
        if (request.url?.startsWith(assetsPath)) response.setHeader('Cache-Control', assetsCacheControl);
        next();
      });
    },
  };
}
