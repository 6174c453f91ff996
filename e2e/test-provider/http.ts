import type { IncomingMessage, ServerResponse } from 'node:http';

/** Token requests and sign-out forms are a few short fields; anything bigger is not one of ours. */
const MAX_FORM_BYTES = 16 * 1024;

/** A request this provider refuses before its endpoint looks at it: wrong media type or too large. */
export class FormError extends Error {
  readonly code = 'invalid_request';
}

export function sendJson(res: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  const payload = JSON.stringify(body);
  res.writeHead(status, {
    ...headers,
    // Tokens and test counters must never come from a cache (RFC 6749 §5.1).
    'Cache-Control': 'no-store',
    'Content-Type': 'application/json; charset=utf-8',
    'Content-Length': Buffer.byteLength(payload),
  });
  res.end(payload);
}

function escapeHtml(text: string): string {
  return text.replace(/[&<>"']/g, (character) => `&#${character.charCodeAt(0)};`);
}

/** A plain page for people: errors that must not be redirected, and the signed-out notice. */
export function sendHtml(res: ServerResponse, status: number, title: string, message: string, headers: Record<string, string> = {}): void {
  const page = `<!doctype html>\n<html lang="en"><head><meta charset="utf-8"><title>${escapeHtml(title)}</title></head><body><h1>${escapeHtml(title)}</h1><p>${escapeHtml(message)}</p></body></html>\n`;
  res.writeHead(status, {
    ...headers,
    'Cache-Control': 'no-store',
    // The pages carry no script or style; say so, so nothing injected could run either.
    'Content-Security-Policy': "default-src 'none'",
    'Content-Type': 'text/html; charset=utf-8',
    'Content-Length': Buffer.byteLength(page),
  });
  res.end(page);
}

export function redirect(res: ServerResponse, location: string): void {
  // The authorization response carries codes and tokens; keep it out of caches and Referer headers.
  res.writeHead(302, { Location: location, 'Cache-Control': 'no-store', 'Referrer-Policy': 'no-referrer' });
  res.end();
}

export function sendNotFound(res: ServerResponse, headers: Record<string, string> = {}): void {
  sendJson(res, 404, { error: 'not_found', error_description: 'There is nothing at this path.' }, headers);
}

export function sendMethodNotAllowed(res: ServerResponse, allowed: readonly string[], headers: Record<string, string> = {}): void {
  sendJson(res, 405, { error: 'method_not_allowed', error_description: `Use ${allowed.join(' or ')}.` }, { ...headers, Allow: allowed.join(', ') });
}

/** Reads an application/x-www-form-urlencoded body, as OAuth endpoints receive them. */
export async function readForm(req: IncomingMessage): Promise<URLSearchParams> {
  if (!req.headers['content-type']?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new FormError('The body must be application/x-www-form-urlencoded.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new FormError('The form is too large.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/** The token of an `Authorization: Bearer` header (RFC 6750 §2.1), or undefined. */
export function bearerToken(req: IncomingMessage): string | undefined {
  const match = /^Bearer ([A-Za-z0-9\-._~+/]+=*)$/i.exec(req.headers.authorization ?? '');
  return match?.[1];
}
