import type { z } from 'zod';
import { validationProblem } from './problem.ts';
import type { FieldErrors } from './problem.ts';

/** `['Payments', 0, 'Amount']` → `Payments[0].Amount`; the body itself is `$`, as ASP.NET names it. */
export function fieldPath(path: readonly PropertyKey[]): string {
  let out = '';
  for (const key of path) {
    if (typeof key === 'number') out += `[${key}]`;
    else out += out === '' ? String(key) : `.${String(key)}`;
  }
  return out === '' ? '$' : out;
}

export function addFieldError(errors: FieldErrors, field: string, message: string): void {
  (errors[field] ??= []).push(message);
}

export function toFieldErrors(issues: readonly z.core.$ZodIssue[]): FieldErrors {
  const errors: FieldErrors = {};
  for (const issue of issues) {
    if (issue.code === 'unrecognized_keys') {
      // Reported per key, so a typo such as "amount" points at itself rather than at its parent.
      for (const key of issue.keys) addFieldError(errors, fieldPath([...issue.path, key]), 'is not a known field');
    } else {
      addFieldError(errors, fieldPath(issue.path), issue.message);
    }
  }
  return errors;
}

/** Parses input at the edge, answering 400 with every field that is wrong. */
export function parseOrThrow<S extends z.ZodType>(schema: S, input: unknown): z.output<S> {
  const result = schema.safeParse(input);
  if (!result.success) throw validationProblem(toFieldErrors(result.error.issues));
  return result.data;
}

/** Error options for a required value: "is required" when absent, "must be …" when of the wrong type. */
export const required = (what: string) => ({
  error: (issue: { input?: unknown }) => (issue.input === undefined ? 'is required' : `must be ${what}`),
});
