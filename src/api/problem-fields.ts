import { ApiError } from './errors';

export type FieldErrors = Record<string, string[]>;


/**
 * What a refused request (400 or 422 problem+json) says about each field, keyed as the API names
 * them (`DebitAccountNo`, `Payments[0].Amount`). Empty when the error is not about fields.
 */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || (error.code !== 'bad_request' && error.code !== 'conflict')) return {};
  return error.details.errors ?? {};
}
