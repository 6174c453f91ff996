import { z } from 'zod';

/** A calendar date as the API sends it, `YYYY-MM-DD`. */
export const isoDate = z.iso.date();

/** A point in time; .NET may send it without an offset or with seven fraction digits. */
export const isoDateTime = z.iso.datetime({ offset: true, local: true });
