import type { Entry, Har, Header, QueryString } from 'har-format';
import type { Exchange } from '../../../auth/wire-log';
import { version } from '../../../../package.json';
import { maskJson, maskRecord } from './mask';

/** What the explorer adds to each entry (HAR allows fields that start with an underscore). */
export interface ExplorerEntryFields {
  _obe: { kind: Exchange['kind']; authScheme?: string; observed: boolean };
}

const toPairs = (record: Record<string, string>): Header[] => Object.entries(record).map(([name, value]) => ({ name, value }));

/** Parameters that arrived in the fragment: the implicit flow's tokens. */
const fragmentParams = new Set(['access_token', 'id_token', 'token_type', 'expires_in']);

function withParams(base: string, params: Record<string, string>, where: 'query' | 'fragment'): string {
  const search = new URLSearchParams(params).toString();
  return search ? `${base}${where === 'query' ? '?' : '#'}${search}` : base;
}

function content(received: unknown, masked: (value: unknown) => unknown) {
  if (received === undefined) return { size: 0, mimeType: 'x-unknown' };
  const text = typeof received === 'string' ? received : JSON.stringify(masked(received));
  return { size: text.length, mimeType: typeof received === 'string' ? 'text/plain' : 'application/json', text };
}

function entryOf(exchange: Exchange, next: Exchange | undefined, includeSecrets: boolean): Entry & ExplorerEntryFields {
  const params = includeSecrets ? exchange.sent : maskRecord(exchange.sent);
  // The wire log keeps the Authorization and DPoP headers with the parameters; in HAR they are headers again.
  const { Authorization: authorization, DPoP: proof, ...sent } = params;
  const headers = { ...(exchange.requestHeaders ?? {}) };
  const hasHeader = (wanted: string) => Object.keys(headers).some((name) => name.toLowerCase() === wanted);
  if (authorization && !hasHeader('authorization')) headers.Authorization = authorization;
  if (proof && !hasHeader('dpop')) headers.DPoP = proof;
  const requestHeaders = toPairs(includeSecrets ? headers : maskRecord(headers));
  const responseHeaders = toPairs(includeSecrets ? (exchange.responseHeaders ?? {}) : maskRecord(exchange.responseHeaders ?? {}));
  const masked = includeSecrets ? (value: unknown) => value : maskJson;
  const navigation = exchange.status === undefined && !exchange.error;
  const form = exchange.method !== 'GET' && exchange.kind !== 'callback' && Object.keys(sent).length > 0;
  const query: Record<string, string> = form || exchange.kind === 'callback' ? {} : sent;

  let url = withParams(exchange.url, query, 'query');
  let received = exchange.received;
  let status = exchange.status ?? 0;
  if (exchange.kind === 'callback' && received && typeof received === 'object') {
    // The authorization response came in the address the browser opened: query or fragment.
    const answer = Object.fromEntries(Object.entries(received).map(([name, value]) => [name, String(value)]));
    const shown = includeSecrets ? answer : maskRecord(answer);
    url = withParams(exchange.url, shown, Object.keys(answer).some((name) => fragmentParams.has(name)) ? 'fragment' : 'query');
    received = undefined;
    status = 200;
  } else if (navigation && next?.kind === 'callback') {
    // The app does not see the identity server's pages, only where the browser comes back to.
    status = 302;
    responseHeaders.push({ name: 'Location', value: next.url });
  }
  const postText = form ? new URLSearchParams(sent).toString() : exchange.requestBody;
  const body = content(received, masked);
  const time = exchange.durationMs ?? 0;
  return {
    startedDateTime: new Date(exchange.at).toISOString(),
    time,
    request: {
      method: exchange.method,
      url,
      httpVersion: '',
      cookies: [],
      headers: requestHeaders,
      queryString: Object.entries(query).map(([name, value]): QueryString => ({ name, value })),
      ...(postText === undefined
        ? {}
        : {
            postData: form
              ? { mimeType: 'application/x-www-form-urlencoded', text: postText }
              : { mimeType: 'application/json', text: postText },
          }),
      headersSize: -1,
      bodySize: postText?.length ?? 0,
    },
    response: {
      status,
      statusText: '',
      httpVersion: '',
      cookies: [],
      headers: responseHeaders,
      content: body,
      redirectURL: responseHeaders.find((header) => header.name === 'Location')?.value ?? '',
      headersSize: -1,
      bodySize: body.size,
      ...(exchange.error ? { _error: exchange.error } : {}),
    },
    cache: {},
    timings: { send: 0, wait: time, receive: 0 },
    _obe: { kind: exchange.kind, ...(exchange.authScheme ? { authScheme: exchange.authScheme } : {}), observed: !navigation },
  };
}

/** The recorded exchanges as a HAR 1.2 log. Secrets are masked unless `includeSecrets` is chosen. */
export function toHar(exchanges: Exchange[], { includeSecrets = false }: { includeSecrets?: boolean } = {}): Har {
  return {
    log: {
      version: '1.2',
      creator: { name: 'Open Banking Explorer', version },
      entries: exchanges.map((exchange, index) => entryOf(exchange, exchanges[index + 1], includeSecrets)),
      comment: includeSecrets ? 'Holds secrets as they were sent and received.' : 'Tokens, codes, verifiers, secrets and passwords are masked.',
    },
  };
}

