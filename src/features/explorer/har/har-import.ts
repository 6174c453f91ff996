import { z } from 'zod';
import { allExchangeKinds, kindOf, paramsOf, type Exchange, type ExchangeKind } from '../../../auth/wire-log';

const pair = z.object({ name: z.string(), value: z.string() });

/** HAR 1.2's required fields (what Chromium, Firefox and this app write); extra fields are allowed, as the format says. */
export const harSchema = z.object({
  log: z.looseObject({
    version: z.literal('1.2'),
    creator: z.looseObject({ name: z.string(), version: z.string() }),
    entries: z
      .array(
        z.looseObject({
          startedDateTime: z.string().refine((value) => !Number.isNaN(Date.parse(value)), 'not a date'),
          time: z.number(),
          request: z.looseObject({
            method: z.string(),
            url: z.url(),
            httpVersion: z.string(),
            cookies: z.array(z.unknown()),
            headers: z.array(pair),
            queryString: z.array(pair),
            postData: z
              .looseObject({ mimeType: z.string(), text: z.string().optional(), params: z.array(z.looseObject({ name: z.string(), value: z.string().optional() })).optional() })
              .optional(),
            headersSize: z.number(),
            bodySize: z.number(),
          }),
          response: z.looseObject({
            status: z.number(),
            statusText: z.string(),
            httpVersion: z.string(),
            cookies: z.array(z.unknown()),
            headers: z.array(pair),
            content: z.looseObject({ size: z.number(), mimeType: z.string(), text: z.string().optional(), encoding: z.string().optional() }),
            redirectURL: z.string(),
            headersSize: z.number(),
            bodySize: z.number(),
            _error: z.string().nullish(),
          }),
          timings: z.looseObject({ send: z.number(), wait: z.number(), receive: z.number() }),
          _resourceType: z.string().optional(),
          _obe: z.looseObject({ kind: z.string(), authScheme: z.string().optional(), observed: z.boolean().optional() }).optional(),
        }),
      )
      .max(5_000),
  }),
});
type HarFile = z.infer<typeof harSchema>;
type HarEntry = HarFile['log']['entries'][number];

export class HarImportError extends Error {
  constructor(
    readonly code: 'not_json' | 'not_har',
    readonly where?: string,
  ) {
    super(code === 'not_json' ? 'not JSON' : `not HAR 1.2 at ${where ?? '?'}`);
    this.name = 'HarImportError';
  }
}

const isKind = (value: string): value is ExchangeKind => (allExchangeKinds as readonly string[]).includes(value);
/** What a browser's HAR also holds that is no part of the flow: the app's own files and CORS preflights. */
const skippedResourceTypes = new Set(['script', 'stylesheet', 'image', 'font', 'media', 'manifest', 'texttrack', 'preflight', 'ping', 'cspviolationreport', 'websocket']);
const answerParams = ['code', 'error', 'access_token', 'id_token'];

const recordOf = (pairs: { name: string; value: string }[]) => Object.fromEntries(pairs.map(({ name, value }) => [name, value]));
const withoutFragment = (url: string) => url.split('#')[0] ?? url;

function urlParams(url: URL): Record<string, string> {
  return { ...paramsOf(url.search), ...paramsOf(url.hash.slice(1)) };
}
const isAnswer = (params: Record<string, string>) => answerParams.some((name) => name in params);

function bodyOf(entry: HarEntry): unknown {
  const { text, encoding, mimeType } = entry.response.content;
  if (text === undefined || text === '' || encoding === 'base64') return undefined;
  if (/json/.test(mimeType) || /^\s*[[{]/.test(text)) {
    try {
      return JSON.parse(text) as unknown;
    } catch {
      return text;
    }
  }
  return text;
}

function sentOf(entry: HarEntry, url: URL): Record<string, string> {
  const sent: Record<string, string> = { ...paramsOf(url.search) };
  const post = entry.request.postData;
  if (post?.params) for (const param of post.params) sent[param.name] = param.value ?? '';
  else if (post?.text && /x-www-form-urlencoded/.test(post.mimeType)) Object.assign(sent, paramsOf(post.text));
  for (const name of ['Authorization', 'DPoP']) {
    const header = entry.request.headers.find((candidate) => candidate.name.toLowerCase() === name.toLowerCase());
    if (header) sent[name] = header.value;
  }
  return sent;
}

/** Reads a HAR file's text: throws HarImportError saying where it is not HAR 1.2. */
export function parseHar(text: string): HarFile {
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    throw new HarImportError('not_json');
  }
  const parsed = harSchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new HarImportError('not_har', `${issue?.path.join('.') || '(the file)'}: ${issue?.message ?? 'invalid'}`);
  }
  return parsed.data;
}

/** A HAR's entries as the explorer's exchanges: this app's own files exactly, a browser's by their URLs. */
export function exchangesFromHar(har: HarFile): Exchange[] {
  const entries = [...har.log.entries]
    .filter((entry) => entry.request.method !== 'OPTIONS' && !skippedResourceTypes.has(entry._resourceType ?? ''))
    .sort((a, b) => Date.parse(a.startedDateTime) - Date.parse(b.startedDateTime));
  const exchanges: Omit<Exchange, 'id'>[] = [];
  // An identity server's redirect back to the app: the next request to that address is the callback.
  let pendingAnswer: { url: string; params: Record<string, string>; at: number } | null = null;
  const flushAnswer = () => {
    if (pendingAnswer) exchanges.push({ at: pendingAnswer.at, kind: 'callback', method: 'GET', url: withoutFragment(pendingAnswer.url).split('?')[0] ?? '', sent: {}, received: pendingAnswer.params });
    pendingAnswer = null;
  };
  for (const entry of entries) {
    const url = new URL(entry.request.url);
    const at = Date.parse(entry.startedDateTime);
    const base = `${url.origin}${url.pathname}`;
    const ours = entry._obe && isKind(entry._obe.kind) ? entry._obe.kind : null;
    let kind: ExchangeKind = ours ?? kindOf(url, entry.request.method.toUpperCase());
    let received: unknown = bodyOf(entry);
    if (!ours && pendingAnswer && withoutFragment(pendingAnswer.url) === withoutFragment(url.href)) {
      kind = 'callback';
      received = pendingAnswer.params;
      pendingAnswer = null;
    } else if (kind === 'callback' || (!ours && kind === 'other' && isAnswer(urlParams(url)))) {
      flushAnswer();
      kind = 'callback';
      received = urlParams(url);
    } else {
      flushAnswer();
      if (!ours && kind === 'other' && /\/api\//.test(url.pathname)) kind = 'api';
    }
    const location = entry.response.headers.find((header) => header.name.toLowerCase() === 'location')?.value ?? entry.response.redirectURL;
    if (location && kind !== 'callback') {
      const target = new URL(location, url);
      if (isAnswer(urlParams(target))) pendingAnswer = { url: target.href, params: urlParams(target), at: at + entry.time };
    }
    const observed = entry._obe?.observed ?? true;
    const authorization = entry.request.headers.find((header) => header.name.toLowerCase() === 'authorization')?.value;
    exchanges.push({
      at,
      kind,
      method: entry.request.method.toUpperCase(),
      url: base,
      sent: kind === 'callback' ? {} : sentOf(entry, url),
      ...(observed && kind !== 'callback' ? { status: entry.response.status } : {}),
      ...(received === undefined ? {} : { received }),
      durationMs: Math.round(entry.time),
      ...(entry.response._error ? { error: entry.response._error } : {}),
      requestHeaders: recordOf(entry.request.headers.filter((header) => !header.name.startsWith(':'))),
      responseHeaders: recordOf(entry.response.headers),
      ...(entry.request.postData?.text && !/x-www-form-urlencoded/.test(entry.request.postData.mimeType) ? { requestBody: entry.request.postData.text } : {}),
      ...(entry._obe?.authScheme ?? authorization ? { authScheme: entry._obe?.authScheme ?? authorization?.split(' ')[0] } : {}),
    });
  }
  flushAnswer();
  // A browser's HAR also holds the app's own pages: keep what went to the identity servers and APIs.
  const flowOrigins = new Set(exchanges.filter((exchange) => exchange.kind !== 'other' && exchange.kind !== 'callback').map((exchange) => new URL(exchange.url).origin));
  return exchanges
    .filter((exchange) => exchange.kind !== 'other' || flowOrigins.has(new URL(exchange.url).origin))
    .map((exchange, index) => ({ ...exchange, id: index + 1 }));
}
