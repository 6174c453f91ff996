export const callbackPath = '/callback';
/** A page of its own (silent-callback.html), loaded in a hidden iframe for renewal without a refresh token. */
export const silentCallbackPath = '/silent-callback.html';

/**
 * Takes the authorization response out of the address bar before anything renders,
 * so `code`, `state` and `iss` never linger in history, bookmarks or a Referer.
 * Returns the full URL for the sign-in to complete, or null when this is no callback.
 */
export function takeCallbackUrl(location: Location = window.location, history: History = window.history): string | null {
  if (location.pathname !== callbackPath) return null;
  const url = location.href;
  history.replaceState(null, '', '/');
  return url;
}
