/**
 * A path inside this app to return to after sign-in, or `/`.
 * Anything that could leave the origin (`//host`, `/\host`, `https://…`, control characters) is refused.
 */
export function safeReturnPath(candidate: unknown, origin: string = window.location.origin): string {
  if (typeof candidate !== 'string' || !candidate.startsWith('/') || candidate.startsWith('//')) return '/';
  // eslint-disable-next-line no-control-regex -- control characters are exactly what must be refused
  if (/[\\\u0000-\u001f]/.test(candidate)) return '/';
  try {
    const url = new URL(candidate, origin);
    if (url.origin !== origin) return '/';
    return `${url.pathname}${url.search}${url.hash}`;
  } catch {
    return '/';
  }
}
