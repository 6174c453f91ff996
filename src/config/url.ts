import { z } from 'zod';

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
export const serviceUrl = z.string().trim().min(1, 'url_required').max(2048, 'url_too_long').transform((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'url_invalid' });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue({ code: 'custom', message: 'url_scheme' });
    return z.NEVER;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    ctx.addIssue({ code: 'custom', message: 'url_http_remote' });
    return z.NEVER;
  }
  if (url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'url_query' });
    return z.NEVER;
  }
  if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'url_credentials' });
    return z.NEVER;
  }
  // Internationalised host names can imitate another address letter for letter (а vs a): allow plain ASCII only.
  if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) {
    ctx.addIssue({ code: 'custom', message: 'url_idn' });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
});
