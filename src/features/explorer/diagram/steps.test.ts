import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../auth/wire-log';
import { diagramSteps } from './steps';

const exchange = (id: number, kind: Exchange['kind'], extra: Partial<Exchange> = {}): Exchange => ({
  id,
  at: id,
  kind,
  method: 'GET',
  url: kind === 'api' ? 'http://api.test/api/v3/companies' : kind === 'callback' ? 'http://app.test/callback' : 'http://id.test/x',
  sent: {},
  ...extra,
});

describe('diagramSteps', () => {
  it('draws one arrow per exchange, between the right lanes, coloured by outcome', () => {
    const steps = diagramSteps([
      exchange(1, 'authorize', { sent: { response_type: 'code' } }),
      exchange(2, 'callback', { received: { code: 'c', state: 's' } }),
      exchange(3, 'token', { method: 'POST', status: 200, sent: { grant_type: 'authorization_code' } }),
      exchange(4, 'api', { status: 401, authScheme: 'Bearer' }),
      exchange(5, 'token', { method: 'POST', status: 200, sent: { grant_type: 'refresh_token' } }),
      exchange(6, 'api', { status: 200, authScheme: 'DPoP' }),
      exchange(7, 'userinfo', { error: 'Failed to fetch' }),
    ]);
    expect(steps.map((step) => [step.from, step.to, step.outcome, step.detail])).toEqual([
      ['app', 'identity', 'redirect', 'code'],
      ['identity', 'app', 'redirect', undefined],
      ['app', 'identity', 'ok', 'authorization_code'],
      ['app', 'api', 'fail', 'Bearer'],
      ['app', 'identity', 'ok', 'refresh_token'],
      ['app', 'api', 'ok', 'DPoP'],
      ['app', 'identity', 'fail', undefined],
    ]);
  });

  it('marks an authorization response with an error as failed', () => {
    expect(diagramSteps([exchange(1, 'callback', { received: { error: 'access_denied' } })])[0]).toMatchObject({ outcome: 'fail', detail: 'access_denied' });
  });

  it('marks every request that carried a DPoP proof, and names the scheme of an API call', () => {
    const steps = diagramSteps([
      exchange(1, 'token', { method: 'POST', status: 200, sent: { grant_type: 'authorization_code', DPoP: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.…' } }),
      exchange(2, 'api', { status: 200, authScheme: 'DPoP', sent: { Authorization: 'DPoP eyJ.…', DPoP: 'eyJ0eXAiOiJkcG9wK2p3dCJ9.…' } }),
      exchange(3, 'api', { status: 200, authScheme: 'Bearer', sent: { Authorization: 'Bearer eyJ.…' } }),
    ]);
    expect(steps.map((step) => [step.detail, step.proof])).toEqual([
      ['authorization_code', true],
      ['DPoP', true],
      ['Bearer', false],
    ]);
  });

  it('draws a pushed authorization request as its own arrow before the authorization by reference, answered with request_uri', () => {
    const steps = diagramSteps([
      exchange(1, 'par', { method: 'POST', status: 201, sent: { response_type: 'code' }, received: { request_uri: 'urn:ietf:params:oauth:request_uri:x', expires_in: 60 } }),
      exchange(2, 'authorize', { sent: { client_id: 'app', request_uri: 'urn:ietf:params:oauth:request_uri:x' } }),
    ]);
    expect(steps.map((step) => [step.exchange.kind, step.from, step.to, step.outcome, step.detail, step.answer])).toEqual([
      ['par', 'app', 'identity', 'ok', undefined, 'request_uri'],
      ['authorize', 'app', 'identity', 'redirect', 'request_uri', undefined],
    ]);
  });

  it('a refused push is answered with no request_uri', () => {
    const [step] = diagramSteps([exchange(1, 'par', { method: 'POST', status: 400, received: { error: 'invalid_request' } })]);
    expect([step?.outcome, step?.answer]).toEqual(['fail', undefined]);
  });
});
