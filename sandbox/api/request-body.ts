import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.ts';

export const MAX_BODY_BYTES = 100 * 1024;
// Past this the client is not sending a mistake but a flood; stop reading and drop the connection.
const MAX_DRAIN_BYTES = 10 * MAX_BODY_BYTES;

const tooLarge = (): HttpProblem =>
  new HttpProblem(413, 'payload-too-large', 'Content too large', `The request body must not exceed ${MAX_BODY_BYTES / 1024} kB.`);

/** Reads the whole body; one that is too large is drained rather than cut off, so the client still sees the 413. */
async function readBytes(req: IncomingMessage): Promise<Buffer> {
  const declared = Number(req.headers['content-length']);
  const chunks: Buffer[] = [];
  let received = 0;
  for await (const chunk of req) {
    const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
    received += buffer.length;
    if (received > MAX_DRAIN_BYTES) {
      req.destroy();
      break;
    }
    if (received <= MAX_BODY_BYTES) chunks.push(buffer);
  }
  if (received > MAX_BODY_BYTES || declared > MAX_BODY_BYTES) throw tooLarge();
  return Buffer.concat(chunks);
}

/** Parses a JSON request body, answering 415, 413 or 400 for what is not one. */
export async function readJsonBody(req: IncomingMessage): Promise<unknown> {
  const contentType = (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase();
  if (contentType !== 'application/json') {
    throw new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', 'The request body must be JSON, sent with Content-Type: application/json.');
  }
  const bytes = await readBytes(req);
  let text: string;
  try {
    text = new TextDecoder('utf-8', { fatal: true }).decode(bytes);
  } catch {
    throw new HttpProblem(400, 'invalid-json', 'Invalid JSON', 'The request body is not valid UTF-8.');
  }
  try {
    return JSON.parse(text) as unknown;
  } catch (error) {
    const reason = error instanceof SyntaxError ? `: ${error.message}` : '';
    throw new HttpProblem(400, 'invalid-json', 'Invalid JSON', `The request body is not valid JSON${reason}.`);
  }
}
