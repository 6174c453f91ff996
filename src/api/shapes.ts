import * as v from 'valibot';

/*
 * The building blocks of the API's schemas (and of what the banking screens keep), on valibot. A field
 * Aritma marks nullable is `v.nullish` (absent or null): it does not say such fields are always sent.
 * Three rules of their own:
 * - An array is not an object: valibot's `object` takes `[]` as an object with none of the keys, so
 *   an answer whose fields may all be absent would pass as an empty one.
 * - A number is finite: JSON.parse reads `1e999` as Infinity, which valibot's `number` lets through.
 * - A problem says "Invalid input" and no more: the path names the field, and the app shows both
 *   ("Accounts.0.AccountNumber: Invalid input"), not valibot's English about types and values.
 */

const wording = { message: 'Invalid input' };

/** What JSON calls an object: not null, not an array. */
export function isObject(input: unknown): input is Record<string, unknown> {
  return typeof input === 'object' && input !== null && !Array.isArray(input);
}

/** An object with these fields; other fields are dropped. An array is refused. */
export function plainObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  const schema = v.object(entries);
  return v.config(v.pipe(v.custom<v.InferInput<typeof schema>>(isObject), schema), wording);
}

/** An object with these fields; other fields are kept as they are. An array is refused. */
export function loosePlainObject<const TEntries extends v.ObjectEntries>(entries: TEntries) {
  const schema = v.looseObject(entries);
  return v.config(v.pipe(v.custom<v.InferInput<typeof schema>>(isObject), schema), wording);
}

/** A number other than NaN and ±Infinity. */
export function finiteNumber() {
  return v.pipe(v.number(), v.finite());
}
