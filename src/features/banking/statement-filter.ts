import { statementStates, type StatementQuery, type StatementState } from '../../api/statements';
import { addDays, dayBounds, isIsoDate } from '../../lib/banking-day';

/** The statement filter and page, kept in the address (`?fromDate&toDate&state&skip`) so reload and Back keep them. */

export const statementPageSize = 50;
export const defaultDays = 30;

export interface StatementView {
  /** Both empty: every date (the API takes both dates or neither). */
  fromDate: string;
  toDate: string;
  state: StatementState | null;
  skip: number;
}

export type FilterProblem = 'date_invalid' | 'both_dates' | 'from_after_to';
export type FilterErrors = Partial<Record<'fromDate' | 'toDate', FilterProblem>>;

export function defaultStatementView(today: string): StatementView {
  return { fromDate: addDays(today, -(defaultDays - 1)), toDate: today, state: null, skip: 0 };
}

function parseState(value: string | null): StatementState | null {
  const state = statementStates.find((candidate) => String(candidate) === value);
  return state ?? null;
}

/** What the address asks for; anything missing or unusable falls back to the last 30 days, any state, first page. */
export function statementViewFromSearch(search: URLSearchParams, today: string): StatementView {
  const defaults = defaultStatementView(today);
  const from = search.get('fromDate');
  const to = search.get('toDate');
  const skip = Number(search.get('skip') ?? '0');
  const everyDate = from === '' && to === '';
  const range =
    everyDate || (from !== null && to !== null && isIsoDate(from) && isIsoDate(to) && from <= to)
      ? { fromDate: from ?? '', toDate: to ?? '' }
      : { fromDate: defaults.fromDate, toDate: defaults.toDate };
  return { ...range, state: parseState(search.get('state')), skip: Number.isSafeInteger(skip) && skip >= 0 ? skip : 0 };
}

export function statementViewToSearch(view: StatementView): URLSearchParams {
  const search = new URLSearchParams({ fromDate: view.fromDate, toDate: view.toDate });
  if (view.state !== null) search.set('state', String(view.state));
  if (view.skip > 0) search.set('skip', String(view.skip));
  return search;
}

/** The request for a view: dates as Oslo date-times, both or neither; the page is cut by the app. */
export function statementQuery(accountNo: string, view: StatementView): StatementQuery {
  return {
    accountNo,
    ...(view.fromDate && view.toDate ? { period: { fromDate: dayBounds(view.fromDate).start, toDate: dayBounds(view.toDate).end } } : {}),
    ...(view.state === null ? {} : { state: view.state }),
  };
}

/** The filter form's dates: each valid, both or neither, From not after To. */
export function validateStatementFilter(values: { fromDate: string; toDate: string }): FilterErrors {
  const errors: FilterErrors = {};
  const from = values.fromDate.trim();
  const to = values.toDate.trim();
  if (from !== '' && !isIsoDate(from)) errors.fromDate = 'date_invalid';
  if (to !== '' && !isIsoDate(to)) errors.toDate = 'date_invalid';
  if (errors.fromDate || errors.toDate) return errors;
  if (from === '' && to !== '') errors.fromDate = 'both_dates';
  else if (to === '' && from !== '') errors.toDate = 'both_dates';
  else if (from !== '' && from > to) errors.fromDate = 'from_after_to';
  return errors;
}
