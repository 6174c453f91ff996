import type { IncomingMessage } from 'node:http';
import { HttpProblem } from './problem.ts';

export const MAX_BODY_BYTES = 100 * 1024;
// Past this the client is not sending a mistake but a flood; stop reading and drop the connection.
const MAX_DRAIN_BYTES = 10 * MAX_BODY_BYTES;

/** The JSON media types the API takes: Aritma's pages show application/json-patch+json, ASP.NET takes application/json too. */
export const JSON_MEDIA_TYPES: readonly string[] = ['application/json', 'application/json-patch+json'];

const tooLarge = (): HttpProblem =>
  new HttpProblem(413, 'payload-too-large', 'Content too large', `The request body must not exceed ${MAX_BODY_BYTES / 1024} kB.`);

export const mediaTypeOf = (req: IncomingMessage): string => (req.headers['content-type'] ?? '').split(';')[0]?.trim().toLowerCase() ?? '';

/** A request's body, read once on first use so both the route and the contract check can see it. */
export class RequestBody {
  private readonly req: IncomingMessage;
  private read: Promise<Buffer> | undefined;

  constructor(req: IncomingMessage) {
    this.req = req;
  }

  /** The whole body; one that is too large is drained rather than cut off, so the client still sees the 413. */
  bytes(): Promise<Buffer> {
    this.read ??= (async () => {
      const declared = Number(this.req.headers['content-length']);
      const chunks: Buffer[] = [];
      let received = 0;
      for await (const chunk of this.req) {
        const buffer = Buffer.isBuffer(chunk) ? chunk : Buffer.from(String(chunk));
        received += buffer.length;
        if (received > MAX_DRAIN_BYTES) {
          this.req.destroy();
          break;
        }
        if (received <= MAX_BODY_BYTES) chunks.push(buffer);
      }
      if (received > MAX_BODY_BYTES || declared > MAX_BODY_BYTES) throw tooLarge();
      return Buffer.concat(chunks);
    })();
    return this.read;
  }

  /** Parses a JSON body, answering 415, 413 or 400 for what is not one; an `optional` body may be absent (undefined). */
  async json(options: { optional?: boolean } = {}): Promise<unknown> {
    if (options.optional === true && (await this.bytes()).length === 0) return undefined;
    if (!JSON_MEDIA_TYPES.includes(mediaTypeOf(this.req))) {
      throw new HttpProblem(415, 'unsupported-media-type', 'Unsupported media type', `The request body must be JSON, sent with Content-Type: ${JSON_MEDIA_TYPES.join(' or ')}.`);
    }
    const bytes = await this.bytes();
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
}
