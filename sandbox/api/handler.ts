import type { IncomingMessage, ServerResponse } from 'node:http';
import { isPreflight } from './cors.ts';
import type { CorsPolicy } from './cors.ts';
import { HttpProblem, notFound } from './problem.ts';
import type { ContractRecorder } from '../contract/recorder.ts';
import { CONTRACT_REPORT_PATH } from '../contract/recorder.ts';
import { RequestBody } from './request-body.ts';
import { writeResponse } from './respond.ts';
import type { ApiResponse } from './respond.ts';
import { matchRoute } from './router.ts';
import type { Route } from './router.ts';
import { bearerProblem, checkAuthorization } from './token-check.ts';
import type { Principal, TokenCheckOptions } from './token-check.ts';

/** What a route handler gets: an authenticated principal and the parsed request. */
export interface RouteContext {
  url: URL;
  principal: Principal;
  /** The time of this request, fixed once so every check and timestamp agrees. */
  now: Date;
  param(name: string): string;
  header(name: string): string | undefined;
  /** The JSON body; with `optional`, an empty body is undefined. */
  readJson(options?: { optional?: boolean }): Promise<unknown>;
}

export type RouteHandler = (ctx: RouteContext) => Promise<ApiResponse> | ApiResponse;

export interface HandlerOptions {
  routes: readonly Route<RouteHandler>[];
  cors: CorsPolicy;
  tokenCheck: Omit<TokenCheckOptions, 'now'>;
  now: () => Date;
  /** The server's own origin, which paging links are built on rather than on the client's Host header. */
  baseUrl: () => string;
  logError?: (error: unknown) => void;
  /** Checks every exchange against the OpenAPI contract and serves the findings at CONTRACT_REPORT_PATH (tests only). */
  contractCheck?: ContractRecorder | undefined;
}

function requestUrl(req: IncomingMessage, baseUrl: string): URL {
  const target = req.url ?? '/';
  // Only origin-form targets; `new URL('//other.host/x', base)` would otherwise switch hosts.
  if (!target.startsWith('/')) throw new HttpProblem(400, 'bad-request', 'Bad request', 'The request target must be a path.');
  return new URL(baseUrl + target);
}

const singleHeader = (value: string | string[] | undefined): string | undefined => (Array.isArray(value) ? value[0] : value);

/** The request body as the contract sees it: parsed JSON, the raw text when it is not JSON, undefined when empty or unreadable. */
async function bodyForContract(body: RequestBody): Promise<unknown> {
  let text: string;
  try {
    const bytes = await body.bytes();
    if (bytes.length === 0) return undefined;
    text = bytes.toString('utf8');
  } catch {
    return undefined;
  }
  try {
    return JSON.parse(text) as unknown;
  } catch {
    return text;
  }
}

async function recordExchange(recorder: ContractRecorder, req: IncomingMessage, body: RequestBody, response: ApiResponse): Promise<void> {
  const method = req.method ?? 'GET';
  const target = req.url ?? '/';
  // HEAD and OPTIONS are HTTP's own, not operations of the contract; the report is the recorder's own.
  if (method === 'HEAD' || method === 'OPTIONS' || target.split('?')[0] === CONTRACT_REPORT_PATH) return;
  recorder.record({
    method,
    target,
    requestHeaders: Object.fromEntries(Object.entries(req.headers).map(([name, value]) => [name, singleHeader(value)])),
    requestBody: await bodyForContract(body),
    status: response.status,
    responseContentType: response.body === undefined ? undefined : (response.contentType ?? 'application/json'),
    responseBody: response.body,
  });
}

export function createRequestHandler(options: HandlerOptions): (req: IncomingMessage, res: ServerResponse) => void {
  const logError = options.logError ?? ((error: unknown) => console.error('[sandbox api] unexpected error:', error));

  async function respond(req: IncomingMessage, body: RequestBody): Promise<ApiResponse> {
    const url = requestUrl(req, options.baseUrl());
    const method = req.method ?? 'GET';
    if (options.contractCheck !== undefined && method === 'GET' && url.pathname === CONTRACT_REPORT_PATH) {
      return { status: 200, body: options.contractCheck.report() };
    }
    const match = matchRoute(options.routes, method, url.pathname);
    if (match.kind === 'not-found') throw notFound(`There is no resource at ${url.pathname}.`);
    if (match.kind === 'method-not-allowed') {
      const allow = match.allow.join(', ');
      if (method === 'OPTIONS') return { status: 204, headers: { Allow: allow } };
      throw new HttpProblem(405, 'method-not-allowed', 'Method not allowed', `${method} is not allowed on ${url.pathname}; use ${allow}.`, {
        headers: { Allow: allow },
      });
    }

    const now = options.now();
    const credentials = { authorization: singleHeader(req.headers.authorization), proof: singleHeader(req.headers.dpop), method, url };
    const check = await checkAuthorization(credentials, { ...options.tokenCheck, now: () => now });
    if (!check.ok) throw bearerProblem(check);

    const { params } = match;
    return match.handler({
      url,
      principal: check.principal,
      now,
      param(name) {
        const value = params[name];
        if (value === undefined) throw new Error(`Route has no parameter ${name}`);
        return value;
      },
      header: (name) => singleHeader(req.headers[name.toLowerCase()]),
      readJson: (readOptions) => body.json(readOptions),
    });
  }

  async function handle(req: IncomingMessage, res: ServerResponse): Promise<void> {
    const origin = singleHeader(req.headers.origin);
    if (isPreflight(req)) {
      const headers = options.cors.preflightHeadersFor(origin);
      // Preflights carry no token; the answer only says whether this origin may ask at all.
      const response =
        headers === undefined
          ? new HttpProblem(403, 'origin-not-allowed', 'Forbidden', `Origin ${origin ?? ''} may not call this API.`).toResponse()
          : { status: 204, headers };
      writeResponse(res, response, {});
      return;
    }
    const corsHeaders = options.cors.headersFor(origin);
    const body = new RequestBody(req);
    let response: ApiResponse;
    try {
      response = await respond(req, body);
    } catch (error) {
      if (!(error instanceof HttpProblem)) logError(error);
      const problem =
        error instanceof HttpProblem ? error : new HttpProblem(500, 'internal-error', 'Internal server error', 'The sandbox API failed unexpectedly; see its console.');
      response = problem.toResponse();
    }
    if (options.contractCheck !== undefined) await recordExchange(options.contractCheck, req, body, response);
    writeResponse(res, response, corsHeaders);
  }

  return (req, res) => {
    handle(req, res).catch((error: unknown) => {
      // Writing the response itself failed (e.g. the client went away); nothing left to tell the client.
      logError(error);
      if (!res.headersSent) res.writeHead(500).end();
      else res.destroy();
    });
  };
}
