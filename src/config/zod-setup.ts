import { z } from 'zod';

// zod compiles object parsers with `new Function` unless told not to; the CSP (script-src 'self') forbids eval.
z.config({ jitless: true });
