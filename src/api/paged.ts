import { z } from 'zod';

/** Aritma's paged envelope: `Items`, `Total`, and `Links` with `Rel`/`Href`. */
export function pagedSchema<T extends z.ZodType>(item: T) {
  return z.object({
    // A page larger than the most the API may send is a fault, not something to render.
    Items: z.array(item).max(1000),
    Total: z.number().int().nonnegative(),
    Skip: z.number().int().nonnegative().optional(),
    Take: z.number().int().positive().optional(),
    Links: z.array(z.object({ Rel: z.string(), Href: z.string() })).optional(),
  });
}
