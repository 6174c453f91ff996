import { kindOf, paramsOf, record } from './wire-log';

/** Leaves for the identity server, noting the request in the wire log first. */
export function navigateRecorded(url: string): void {
  const target = new URL(url);
  record({ kind: kindOf(target, 'GET'), method: 'GET', url: `${target.origin}${target.pathname}`, sent: paramsOf(target.search) });
  window.location.assign(url);
}

/** Notes an authorization response that came back to this app. */
export function recordCallback(url: string): void {
  const callback = new URL(url);
  const received = { ...paramsOf(callback.search), ...paramsOf(callback.hash.slice(1)) };
  record({ kind: 'callback', method: 'GET', url: `${callback.origin}${callback.pathname}`, sent: {}, received });
}
