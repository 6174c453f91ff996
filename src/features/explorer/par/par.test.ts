import { describe, expect, it } from 'vitest';
import type { Exchange } from '../../../auth';
import { pushedAnswer, pushedRequestOf } from './par';

const uri = 'urn:ietf:params:oauth:request_uri:abc';
const par = (id: number, requestUri: string, extra: Partial<Exchange> = {}): Exchange => ({
  id,
  at: id,
  kind: 'par',
  method: 'POST',
  url: 'http://id.test/connect/par',
  sent: { client_id: 'app', response_type: 'code', scope: 'openid bankservice' },
  status: 201,
  received: { request_uri: requestUri, expires_in: 60 },
  ...extra,
});
const authorize = (id: number, requestUri: string): Exchange => ({ id, at: id, kind: 'authorize', method: 'GET', url: 'http://id.test/connect/authorize', sent: { client_id: 'app', request_uri: requestUri } });

describe('pushedAnswer', () => {
  it('reads request_uri and expires_in from a pushed request’s answer', () => {
    expect(pushedAnswer(par(1, uri))).toEqual({ requestUri: uri, expiresIn: 60 });
  });

  it('has none when the push was refused', () => {
    expect(pushedAnswer(par(1, uri, { status: 400, received: { error: 'invalid_request' } }))).toBeUndefined();
  });
});

describe('pushedRequestOf', () => {
  it('links an authorization request to the push whose request_uri it carries', () => {
    const exchanges = [par(1, 'urn:other'), par(2, uri), authorize(3, uri)];
    expect(pushedRequestOf(exchanges[2] as Exchange, exchanges)?.id).toBe(2);
  });

  it('links none for a request_uri nobody pushed here, or a push made after it', () => {
    expect(pushedRequestOf(authorize(1, uri), [authorize(1, uri), par(2, uri)])).toBeUndefined();
    expect(pushedRequestOf(authorize(2, 'urn:unknown'), [par(1, uri), authorize(2, 'urn:unknown')])).toBeUndefined();
  });
});
