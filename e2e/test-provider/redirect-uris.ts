/** The app's callback pages: sign-in, silent renewal in an iframe, and the explorer's step-by-step flow. */
const CALLBACK_PATHS = ['/callback', '/silent-callback.html', '/explorer/callback'];

/** True for exactly an app origin plus a callback path: no prefix, query or fragment games (RFC 9700 §4.1.3). */
export function isRegisteredRedirectUri(uri: string, appOrigins: readonly string[]): boolean {
  return appOrigins.some((origin) => CALLBACK_PATHS.some((path) => uri === `${origin}${path}`));
}

/** True for any URL on one of the app's origins, the only places sign-out may send a browser back to. */
export function isAppUrl(uri: string, appOrigins: readonly string[]): boolean {
  if (!URL.canParse(uri)) return false;
  const url = new URL(uri);
  return appOrigins.includes(url.origin) && url.username === '' && url.password === '';
}
