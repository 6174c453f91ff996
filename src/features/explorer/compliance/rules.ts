import type { Exchange } from '../../../auth/wire-log';
import { answerOf, callbackFor, isSafeRedirect, jwtClaims, jwtHeader, parametersOf, pushFor, stringOf, type Flow } from './flow';

export type Result = 'pass' | 'fail' | 'na';

/** Why a rule does not apply, or what could not be read: said in words by the page. */
export type Reason = 'no_authorize' | 'no_code_flow' | 'no_callback' | 'no_token_request' | 'no_token_response' | 'no_id_token' | 'no_refresh' | 'not_readable' | 'nothing';

export interface Evidence {
  /** The exchange it was seen in (its step number in the timeline and diagram). */
  step?: number;
  /** The parameter or field, as it was sent or received. */
  fact?: string;
  reason?: Reason;
}

export interface Verdict {
  result: Result;
  evidence: Evidence[];
}

export const ruleIds = [
  'pkce_s256',
  'pkce_verifier',
  'state',
  'nonce',
  'iss',
  'no_implicit',
  'no_tokens_in_url',
  'refresh_rotation',
  'access_token_lifetime',
  'id_token_alg',
  'sender_constrained',
  'par',
  'redirect_uri',
  'no_client_secret',
  'no_password_grant',
] as const;
export type RuleId = (typeof ruleIds)[number];

export interface Rule {
  id: RuleId;
  /** The clauses graded, by number. */
  clause: string;
  check: (flow: Flow) => Verdict;
}

const na = (reason: Reason): Verdict => ({ result: 'na', evidence: [{ reason }] });
const responseTypes = (sent: Record<string, string>) => (sent.response_type ?? '').split(' ');
const seen = (flow: Flow, exchange: Exchange, fact: string): Evidence => ({ step: flow.step(exchange), fact });
/** A request_uri of the form a PAR endpoint gives (RFC 9126 §2.2). */
const pushedUri = (uri: string | undefined) => uri?.startsWith('urn:ietf:params:oauth:request_uri:') ?? false;

/** Every verdict of `items`, combined: fail if any fails, pass if all pass. */
function all<T>(items: T[], reason: Reason, judge: (item: T) => { ok: boolean; evidence: Evidence | Evidence[] }): Verdict {
  if (items.length === 0) return na(reason);
  const judged = items.map(judge);
  return { result: judged.every((item) => item.ok) ? 'pass' : 'fail', evidence: judged.flatMap((item) => item.evidence) };
}

/** Each authorization request with its parameters: for a pushed request, the ones pushed, seen in the push. */
const requestsOf = (flow: Flow) => flow.authorizations.map((exchange) => ({ exchange, ...parametersOf(flow, exchange) }));
// A request_uri whose push was not recorded hides its response type: taken for a code request, as PAR is for.
const usesCode = ({ sent }: { sent: Record<string, string> }) => responseTypes(sent).includes('code') || (sent.response_type === undefined && sent.request_uri !== undefined);

const tokenResponses = (flow: Flow) => flow.tokenRequests.filter((exchange) => exchange.status !== undefined && exchange.status < 300);

function idTokens(flow: Flow): { exchange: Exchange; token: string }[] {
  return [...tokenResponses(flow), ...flow.callbacks]
    .map((exchange) => ({ exchange, token: stringOf(answerOf(exchange).id_token) }))
    .filter((item): item is { exchange: Exchange; token: string } => item.token !== undefined);
}

/** The graded clauses, in the order the scorecard shows them. Each reads only the recorded exchanges. */
export const rules: Rule[] = [
  {
    id: 'pkce_s256',
    clause: 'RFC 7636 §4.3 · RFC 9700 §2.1.1',
    check: (flow) =>
      all(requestsOf(flow).filter(usesCode), 'no_code_flow', ({ sent, seenIn }) => {
        const method = sent.code_challenge_method;
        const ok = Boolean(sent.code_challenge) && method === 'S256';
        return { ok, evidence: seen(flow, seenIn, sent.code_challenge ? `code_challenge_method=${method ?? '(none: plain)'}` : 'code_challenge (not sent)') };
      }),
  },
  {
    id: 'pkce_verifier',
    clause: 'RFC 7636 §4.5',
    check: (flow) =>
      all(
        flow.tokenRequests.filter((request) => request.sent.grant_type === 'authorization_code'),
        'no_token_request',
        (request) => ({ ok: Boolean(request.sent.code_verifier), evidence: seen(flow, request, request.sent.code_verifier ? 'code_verifier (sent)' : 'code_verifier (not sent)') }),
      ),
  },
  {
    id: 'state',
    clause: 'RFC 6749 §4.1.2 · §10.12',
    check: (flow) =>
      all(requestsOf(flow), 'no_authorize', ({ exchange: request, sent, seenIn }) => {
        const state = sent.state;
        const callback = callbackFor(flow, request);
        const returned = callback?.kind === 'callback' ? stringOf(answerOf(callback).state) : undefined;
        if (!state) return { ok: false, evidence: seen(flow, seenIn, 'state (not sent)') };
        if (callback?.kind !== 'callback') return { ok: true, evidence: seen(flow, seenIn, 'state (sent; no answer recorded)') };
        return { ok: returned === state, evidence: seen(flow, callback, returned === state ? 'state (returned unchanged)' : `state (returned ${returned === undefined ? 'none' : 'another value'})`) };
      }),
  },
  {
    id: 'nonce',
    clause: 'OpenID Connect Core §3.1.2.1 · §3.2.2.1',
    check: (flow) =>
      all(
        requestsOf(flow).filter(({ sent }) => (sent.scope ?? '').split(' ').includes('openid')),
        'no_authorize',
        ({ exchange: request, sent, seenIn }) => {
          const nonce = sent.nonce;
          if (!nonce) return { ok: false, evidence: seen(flow, seenIn, 'nonce (not sent)') };
          const token = idTokens(flow).find((item) => flow.exchanges.indexOf(item.exchange) > flow.exchanges.indexOf(request));
          const claims = jwtClaims(token?.token);
          if (!token || !claims) return { ok: true, evidence: seen(flow, seenIn, 'nonce (sent)') };
          return { ok: claims.nonce === nonce, evidence: seen(flow, token.exchange, claims.nonce === nonce ? 'id_token nonce = request nonce' : 'id_token nonce ≠ request nonce') };
        },
      ),
  },
  {
    id: 'iss',
    clause: 'RFC 9207 §2.4 · RFC 9700 §4.4.2',
    check: (flow) =>
      all(flow.callbacks, 'no_callback', (callback) => {
        const iss = stringOf(answerOf(callback).iss);
        if (!iss) return { ok: false, evidence: seen(flow, callback, 'iss (not in the response)') };
        const ok = flow.issuer === undefined || iss.replace(/\/+$/, '') === flow.issuer.replace(/\/+$/, '');
        return { ok, evidence: seen(flow, callback, `iss=${iss}${ok ? '' : ` ≠ issuer ${flow.issuer ?? ''}`}`) };
      }),
  },
  {
    id: 'no_implicit',
    clause: 'RFC 9700 §2.1.2 · RFC 10017 §7.2',
    check: (flow) =>
      all(requestsOf(flow), 'no_authorize', ({ sent, seenIn }) => ({
        ok: !responseTypes(sent).includes('token'),
        evidence: seen(flow, seenIn, `response_type=${sent.response_type ?? '(none)'}`),
      })),
  },
  {
    id: 'no_tokens_in_url',
    clause: 'RFC 9700 §2.1.2 · RFC 6750 §2.3',
    check: (flow) => {
      const inUrl = flow.exchanges.flatMap((exchange) => {
        const carried = exchange.kind === 'callback' ? Object.keys(answerOf(exchange)) : exchange.method === 'GET' ? Object.keys(exchange.sent) : [];
        return carried.filter((name) => ['access_token', 'id_token', 'refresh_token'].includes(name)).map((name) => seen(flow, exchange, `${name} (in the URL)`));
      });
      if (flow.exchanges.length === 0) return na('nothing');
      return inUrl.length > 0 ? { result: 'fail', evidence: inUrl } : { result: 'pass', evidence: [{ fact: 'no token in any URL' }] };
    },
  },
  {
    id: 'refresh_rotation',
    clause: 'RFC 9700 §2.2.2 · §4.14.2',
    check: (flow) =>
      all(
        flow.tokenRequests.filter((request) => request.sent.grant_type === 'refresh_token' && request.status !== undefined && request.status < 300),
        'no_refresh',
        (request) => {
          const answer = answerOf(request);
          const renewed = stringOf(answer.refresh_token);
          if (stringOf(answer.token_type)?.toLowerCase() === 'dpop') return { ok: true, evidence: seen(flow, request, 'token_type=DPoP (sender-constrained)') };
          if (!renewed) return { ok: false, evidence: seen(flow, request, 'refresh_token (none returned: the old one lives on)') };
          const rotated = renewed !== request.sent.refresh_token;
          return { ok: rotated, evidence: seen(flow, request, rotated ? 'refresh_token (a new one)' : 'refresh_token (the same one)') };
        },
      ),
  },
  {
    id: 'access_token_lifetime',
    clause: 'RFC 6819 §5.1.5.3',
    check: (flow) => {
      const grants = [...tokenResponses(flow), ...flow.callbacks].filter((exchange) => answerOf(exchange).access_token !== undefined);
      return all(grants, 'no_token_response', (exchange) => {
        const seconds = Number(answerOf(exchange).expires_in);
        if (!Number.isFinite(seconds)) return { ok: false, evidence: seen(flow, exchange, 'expires_in (not given)') };
        return { ok: seconds <= 3600, evidence: seen(flow, exchange, `expires_in=${seconds}`) };
      });
    },
  },
  {
    id: 'id_token_alg',
    clause: 'OpenID Connect Core §3.1.3.7 · §10.1',
    check: (flow) => {
      const tokens = idTokens(flow);
      if (tokens.length === 0) return na('no_id_token');
      const readable = tokens.map((item) => ({ ...item, alg: stringOf(jwtHeader(item.token)?.alg) })).filter((item) => item.alg !== undefined);
      if (readable.length === 0) return na('not_readable');
      return all(readable, 'no_id_token', (item) => ({ ok: /^(RS|PS|ES)(256|384|512)$|^EdDSA$|^Ed25519$/.test(item.alg ?? ''), evidence: seen(flow, item.exchange, `id_token alg=${item.alg ?? ''}`) }));
    },
  },
  {
    id: 'sender_constrained',
    clause: 'RFC 9700 §2.2.1 · RFC 9449 · FAPI 2.0',
    check: (flow) =>
      all(
        [...tokenResponses(flow), ...flow.callbacks].filter((exchange) => answerOf(exchange).access_token !== undefined),
        'no_token_response',
        (exchange) => {
          const type = stringOf(answerOf(exchange).token_type) ?? '(none)';
          // The proof's header survives masking: what it says of the key is evidence enough that one was sent.
          const proof = jwtHeader(exchange.sent.DPoP);
          const proven = proof ? `; DPoP proof sent (typ=${stringOf(proof.typ) ?? '(none)'}, alg=${stringOf(proof.alg) ?? '(none)'}${proof.jwk ? ', jwk in its header' : ''})` : '';
          return { ok: type.toLowerCase() === 'dpop', evidence: seen(flow, exchange, `token_type=${type}${proven}`) };
        },
      ),
  },
  {
    id: 'par',
    clause: 'RFC 9126 · FAPI 2.0',
    check: (flow) =>
      all(flow.authorizations, 'no_authorize', (request) => {
        const uri = request.sent.request_uri;
        if (uri === undefined) return { ok: false, evidence: seen(flow, request, 'request_uri (not used: parameters in the URL)') };
        const push = pushFor(flow, request);
        if (push) {
          const only = Object.keys(request.sent).every((name) => name === 'client_id' || name === 'request_uri');
          return {
            ok: true,
            evidence: [
              seen(flow, push, `pushed (${push.status ?? '?'}), request_uri=${uri}`),
              seen(flow, request, only ? 'authorization request with client_id and request_uri only' : 'authorization request with request_uri (and parameters besides)'),
            ],
          };
        }
        const ok = pushedUri(uri);
        return { ok, evidence: seen(flow, request, ok ? `request_uri=${uri} (a pushed request; the push was not recorded)` : `request_uri=${uri} (not a pushed request’s)`) };
      }),
  },
  {
    id: 'redirect_uri',
    clause: 'RFC 9700 §2.1 · §4.1 · RFC 6749 §3.1.2.1',
    check: (flow) =>
      all(
        requestsOf(flow).filter(({ sent }) => sent.redirect_uri !== undefined),
        'no_authorize',
        ({ exchange: request, sent, seenIn }) => {
          const uri = sent.redirect_uri ?? '';
          const callback = callbackFor(flow, request);
          const exchange = flow.tokenRequests.find((token) => token.sent.grant_type === 'authorization_code' && token.at >= request.at);
          const backTo = callback?.kind === 'callback' ? callback.url : undefined;
          const problems = [
            isSafeRedirect(uri) ? null : 'not https or loopback',
            backTo !== undefined && backTo !== uri.split(/[?#]/)[0] ? `came back to ${backTo}` : null,
            exchange?.sent.redirect_uri !== undefined && exchange.sent.redirect_uri !== uri ? 'token request names another' : null,
          ].filter(Boolean);
          return { ok: problems.length === 0, evidence: seen(flow, seenIn, `redirect_uri=${uri}${problems.length ? ` (${problems.join('; ')})` : ''}`) };
        },
      ),
  },
  {
    id: 'no_client_secret',
    clause: 'RFC 6749 §2.1 · RFC 10017 §6.3.3.1',
    check: (flow) => {
      const toServer = flow.exchanges.filter((exchange) => exchange.kind !== 'api' && exchange.kind !== 'callback');
      if (toServer.length === 0) return na('nothing');
      const secrets = toServer.flatMap((exchange) => [
        ...(exchange.sent.client_secret !== undefined ? [seen(flow, exchange, 'client_secret (sent)')] : []),
        ...(/^basic /i.test(exchange.sent.Authorization ?? '') || exchange.authScheme?.toLowerCase() === 'basic' ? [seen(flow, exchange, 'Authorization: Basic (client secret)')] : []),
      ]);
      return secrets.length > 0 ? { result: 'fail', evidence: secrets } : { result: 'pass', evidence: [{ fact: 'no client_secret, no Basic authentication' }] };
    },
  },
  {
    id: 'no_password_grant',
    clause: 'RFC 9700 §2.4 · RFC 10017 §7.3',
    check: (flow) =>
      all(flow.tokenRequests, 'no_token_request', (request) => ({
        ok: request.sent.grant_type !== 'password',
        evidence: seen(flow, request, `grant_type=${request.sent.grant_type ?? '(none)'}`),
      })),
  },
];

/**
 * The rules the FAPI 2.0 Security Profile (§5.3) asks of this kind of flow: code only, PKCE S256, PAR,
 * sender-constrained tokens, iss checked (RFC 9207), exact redirect URIs, no password grant. FAPI 2.0
 * also wants a confidential client (private_key_jwt or mTLS), which no browser app can be: not graded.
 */
export const fapiRules: readonly RuleId[] = ['pkce_s256', 'pkce_verifier', 'par', 'sender_constrained', 'no_implicit', 'iss', 'redirect_uri', 'no_password_grant'];

/** Which of the FAPI 2.0 rules the flow passes; one not graded (nothing recorded) does not pass. */
export function fapiProfile(flow: Flow): { required: readonly RuleId[]; passing: RuleId[] } {
  const passing = rules.filter((rule) => fapiRules.includes(rule.id) && rule.check(flow).result === 'pass').map((rule) => rule.id);
  return { required: fapiRules, passing: fapiRules.filter((id) => passing.includes(id)) };
}
