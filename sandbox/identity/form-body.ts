import type { IncomingMessage } from 'node:http';

/** Forms here are a few short fields; anything bigger is not a form of ours. */
const MAX_FORM_BYTES = 16 * 1024;

export class FormBodyError extends Error {
  constructor(
    readonly status: 413 | 415,
    readonly code: 'form_too_large' | 'unsupported_media_type',
    message: string,
  ) {
    super(message);
  }
}

/** Reads an application/x-www-form-urlencoded request body. */
export async function readFormBody(req: IncomingMessage): Promise<URLSearchParams> {
  if (!req.headers['content-type']?.toLowerCase().startsWith('application/x-www-form-urlencoded')) {
    throw new FormBodyError(415, 'unsupported_media_type', 'The form was not sent as application/x-www-form-urlencoded.');
  }
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of req as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > MAX_FORM_BYTES) throw new FormBodyError(413, 'form_too_large', 'The form was too large.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}
