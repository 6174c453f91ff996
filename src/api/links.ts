import * as v from 'valibot';
import { plainObject } from './shapes';

/** Absent or null: Aritma marks many fields nullable without saying they are always sent. */
export const nullish = <T extends v.GenericSchema>(schema: T) => v.nullish(schema);

/** `ApiLink`: every field nullable; `Method` appears in the schema but in no example. */
export const apiLinkSchema = plainObject({
  Rel: nullish(v.string()),
  Method: nullish(v.string()),
  Href: nullish(v.string()),
});

export const linksSchema = nullish(v.array(apiLinkSchema));
