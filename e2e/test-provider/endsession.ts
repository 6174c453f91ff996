import type { Endpoint } from './endpoint.ts';
import { FormError, readForm, redirect, sendHtml } from './http.ts';
import { isAppUrl } from './redirect-uris.ts';

/**
 * RP-initiated logout (OpenID Connect RP-Initiated Logout §2). There is no session to end here,
 * so this only sends the browser back to the app, and only to the app (no open redirect).
 */
export const endsession: Endpoint = async (context, req, res) => {
  let params: URLSearchParams;
  try {
    params = req.method === 'POST' ? await readForm(req) : new URL(req.url ?? '/', context.issuer).searchParams;
  } catch (error) {
    if (!(error instanceof FormError)) throw error;
    sendHtml(res, 400, 'Sign-out request refused', error.message);
    return;
  }
  const target = params.get('post_logout_redirect_uri');
  if (target === null || !isAppUrl(target, context.appOrigins)) {
    sendHtml(res, 200, 'Signed out', 'You are signed out of the test provider. You can close this page.');
    return;
  }
  const url = new URL(target);
  const state = params.get('state');
  if (state !== null) url.searchParams.set('state', state);
  redirect(res, url.href);
};
