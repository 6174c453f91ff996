import { z } from 'zod';
import { ApiError } from './errors';

export type FieldErrors = Record<string, string[]>;

const fieldErrorsSchema = z.record(z.string(), z.array(z.string()));

// "Payments[0].Amount must be greater than 0. (and 2 more fields)": a validation problem's detail names its first field.
const firstFieldInDetail = /^([A-Za-z]+(?:\[\d+\])?(?:\.[A-Za-z]+(?:\[\d+\])?)*) (.+?)\.(?: \(and \d+ more fields?\))?$/;

/**
 * What a refused request (400 or 422 problem+json) says about each field, keyed as the API names
 * them (`DebitAccountNo`, `Payments[0].Amount`). Empty when the error is not about fields.
 */
export function serverFieldErrors(error: unknown): FieldErrors {
  if (!(error instanceof ApiError) || (error.code !== 'bad_request' && error.code !== 'conflict')) return {};
  // The problem's `errors` member, once the client passes it on; until then the detail names the first field.
  const structured = fieldErrorsSchema.safeParse((error.details as { errors?: unknown }).errors);
  if (structured.success) return structured.data;
  if (error.code !== 'bad_request') return {};
  const match = firstFieldInDetail.exec(error.details.detail ?? '');
  return match?.[1] && match[2] ? { [match[1]]: [match[2]] } : {};
}
