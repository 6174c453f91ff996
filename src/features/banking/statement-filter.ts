import { entryStates, type EntryState } from '../../api/statements';
import { addDays, isIsoDate } from '../../lib/banking-day';

/** The statement filter and page, kept in the address (`?fromDate&toDate&state&skip`) so reload and Back keep them. */

export const statementPageSize = 50;
export const defaultDays = 30;

export type StateChoice = EntryState | 'all';

export interface StatementView {
  fromDate: string;
  toDate: string;
  state: StateChoice;
  skip: number;
}

export type FilterField = 'fromDate' | 'toDate';
export type FilterProblem = 'date_required' | 'date_invalid' | 'from_after_to';
export type FilterErrors = Partial<Record<FilterField, FilterProblem>>;

export function defaultStatementView(today: string): StatementView {
  return { fromDate: addDays(today, -(defaultDays - 1)), toDate: today, state: 'all', skip: 0 };
}

function isStateChoice(value: string | null): value is StateChoice {
  return value === 'all' || (entryStates as readonly (string | null)[]).includes(value);
}

/** What the address asks for; anything missing or unusable falls back to the last 30 days, both states, first page. */
export function statementViewFromSearch(search: URLSearchParams, today: string): StatementView {
  const defaults = defaultStatementView(today);
  const from = search.get('fromDate');
  const to = search.get('toDate');
  const state = search.get('state');
  const skip = Number(search.get('skip') ?? '0');
  const range =
    from !== null && to !== null && isIsoDate(from) && isIsoDate(to) && from <= to ? { fromDate: from, toDate: to } : { fromDate: defaults.fromDate, toDate: defaults.toDate };
  return {
    ...range,
    state: isStateChoice(state) ? state : defaults.state,
    skip: Number.isSafeInteger(skip) && skip >= 0 ? skip : 0,
  };
}

export function statementViewToSearch(view: StatementView): URLSearchParams {
  const search = new URLSearchParams({ fromDate: view.fromDate, toDate: view.toDate });
  if (view.state !== 'all') search.set('state', view.state);
  if (view.skip > 0) search.set('skip', String(view.skip));
  return search;
}

/** The filter form's dates: both valid, From not after To. */
export function validateStatementFilter(values: { fromDate: string; toDate: string }): FilterErrors {
  const errors: FilterErrors = {};
  for (const field of ['fromDate', 'toDate'] as const) {
    const value = values[field].trim();
    if (value === '') errors[field] = 'date_required';
    else if (!isIsoDate(value)) errors[field] = 'date_invalid';
  }
  if (!errors.fromDate && !errors.toDate && values.fromDate > values.toDate) errors.fromDate = 'from_after_to';
  return errors;
}
