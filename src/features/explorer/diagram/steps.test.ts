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
});
