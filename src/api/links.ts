import * as v from 'valibot';
import { plainObject } from './shapes';

/** `ApiLink`: every field nullable; `Method` appears in the schema but in no example. */
export const apiLinkSchema = plainObject({
  Rel: v.nullish(v.string()),
  Method: v.nullish(v.string()),
  Href: v.nullish(v.string()),
});

export const linksSchema = v.nullish(v.array(apiLinkSchema));
