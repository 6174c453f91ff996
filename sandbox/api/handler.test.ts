import { createServer } from 'node:http';
import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createCorsPolicy } from './cors.ts';
import { createRequestHandler } from './handler.ts';
import { createTestKeys, ISSUER, NOW, signToken } from './test-support.ts';

const logged: unknown[] = [];
let server: Server;
let url = '';
let token = '';

beforeAll(async () => {
  const keys = await createTestKeys();
  token = await signToken(keys.privateKey);
  server = createServer(
    createRequestHandler({
      routes: [
        { method: 'GET', pattern: '/api/v3/throws', handler: () => { throw new Error('database on fire'); } },
        { method: 'GET', pattern: '/api/v3/rejects', handler: () => Promise.reject(new Error('disk full')) },
      ],
      cors: createCorsPolicy([]),
      tokenCheck: { issuer: ISSUER, jwks: keys.jwks },
      now: () => NOW,
      baseUrl: () => url,
      logError: (error) => logged.push(error),
    }),
  );
  await new Promise<void>((resolve) => server.listen(0, 'localhost', resolve));
  url = `http://localhost:${(server.address() as AddressInfo).port}`;
});

afterAll(async () => {
  server.closeAllConnections();
  await new Promise<void>((resolve) => server.close(() => resolve()));
});

describe('request handler', () => {
  it('turns a thrown error or a rejection into a 500 problem, logs it and keeps serving', async () => {
    for (const path of ['/api/v3/throws', '/api/v3/rejects']) {
      const response = await fetch(url + path, { headers: { Authorization: `Bearer ${token}` } });
      expect(response.status).toBe(500);
      expect(response.headers.get('content-type')).toBe('application/problem+json; charset=utf-8');
      expect(await response.json()).toMatchObject({ status: 500, title: 'Internal server error' });
    }
    expect(logged).toHaveLength(2);
    expect((await fetch(`${url}/api/v3/missing`)).status).toBe(404);
  });
});
