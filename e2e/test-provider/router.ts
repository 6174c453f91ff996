import type { IncomingMessage, ServerResponse } from 'node:http';
import { api } from './api.ts';
import { authorize } from './authorize.ts';
import { ScenarioState } from './context.ts';
import type { ScenarioContext } from './context.ts';
import { createCors } from './cors.ts';
import { discovery } from './discovery.ts';
import type { Endpoint } from './endpoint.ts';
import { endsession } from './endsession.ts';
import { sendJson, sendMethodNotAllowed, sendNotFound } from './http.ts';
import { jwks } from './jwks.ts';
import type { ProviderKeys } from './keys.ts';
import { revoke } from './revoke.ts';
import { findScenario } from './scenarios.ts';
import type { ScenarioName } from './scenarios.ts';
import { statsJson } from './stats.ts';
import { tokenEndpoint } from './token-endpoint.ts';
import { userinfo } from './userinfo.ts';

interface Route {
  methods: readonly string[];
  /** Whether the SPA fetches it (CORS) or the browser navigates to it (no CORS). */
  cors: boolean;
  endpoint: Endpoint;
}

/** Paths under `/<scenario>`. */
const routes: ReadonlyMap<string, Route> = new Map([
  ['/.well-known/openid-configuration', { methods: ['GET'], cors: true, endpoint: discovery }],
  ['/jwks', { methods: ['GET'], cors: true, endpoint: jwks }],
  ['/authorize', { methods: ['GET'], cors: false, endpoint: authorize }],
  ['/token', { methods: ['POST'], cors: true, endpoint: tokenEndpoint }],
  ['/userinfo', { methods: ['GET', 'POST'], cors: true, endpoint: userinfo }],
  ['/endsession', { methods: ['GET', 'POST'], cors: false, endpoint: endsession }],
  ['/revoke', { methods: ['POST'], cors: true, endpoint: revoke }],
]);
const apiRoute: Route = { methods: ['GET'], cors: true, endpoint: api };

export interface RouterOptions {
  keys: ProviderKeys;
  appOrigins: readonly string[];
  /** `http://localhost:<port>`, known only once the server listens. */
  origin: () => string;
}

/** Splits `/<first>/<rest>` into its first segment and the rest, which keeps its leading slash. */
function splitPath(pathname: string): [string, string] {
  const slash = pathname.indexOf('/', 1);
  return slash === -1 ? [pathname.slice(1), ''] : [pathname.slice(1, slash), pathname.slice(slash)];
}

/** Routes `/<scenario>/…` to the endpoints, and `/__stats/<scenario>`, `/__reset/<scenario>` to the counters. */
export function createRouter(options: RouterOptions): (req: IncomingMessage, res: ServerResponse) => Promise<void> {
  const cors = createCors(options.appOrigins);
  const states = new Map<ScenarioName, ScenarioState>();
  const stateOf = (segment: string): { name: ScenarioName; state: ScenarioState } | undefined => {
    const name = findScenario(segment)?.name;
    if (name === undefined) return undefined;
    // Created on first use, so a scenario nobody asked for costs nothing.
    let state = states.get(name);
    if (state === undefined) {
      state = new ScenarioState();
      states.set(name, state);
    }
    return { name, state };
  };

  return async (req, res) => {
    const { pathname } = new URL(req.url ?? '/', options.origin());
    const [first, rest] = splitPath(pathname);

    if (first === '__stats' || first === '__reset') {
      const found = stateOf(rest.slice(1));
      if (found === undefined) return sendNotFound(res);
      const method = first === '__stats' ? 'GET' : 'POST';
      if (req.method !== method) return sendMethodNotAllowed(res, [method]);
      if (first === '__reset') found.state.reset();
      return sendJson(res, 200, statsJson(found.state.stats));
    }

    const found = stateOf(first);
    const route = rest.startsWith('/api/v3/') ? apiRoute : routes.get(rest);
    if (found === undefined || route === undefined) return sendNotFound(res, cors.headersFor(req));
    if (route.cors && cors.answerPreflight(req, res)) return;
    const headers = route.cors ? cors.headersFor(req) : {};
    if (!route.methods.includes(req.method ?? '')) return sendMethodNotAllowed(res, route.methods, headers);

    const context: ScenarioContext = {
      scenario: found.name,
      issuer: `${options.origin()}/${found.name}`,
      keys: options.keys,
      appOrigins: options.appOrigins,
      state: found.state,
    };
    await route.endpoint(context, req, res, headers);
  };
}
