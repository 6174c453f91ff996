import * as z from 'zod/v4/mini';

/*
 * What `zod/mini` resolves to in the app (vite.config.ts aliases it here), for the same reason as
 * ./zod.ts: zod must not compile parsers with `new Function` under the CSP, and it must be told so
 * before any schema parses. The setting is zod's core's, shared with classic zod.
 */
z.config({ jitless: true });

export * from 'zod/v4/mini';
