import * as z from 'zod/mini';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for hosts where plain http is acceptable: the machine itself. */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname);
}

/**
 * An absolute http(s) URL without query or fragment; https unless the host is this machine.
 * The trailing slash is removed so the value can be joined with paths.
 * Issue messages are codes (see `ConfigProblem`), worded by the UI in the user's language.
 */
export const serviceUrl = z.pipe(z.string().check(z.trim(), z.minLength(1, 'url_required'), z.maxLength(2048, 'url_too_long')), z.transform((value: string, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.issues.push({ code: 'custom', message: 'url_invalid', input: value });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.issues.push({ code: 'custom', message: 'url_scheme', input: value });
    return z.NEVER;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    ctx.issues.push({ code: 'custom', message: 'url_http_remote', input: value });
    return z.NEVER;
  }
  if (url.search || url.hash) {
    ctx.issues.push({ code: 'custom', message: 'url_query', input: value });
    return z.NEVER;
  }
  if (url.username || url.password) {
    ctx.issues.push({ code: 'custom', message: 'url_credentials', input: value });
    return z.NEVER;
  }
  // Internationalised host names can imitate another address letter for letter (а vs a): allow plain ASCII only.
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    ctx.issues.push({ code: 'custom', message: 'url_idn', input: value });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
}));
