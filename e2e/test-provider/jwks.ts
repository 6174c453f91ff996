import type { JWK } from 'jose';
import type { Endpoint } from './endpoint.ts';
import { sendJson } from './http.ts';

/**
 * The public keys. `key-rotated` lists only its old key on the first fetch after a reset and both
 * from then on, so an app that caches the first answer must fetch again on an unknown kid
 * (RP test rp-key-rotation-op-sign-key).
 */
export const jwks: Endpoint = (context, _req, res, headers) => {
  const fetchesBefore = context.state.stats.jwks;
  context.state.stats.jwks += 1;
  const { current, rotated } = context.keys;
  const keys: JWK[] = context.scenario === 'key-rotated' && fetchesBefore > 0 ? [current.publicJwk, rotated.publicJwk] : [current.publicJwk];
  sendJson(res, 200, { keys }, headers);
};
