import { z } from 'zod';

const loopbackHosts = new Set(['localhost', '127.0.0.1', '[::1]']);

/** True for hosts where plain http is acceptable: the machine itself. */
export function isLoopbackHost(hostname: string): boolean {
  return loopbackHosts.has(hostname);
}

/**
 * An absolute http(s) URL without query or fragment; https unless the host is this machine.
 * The trailing slash is removed so the value can be joined with paths.
 */
export const serviceUrl = z.string().trim().min(1, 'Enter a URL.').transform((value, ctx) => {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    ctx.addIssue({ code: 'custom', message: 'Enter a full URL, such as https://id.example.com.' });
    return z.NEVER;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') {
    ctx.addIssue({ code: 'custom', message: 'Use an https:// URL.' });
    return z.NEVER;
  }
  if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) {
    ctx.addIssue({ code: 'custom', message: 'Use https:// — plain http is allowed only for localhost.' });
    return z.NEVER;
  }
  if (url.search || url.hash) {
    ctx.addIssue({ code: 'custom', message: 'Remove the query string and fragment from the URL.' });
    return z.NEVER;
  }
  if (url.username || url.password) {
    ctx.addIssue({ code: 'custom', message: 'Remove the user name and password from the URL.' });
    return z.NEVER;
  }
  return url.href.replace(/\/+$/, '');
});
