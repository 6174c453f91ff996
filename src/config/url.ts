import * as v from 'valibot';

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
export const serviceUrl = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'url_required'),
  v.maxLength(2048, 'url_too_long'),
  v.rawTransform(({ dataset, addIssue, NEVER }) => {
    const problem = (message: string) => {
      addIssue({ message });
      return NEVER;
    };
    let url: URL;
    try {
      url = new URL(dataset.value);
    } catch {
      return problem('url_invalid');
    }
    if (url.protocol !== 'https:' && url.protocol !== 'http:') return problem('url_scheme');
    if (url.protocol === 'http:' && !isLoopbackHost(url.hostname)) return problem('url_http_remote');
    if (url.search || url.hash) return problem('url_query');
    if (url.username || url.password) return problem('url_credentials');
    // Internationalised host names can imitate another address letter for letter (а vs a): allow plain ASCII only.
    if (url.hostname.split('.').some((label) => label.startsWith('xn--'))) return problem('url_idn');
    return url.href.replace(/\/+$/, '');
  }),
);
