/**
 * The HTTP security headers for the built app: a Content-Security-Policy that allows scripts only
 * from the app itself, network requests only to the identity servers and APIs the app knows, and
 * frames only from the identity servers (silent renewal); plus no Referer, ever.
 * Used by `vite preview`, written to dist/_headers, and documented in the README for other hosts.
 */

const aritma = ['https://id.dev.aritma.io', 'https://id.aritma.io'];
const aritmaApis = ['https://bankservicedemo.zdata.no', 'https://bankservice.zdata.no'];

function origin(url: string): string {
  return new URL(url).origin;
}

export interface SecurityHeaderOptions {
  sandboxAuthority: string;
  sandboxApi: string;
  /** More origins for Custom environments (identity servers and APIs), e.g. from CSP_EXTRA_ORIGINS. */
  extraOrigins: string[];
}

export function contentSecurityPolicy({ sandboxAuthority, sandboxApi, extraOrigins }: SecurityHeaderOptions): string {
  const extra = extraOrigins.map(origin);
  const identity = [...new Set([origin(sandboxAuthority), ...aritma, ...extra])];
  const connect = [...new Set([...identity, origin(sandboxApi), ...aritmaApis, ...extra])];
  return [
    "default-src 'self'",
    "script-src 'self'",
    "style-src 'self'",
    "img-src 'self' data:",
    "font-src 'self'",
    `connect-src 'self' ${connect.join(' ')}`,
    // The silent-renewal iframe goes to the identity server and comes back to this app's own page.
    `frame-src 'self' ${identity.join(' ')}`,
    "object-src 'none'",
    "base-uri 'self'",
    "form-action 'self'",
    // Only this app may frame its pages (the renewal iframe loads silent-callback.html).
    "frame-ancestors 'self'",
  ].join('; ');
}

export function securityHeaders(options: SecurityHeaderOptions): Record<string, string> {
  return {
    'Content-Security-Policy': contentSecurityPolicy(options),
    'Referrer-Policy': 'no-referrer',
    'X-Content-Type-Options': 'nosniff',
    'Cross-Origin-Opener-Policy': 'same-origin',
    'Permissions-Policy': 'camera=(), microphone=(), geolocation=(), payment=()',
  };
}

/** The same headers as a Netlify/Cloudflare Pages `_headers` file. */
export function headersFile(headers: Record<string, string>): string {
  return `/*\n${Object.entries(headers)
    .map(([name, value]) => `  ${name}: ${value}`)
    .join('\n')}\n`;
}
