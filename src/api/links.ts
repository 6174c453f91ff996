import * as z from 'zod/mini';

/** Absent or null: Aritma marks many fields nullable without saying they are always sent. */
export const nullish = <T extends z.core.SomeType>(schema: T) => z.optional(z.nullable(schema));

/** `ApiLink`: every field nullable; `Method` appears in the schema but in no example. */
export const apiLinkSchema = z.object({
  Rel: nullish(z.string()),
  Method: nullish(z.string()),
  Href: nullish(z.string()),
});

export const linksSchema = nullish(z.array(apiLinkSchema));
