import type * as v from 'valibot';
import type { components } from './generated/bankservice-v3';

/** The shapes of the v3 contract (sandbox/api/bankservice-v3.openapi.yaml), as openapi-typescript generates them. */
export type Schemas = components['schemas'];

type Mismatch<S extends v.GenericSchema, C> = [v.InferOutput<S>] extends [C]
  ? [C] extends [v.InferInput<S>]
    ? unknown
    : { error: 'the schema refuses values the contract allows' }
  : { error: 'the schema lets through values the contract does not allow' };

/**
 * Ties a run-time schema to the contract's type: the call fails to compile unless every value the
 * contract allows passes the schema and everything that passes is a value of the contract's type.
 * So a contract change that the schemas do not follow fails `npm run typecheck`.
 */
export function contract<C>() {
  return <S extends v.GenericSchema>(schema: S & Mismatch<S, C>): S => schema;
}
