import { describe, expect, it } from 'vitest';
import { statementSearch } from '../../api/statements';
import { defaultStatementView, statementQuery, statementViewFromSearch, statementViewToSearch, validateStatementFilter } from './statement-filter';

const today = '2025-06-16';

describe('statement view in the address', () => {
  it('defaults to the last 30 days, any state, the first page', () => {
    expect(statementViewFromSearch(new URLSearchParams(), today)).toEqual({ fromDate: '2025-05-18', toDate: '2025-06-16', state: null, skip: 0 });
  });

  it('reads dates, state and page back from what it wrote', () => {
    const view = { fromDate: '2025-04-01', toDate: '2025-04-30', state: 2 as const, skip: 100 };
    expect(statementViewFromSearch(statementViewToSearch(view), today)).toEqual(view);
  });

  it('keeps "every date" (both empty) as a choice of its own', () => {
    const view = { fromDate: '', toDate: '', state: null, skip: 0 };
    expect(statementViewFromSearch(statementViewToSearch(view), today)).toEqual(view);
  });

  it('leaves defaults out of the address', () => {
    expect(statementViewToSearch(defaultStatementView(today)).toString()).toBe('fromDate=2025-05-18&toDate=2025-06-16');
  });

  it('ignores a range that is reversed or not dates, an unknown state and a bad page', () => {
    expect(statementViewFromSearch(new URLSearchParams('fromDate=2025-06-10&toDate=2025-06-01'), today).fromDate).toBe('2025-05-18');
    expect(statementViewFromSearch(new URLSearchParams('fromDate=yesterday&toDate=2025-06-01'), today).toDate).toBe(today);
    const view = statementViewFromSearch(new URLSearchParams('state=3&skip=-50'), today);
    expect([view.state, view.skip]).toEqual([null, 0]);
  });
});

describe('the statement request', () => {
  it('sends both dates as Oslo date-times covering whole days, with the account and state', () => {
    const search = statementSearch(statementQuery('12074123455', { fromDate: '2025-01-10', toDate: '2025-06-16', state: 0, skip: 50 }));
    expect(Object.fromEntries(search)).toEqual({
      accountNo: '12074123455',
      fromDate: '2025-01-10T00:00:00+01:00',
      toDate: '2025-06-16T23:59:59+02:00',
      state: '0',
    });
  });

  it('sends neither date when the view has none, and no paging (the operation documents none)', () => {
    const search = statementSearch(statementQuery('12074123455', { fromDate: '', toDate: '', state: null, skip: 50 }));
    expect(search.toString()).toBe('accountNo=12074123455');
  });
});

describe('validateStatementFilter', () => {
  it('accepts a range of one day, and no dates at all', () => {
    expect(validateStatementFilter({ fromDate: today, toDate: today })).toEqual({});
    expect(validateStatementFilter({ fromDate: '', toDate: ' ' })).toEqual({});
  });

  it('asks for both dates or neither', () => {
    expect(validateStatementFilter({ fromDate: today, toDate: '' })).toEqual({ toDate: 'both_dates' });
    expect(validateStatementFilter({ fromDate: '', toDate: today })).toEqual({ fromDate: 'both_dates' });
  });

  it('refuses a day that does not exist', () => {
    expect(validateStatementFilter({ fromDate: '2025-02-30', toDate: today })).toEqual({ fromDate: 'date_invalid' });
  });

  it('refuses From after To, on the From field', () => {
    expect(validateStatementFilter({ fromDate: '2025-06-16', toDate: '2025-06-15' })).toEqual({ fromDate: 'from_after_to' });
  });
});
