import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../auth/wire-log';
import { flowOf } from './flow';
import { fapiProfile, fapiRules, ruleIds, rules, type RuleId } from './rules';

const b64 = (value: object) => Buffer.from(JSON.stringify(value)).toString('base64url');
const jwt = (header: object, claims: object) => `${b64(header)}.${b64(claims)}.c2lnbmF0dXJl`;
const idToken = jwt({ alg: 'RS256', kid: 'k1' }, { nonce: 'n-1', sub: 'demo' });
const issuer = 'https://id.example.com';
const redirect = 'https://app.example.com/callback';

let nextId = 0;
const ex = (kind: Exchange['kind'], extra: Partial<Exchange>): Exchange => {
  nextId += 1;
  return { id: nextId, at: nextId, kind, method: 'GET', url: `${issuer}/${kind}`, sent: {}, ...extra };
};

/** A code + PKCE + DPoP + PAR sign-in with a refresh, as the rules want it. */
function goodFlow(): Exchange[] {
  return [
    ex('discovery', { status: 200, received: { issuer } }),
    ex('par', { method: 'POST', url: `${issuer}/par`, status: 201, sent: { client_id: 'app', response_type: 'code', code_challenge: 'c', code_challenge_method: 'S256' }, received: { request_uri: 'urn:r:1' } }),
    ex('authorize', {
      sent: { client_id: 'app', response_type: 'code', scope: 'openid bankservice', state: 's-1', nonce: 'n-1', redirect_uri: redirect, code_challenge: 'c', code_challenge_method: 'S256', request_uri: 'urn:r:1' },
    }),
    ex('callback', { url: redirect, received: { code: 'code-1', state: 's-1', iss: issuer } }),
    ex('token', {
      method: 'POST',
      status: 200,
      sent: { grant_type: 'authorization_code', code: 'code-1', code_verifier: 'v'.repeat(43), redirect_uri: redirect, client_id: 'app' },
      received: { access_token: 'at-1', token_type: 'DPoP', expires_in: 300, id_token: idToken, refresh_token: 'rt-1' },
    }),
    ex('api', { url: 'https://api.example.com/api/v3/companies', status: 200, authScheme: 'DPoP', sent: { Authorization: 'DPoP at-1' } }),
    ex('token', { method: 'POST', status: 200, sent: { grant_type: 'refresh_token', refresh_token: 'rt-1' }, received: { access_token: 'at-2', token_type: 'DPoP', expires_in: 300, refresh_token: 'rt-2' } }),
  ];
}

const edit = (flow: Exchange[], kind: Exchange['kind'], change: (exchange: Exchange) => Exchange, which: 'first' | 'last' = 'first'): Exchange[] => {
  const index = which === 'first' ? flow.findIndex((exchange) => exchange.kind === kind) : flow.map((exchange) => exchange.kind).lastIndexOf(kind);
  return flow.map((exchange, at) => (at === index ? change(exchange) : exchange));
};
const sent = (changes: Record<string, string | undefined>) => (exchange: Exchange): Exchange => ({
  ...exchange,
  sent: Object.fromEntries(Object.entries({ ...exchange.sent, ...changes }).filter((entry): entry is [string, string] => entry[1] !== undefined)),
});
const received = (changes: Record<string, unknown>) => (exchange: Exchange): Exchange => ({
  ...exchange,
  received: Object.fromEntries(Object.entries({ ...(exchange.received as object), ...changes }).filter(([, value]) => value !== undefined)),
});

/** For each rule: a flow that breaks it (and only what it grades). */
const failing: Record<RuleId, () => Exchange[]> = {
  pkce_s256: () => edit(goodFlow(), 'authorize', sent({ code_challenge_method: 'plain' })),
  pkce_verifier: () => edit(goodFlow(), 'token', sent({ code_verifier: undefined })),
  state: () => edit(goodFlow(), 'callback', received({ state: 'another' })),
  nonce: () => edit(goodFlow(), 'authorize', sent({ nonce: undefined })),
  iss: () => edit(goodFlow(), 'callback', received({ iss: undefined })),
  no_implicit: () => edit(goodFlow(), 'authorize', sent({ response_type: 'id_token token' })),
  no_tokens_in_url: () => edit(goodFlow(), 'callback', received({ access_token: 'at-x', token_type: 'Bearer' })),
  refresh_rotation: () => edit(goodFlow(), 'token', received({ refresh_token: 'rt-1', token_type: 'Bearer' }), 'last'),
  access_token_lifetime: () => edit(goodFlow(), 'token', received({ expires_in: 86_400 })),
  id_token_alg: () => edit(goodFlow(), 'token', received({ id_token: jwt({ alg: 'HS256' }, { nonce: 'n-1' }) })),
  sender_constrained: () => edit(goodFlow(), 'token', received({ token_type: 'Bearer' })),
  par: () => edit(goodFlow(), 'authorize', sent({ request_uri: undefined })),
  redirect_uri: () => edit(goodFlow(), 'authorize', sent({ redirect_uri: 'http://app.example.com/callback' })),
  no_client_secret: () => edit(goodFlow(), 'token', sent({ client_secret: 'sandbox-secret' })),
  no_password_grant: () => [...goodFlow(), ex('token', { method: 'POST', status: 200, sent: { grant_type: 'password', username: 'demo', password: 'demo' } })],
};

const grade = (id: RuleId, exchanges: Exchange[]) => {
  const rule = rules.find((item) => item.id === id);
  if (!rule) throw new Error(`no rule ${id}`);
  return rule.check(flowOf(exchanges));
};

describe('the compliance rules', () => {
  it('are one table with one rule per id', () => {
    expect(rules.map((rule) => rule.id)).toEqual([...ruleIds]);
  });

  describe.each(ruleIds)('%s', (id) => {
    it('passes a flow that follows it', () => {
      expect(grade(id, goodFlow())).toMatchObject({ result: 'pass' });
    });
    it('fails a flow that breaks it, naming the exchange', () => {
      const verdict = grade(id, failing[id]());
      expect(verdict.result).toBe('fail');
      expect(verdict.evidence.some((evidence) => evidence.step !== undefined)).toBe(true);
    });
  });

  it('say “not applicable” when nothing they grade was recorded', () => {
    const discoveryOnly = [ex('discovery', { status: 200, received: { issuer } })];
    for (const id of ['pkce_s256', 'state', 'iss', 'no_implicit', 'refresh_rotation', 'id_token_alg', 'par'] as const) {
      expect(grade(id, discoveryOnly).result).toBe('na');
    }
  });

  it('read an ID token’s algorithm from a masked value that kept its header, and call a fully masked one unreadable', () => {
    const masked = edit(goodFlow(), 'token', received({ id_token: `${b64({ alg: 'RS256' })}.…(812 characters, masked)` }));
    expect(grade('id_token_alg', masked).result).toBe('pass');
    const hidden = edit(goodFlow(), 'token', received({ id_token: 'eyJh…(812 characters, masked)' }));
    expect(grade('id_token_alg', hidden)).toEqual({ result: 'na', evidence: [{ reason: 'not_readable' }] });
  });
});

/** A DPoP proof as the wire log keeps it: its header (typ, alg, jwk), the rest masked. */
const maskedProof = `${b64({ typ: 'dpop+jwt', alg: 'ES256', jwk: { kty: 'EC', crv: 'P-256', x: 'x', y: 'y' } })}.…`;
const requestUri = 'urn:ietf:params:oauth:request_uri:abc';
const pushed = { client_id: 'app', redirect_uri: redirect, response_type: 'code', scope: 'openid bankservice', state: 's-1', code_challenge: 'c', code_challenge_method: 'S256', nonce: 'n-1' };

/** The explorer's FAPI 2.0-style run: the parameters pushed with a proof, the browser sent on with client_id and request_uri, the code exchanged with a proof. */
function fapiStyleFlow(): Exchange[] {
  return [
    ex('discovery', { status: 200, received: { issuer } }),
    ex('par', { method: 'POST', url: `${issuer}/connect/par`, status: 201, sent: { ...pushed, DPoP: maskedProof }, received: { request_uri: requestUri, expires_in: 60 } }),
    ex('authorize', { url: `${issuer}/connect/authorize`, sent: { client_id: 'app', request_uri: requestUri } }),
    ex('callback', { url: redirect, received: { code: 'code-1', state: 's-1', iss: issuer } }),
    ex('token', {
      method: 'POST',
      status: 200,
      sent: { grant_type: 'authorization_code', code: 'code-1', code_verifier: 'v'.repeat(43), redirect_uri: redirect, client_id: 'app', DPoP: maskedProof },
      received: { access_token: 'at-1', token_type: 'DPoP', expires_in: 300, id_token: idToken },
    }),
  ];
}

/** The same sign-in the plain way: parameters in the URL, a Bearer token. */
function plainFlow(): Exchange[] {
  return [
    ex('discovery', { status: 200, received: { issuer } }),
    ex('authorize', { url: `${issuer}/connect/authorize`, sent: pushed }),
    ex('callback', { url: redirect, received: { code: 'code-1', state: 's-1', iss: issuer } }),
    ex('token', {
      method: 'POST',
      status: 200,
      sent: { grant_type: 'authorization_code', code: 'code-1', code_verifier: 'v'.repeat(43), redirect_uri: redirect, client_id: 'app' },
      received: { access_token: 'at-1', token_type: 'Bearer', expires_in: 300, id_token: idToken },
    }),
  ];
}

describe('a pushed request (PAR), graded', () => {
  it('is graded on the parameters pushed, with the push as the evidence', () => {
    const flow = fapiStyleFlow();
    for (const id of ['pkce_s256', 'state', 'nonce', 'no_implicit', 'redirect_uri'] as const) {
      const verdict = grade(id, flow);
      expect(verdict.result, id).toBe('pass');
    }
    expect(grade('pkce_s256', flow).evidence).toEqual([{ step: 2, fact: 'code_challenge_method=S256' }]);
  });

  it('passes the PAR rule with both steps as evidence: the push and the authorization request with its request_uri', () => {
    expect(grade('par', fapiStyleFlow())).toEqual({
      result: 'pass',
      evidence: [
        { step: 2, fact: `pushed (201), request_uri=${requestUri}` },
        { step: 3, fact: 'authorization request with client_id and request_uri only' },
      ],
    });
  });

  it('fails the PAR rule for parameters in the URL', () => {
    expect(grade('par', plainFlow())).toMatchObject({ result: 'fail', evidence: [{ step: 2, fact: 'request_uri (not used: parameters in the URL)' }] });
  });

  it('fails the PAR rule for a request_uri that is no pushed request’s (a request object by reference)', () => {
    const byReference = edit(plainFlow(), 'authorize', sent({ request_uri: 'https://app.example.com/request.jwt' }));
    expect(grade('par', byReference).result).toBe('fail');
  });

  it('passes a PAR request_uri whose push was not recorded, saying so', () => {
    const unseen = fapiStyleFlow().filter((exchange) => exchange.kind !== 'par');
    expect(grade('par', unseen)).toEqual({ result: 'pass', evidence: [{ step: 2, fact: `request_uri=${requestUri} (a pushed request; the push was not recorded)` }] });
  });

  it('fails the pushed parameters where they break a rule, naming the push', () => {
    const plain = edit(fapiStyleFlow(), 'par', sent({ code_challenge_method: 'plain' }));
    expect(grade('pkce_s256', plain)).toMatchObject({ result: 'fail', evidence: [{ step: 2 }] });
  });
});

describe('a DPoP-bound token, graded', () => {
  it('passes sender_constrained on token_type DPoP, with the proof sent as evidence', () => {
    expect(grade('sender_constrained', fapiStyleFlow())).toEqual({
      result: 'pass',
      evidence: [{ step: 5, fact: 'token_type=DPoP; DPoP proof sent (typ=dpop+jwt, alg=ES256, jwk in its header)' }],
    });
  });

  it('fails a Bearer token', () => {
    expect(grade('sender_constrained', plainFlow())).toEqual({ result: 'fail', evidence: [{ step: 4, fact: 'token_type=Bearer' }] });
  });
});

describe('the FAPI 2.0 Security Profile summary', () => {
  it('lists the rules FAPI 2.0 requires of this flow', () => {
    expect(fapiRules).toEqual(['pkce_s256', 'pkce_verifier', 'par', 'sender_constrained', 'no_implicit', 'iss', 'redirect_uri', 'no_password_grant']);
  });

  it('passes every required check for the FAPI 2.0-style run', () => {
    expect(fapiProfile(flowOf(fapiStyleFlow()))).toEqual({ passing: fapiRules, required: fapiRules });
  });

  it('misses PAR and sender-constrained tokens for the plain run', () => {
    const profile = fapiProfile(flowOf(plainFlow()));
    expect(profile.passing).toEqual(fapiRules.filter((id) => id !== 'par' && id !== 'sender_constrained'));
  });

  it('counts a required check that could not be graded as not passing', () => {
    expect(fapiProfile(flowOf([ex('discovery', { status: 200, received: { issuer } })])).passing).toEqual([]);
  });
});
