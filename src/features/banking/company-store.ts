import * as v from 'valibot';
import { plainObject } from '../../api/shapes';
import { kept, type Kept } from './kept';

/**
 * The companies a user has added, per environment and user: Aritma's v3 has no operation that
 * lists a user's companies, so the app remembers the ids it was given (ids only, nothing secret).
 */

const guid = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;

/** A company id as Aritma types it: `string(uuid)`. Braces and surrounding space are forgiven. */
export function parseCompanyId(input: string): string | null {
  const value = input.trim().replace(/^\{(.*)\}$/, '$1').trim();
  return guid.test(value) ? value.toLowerCase() : null;
}

const companyListSchema = plainObject({
  ids: v.array(v.pipe(v.string(), v.regex(guid))),
  current: v.nullable(v.string()),
});
export type CompanyList = v.InferOutput<typeof companyListSchema>;

const empty: CompanyList = { ids: [], current: null };

export interface CompanyStore extends Kept<CompanyList> {
  add(companyId: string): void;
  remove(companyId: string): void;
  choose(companyId: string): void;
}

/** `scope` is the API context's: environment and user (`sub`). */
export function companyStore(storage: () => Storage, scope: readonly [string, string]): CompanyStore {
  const store = kept(storage, `obe.companies:${scope[0]}:${scope[1]}`, companyListSchema, empty);
  return {
    ...store,
    /** Adds it (once) and makes it the current company. */
    add(companyId) {
      const list = store.read();
      store.write({ ids: list.ids.includes(companyId) ? list.ids : [...list.ids, companyId], current: companyId });
    },
    remove(companyId) {
      const list = store.read();
      const ids = list.ids.filter((id) => id !== companyId);
      store.write({ ids, current: list.current === companyId ? (ids[0] ?? null) : list.current });
    },
    choose(companyId) {
      const list = store.read();
      if (list.ids.includes(companyId)) store.write({ ...list, current: companyId });
    },
  };
}

/** The company shown: the chosen one when it is still in the list, else the first. */
export function currentCompany(list: CompanyList): string | null {
  return list.current !== null && list.ids.includes(list.current) ? list.current : (list.ids[0] ?? null);
}
