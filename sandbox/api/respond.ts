import type { ServerResponse } from 'node:http';

/** What a handler answers; written to the wire in one place so every response gets the same headers. */
export interface ApiResponse {
  status: number;
  headers?: Record<string, string>;
  body?: unknown;
  contentType?: string;
}

export function writeResponse(res: ServerResponse, response: ApiResponse, extraHeaders: Record<string, string>): void {
  const payload = response.body === undefined ? undefined : JSON.stringify(response.body);
  res.statusCode = response.status;
  // Banking data must never be served from a cache, not even the browser's.
  res.setHeader('Cache-Control', 'no-store');
  res.setHeader('X-Content-Type-Options', 'nosniff');
  for (const [name, value] of Object.entries({ ...extraHeaders, ...response.headers })) res.setHeader(name, value);
  if (payload === undefined) {
    res.end();
    return;
  }
  res.setHeader('Content-Type', `${response.contentType ?? 'application/json'}; charset=utf-8`);
  res.setHeader('Content-Length', Buffer.byteLength(payload));
  res.end(payload);
}
