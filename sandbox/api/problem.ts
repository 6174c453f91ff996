import type { ApiResponse } from './respond.ts';

/** RFC 9457 problem details; `errors` maps a field path to what is wrong with it. */
export interface ProblemDetails {
  type: string;
  title: string;
  status: number;
  detail: string;
  errors?: Record<string, string[]>;
}

export type FieldErrors = Record<string, string[]>;

// `.invalid` is reserved (RFC 2606), so these identify problem kinds without pretending to be documents.
const TYPE_BASE = 'https://sandbox.invalid/problems/';

export type ProblemKind =
  | 'unauthorized'
  | 'invalid-token'
  | 'insufficient-scope'
  | 'keys-unavailable'
  | 'bad-request'
  | 'validation-error'
  | 'invalid-json'
  | 'not-found'
  | 'method-not-allowed'
  | 'payload-too-large'
  | 'unsupported-media-type'
  | 'origin-not-allowed'
  | 'company-forbidden'
  | 'user-token-required'
  | 'message-exists'
  | 'internal-error';

/** An error a handler throws to answer with a problem document instead of a result. */
export class HttpProblem extends Error {
  readonly status: number;
  readonly kind: ProblemKind;
  readonly title: string;
  readonly errors: FieldErrors | undefined;
  readonly headers: Record<string, string>;

  constructor(
    status: number,
    kind: ProblemKind,
    title: string,
    detail: string,
    extras: { errors?: FieldErrors; headers?: Record<string, string> } = {},
  ) {
    super(detail);
    this.name = 'HttpProblem';
    this.status = status;
    this.kind = kind;
    this.title = title;
    this.errors = extras.errors;
    this.headers = extras.headers ?? {};
  }

  toResponse(): ApiResponse {
    const body: ProblemDetails = {
      type: TYPE_BASE + this.kind,
      title: this.title,
      status: this.status,
      detail: this.message,
      ...(this.errors ? { errors: this.errors } : {}),
    };
    return { status: this.status, headers: this.headers, body, contentType: 'application/problem+json' };
  }
}

export function notFound(detail: string): HttpProblem {
  return new HttpProblem(404, 'not-found', 'Not found', detail);
}

/** 400 with per-field messages; the detail names the first field so one line is enough to act on. */
export function validationProblem(errors: FieldErrors): HttpProblem {
  const fields = Object.keys(errors);
  const [first] = fields;
  const firstMessage = first === undefined ? undefined : errors[first]?.[0];
  const more = fields.length > 1 ? ` (and ${fields.length - 1} more field${fields.length > 2 ? 's' : ''})` : '';
  const detail = first === undefined ? 'The request is invalid.' : `${first} ${firstMessage ?? 'is invalid'}.${more}`;
  return new HttpProblem(400, 'validation-error', 'One or more validation errors occurred.', detail, { errors });
}
