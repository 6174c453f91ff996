import { z } from 'zod/v4';

/*
 * What `zod` resolves to in the app (vite.config.ts aliases it here), so that zod is told before
 * any schema is built that it may not compile parsers with `new Function`: the CSP forbids eval,
 * and Trusted Types report the attempt. Set here, the setting comes first in every chunk's order.
 */
z.config({ jitless: true });

export * from 'zod/v4';
export { z as default };
