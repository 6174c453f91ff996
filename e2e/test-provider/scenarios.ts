/** The sign-in flows a scenario can be driven through: code + PKCE, or the legacy implicit flow. */
export type Flow = 'code' | 'implicit';

/**
 * The `response_type` values a scenario applies to. `token` (implicit without an ID token) is listed
 * apart because it has no ID token to be wrong, so most defects cannot show through it.
 */
export type ResponseType = 'code' | 'id_token token' | 'token';

export interface Scenario {
  name: string;
  /** The one thing this provider does wrong in the scenario, or that it behaves correctly. */
  description: string;
  /** What a correct relying party must do with the sign-in. */
  expect: 'accepted' | 'rejected';
  /** When the defect shows: at sign-in (the default), or only when the session is renewed. */
  shows?: 'sign-in' | 'renewal';
  flows: Flow[];
  /** `flows` spelled out per response_type; `token` appears only where the defect can show without an ID token. */
  responseTypes: ResponseType[];
}

const codeAndIdTokenToken: Pick<Scenario, 'flows' | 'responseTypes'> = { flows: ['code', 'implicit'], responseTypes: ['code', 'id_token token'] };
const everyResponseType: Pick<Scenario, 'flows' | 'responseTypes'> = { flows: ['code', 'implicit'], responseTypes: ['code', 'id_token token', 'token'] };
const codeOnly: Pick<Scenario, 'flows' | 'responseTypes'> = { flows: ['code'], responseTypes: ['code'] };
const idTokenTokenOnly: Pick<Scenario, 'flows' | 'responseTypes'> = { flows: ['implicit'], responseTypes: ['id_token token'] };

/** Every scenario the test provider serves, each under its own issuer `<origin>/<name>`. */
export const scenarios = [
  { name: 'good', description: 'Control: everything correct.', expect: 'accepted', ...everyResponseType },
  {
    name: 'kid-absent',
    description: 'The ID token header has no kid; the JWKS holds a single key, so that key is the one to use.',
    expect: 'accepted',
    ...codeAndIdTokenToken,
  },
  {
    name: 'key-rotated',
    description: 'The ID token is signed with a new key; the first JWKS fetch after a reset lists only the old key, later fetches both.',
    expect: 'accepted',
    ...codeAndIdTokenToken,
  },
  {
    name: 'short-lived',
    description: 'Access tokens live 10 seconds (expires_in 10); refresh works and rotates the refresh token.',
    expect: 'accepted',
    ...codeAndIdTokenToken,
  },
  {
    name: 'bad-signature',
    description: 'The ID token is signed with a key not in the JWKS, under the kid of the published key.',
    expect: 'rejected',
    ...codeAndIdTokenToken,
  },
  { name: 'alg-none', description: 'The ID token is unsigned (alg none).', expect: 'rejected', ...codeAndIdTokenToken },
  { name: 'iss-mismatch', description: 'The ID token iss names another issuer.', expect: 'rejected', ...codeAndIdTokenToken },
  { name: 'aud-mismatch', description: 'The ID token aud is another client.', expect: 'rejected', ...codeAndIdTokenToken },
  { name: 'aud-missing', description: 'The ID token has no aud.', expect: 'rejected', ...codeAndIdTokenToken },
  { name: 'sub-missing', description: 'The ID token has no sub.', expect: 'rejected', ...codeAndIdTokenToken },
  { name: 'iat-missing', description: 'The ID token has no iat.', expect: 'rejected', ...codeAndIdTokenToken },
  {
    name: 'expired',
    description: 'The ID token expired 10 minutes ago (iat 20 minutes ago).',
    expect: 'rejected',
    ...codeAndIdTokenToken,
  },
  { name: 'nonce-mismatch', description: 'The ID token carries a nonce other than the one sent.', expect: 'rejected', ...codeAndIdTokenToken },
  { name: 'nonce-missing', description: 'The ID token has no nonce although one was sent.', expect: 'rejected', ...codeAndIdTokenToken },
  {
    name: 'at-hash-wrong',
    description: 'The ID token at_hash is the hash of another access token (implicit id_token token).',
    expect: 'rejected',
    ...idTokenTokenOnly,
  },
  {
    name: 'at-hash-missing',
    description: 'The ID token has no at_hash although an access token comes with it (implicit id_token token).',
    expect: 'rejected',
    ...idTokenTokenOnly,
  },
  {
    name: 'userinfo-sub-mismatch',
    description: 'The userinfo endpoint answers with a sub other than the ID token’s.',
    expect: 'rejected',
    ...codeAndIdTokenToken,
  },
  {
    name: 'discovery-issuer-mismatch',
    description: 'The discovery document’s issuer is another URL than the one it was fetched from.',
    expect: 'rejected',
    ...everyResponseType,
  },
  {
    name: 'response-iss-mismatch',
    description: 'The iss parameter of the authorization response names another issuer (RFC 9207).',
    expect: 'rejected',
    ...everyResponseType,
  },
  {
    name: 'response-iss-missing',
    description: 'The authorization response has no iss parameter although discovery says it is supported (RFC 9207).',
    expect: 'rejected',
    // A response that carries an ID token may omit iss (as oidc-provider does): the ID token's iss identifies the issuer.
    flows: ['code', 'implicit'],
    responseTypes: ['code', 'token'],
  },
  { name: 'state-mismatch', description: 'The authorization response carries another state.', expect: 'rejected', ...everyResponseType },
  {
    name: 'access-denied',
    description: 'The authorization response is error=access_denied ("The user said no").',
    expect: 'rejected',
    ...everyResponseType,
  },
  {
    name: 'token-error',
    description: 'The token endpoint answers 400 invalid_grant ("code expired").',
    expect: 'rejected',
    ...codeOnly,
  },
  { name: 'token-html', description: 'The token endpoint answers 200 with an HTML page.', expect: 'rejected', ...codeOnly },
  { name: 'token-500', description: 'The token endpoint answers 500 server_error.', expect: 'rejected', ...codeOnly },
  {
    name: 'authorize-javascript',
    description: 'Discovery names a javascript: URL as the authorization endpoint (script in the app’s origin if followed).',
    expect: 'rejected',
    ...everyResponseType,
  },
  {
    name: 'token-http-remote',
    description: 'Discovery names a plain-http token endpoint on another host (tokens in clear, to someone else).',
    expect: 'rejected',
    ...everyResponseType,
  },
  {
    name: 'no-expires-in',
    description: 'Token responses carry no expires_in (RFC 6749 makes it optional): a bounded lifetime, no renewal loop.',
    expect: 'accepted',
    ...everyResponseType,
  },
  {
    name: 'renewal-other-sub',
    description: 'Sign-in is correct with 10-second tokens; every renewal answers for another user (sub).',
    expect: 'rejected',
    shows: 'renewal',
    ...codeAndIdTokenToken,
  },
] as const satisfies readonly Scenario[];

export type ScenarioName = (typeof scenarios)[number]['name'];

const byName: ReadonlyMap<string, Scenario & { name: ScenarioName }> = new Map(scenarios.map((scenario) => [scenario.name, scenario]));

/** The scenario a path segment names, or undefined for anything else. */
export function findScenario(name: string): (Scenario & { name: ScenarioName }) | undefined {
  return byName.get(name);
}
