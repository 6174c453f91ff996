import { describe, expect, it } from 'vitest';
import { defaultStatementView, statementViewFromSearch, statementViewToSearch, validateStatementFilter } from './statement-filter';

const today = '2025-06-16';

describe('statement view in the address', () => {
  it('defaults to the last 30 days, both states, the first page', () => {
    expect(statementViewFromSearch(new URLSearchParams(), today)).toEqual({ fromDate: '2025-05-18', toDate: '2025-06-16', state: 'all', skip: 0 });
  });

  it('reads dates, state and page back from what it wrote', () => {
    const view = { fromDate: '2025-04-01', toDate: '2025-04-30', state: 'Pending' as const, skip: 100 };
    expect(statementViewFromSearch(statementViewToSearch(view), today)).toEqual(view);
  });

  it('leaves defaults out of the address', () => {
    expect(statementViewToSearch({ ...defaultStatementView(today), state: 'all', skip: 0 }).toString()).toBe('fromDate=2025-05-18&toDate=2025-06-16');
  });

  it('ignores a range that is reversed or not dates', () => {
    expect(statementViewFromSearch(new URLSearchParams('fromDate=2025-06-10&toDate=2025-06-01'), today).fromDate).toBe('2025-05-18');
    expect(statementViewFromSearch(new URLSearchParams('fromDate=yesterday&toDate=2025-06-01'), today).toDate).toBe(today);
  });

  it('ignores an unknown state and a page that is not a whole number', () => {
    const view = statementViewFromSearch(new URLSearchParams('state=Reserved&skip=-50'), today);
    expect([view.state, view.skip]).toEqual(['all', 0]);
    expect(statementViewFromSearch(new URLSearchParams('skip=1.5'), today).skip).toBe(0);
  });
});

describe('validateStatementFilter', () => {
  it('accepts a range of one day', () => {
    expect(validateStatementFilter({ fromDate: today, toDate: today })).toEqual({});
  });

  it('asks for both dates', () => {
    expect(validateStatementFilter({ fromDate: '', toDate: ' ' })).toEqual({ fromDate: 'date_required', toDate: 'date_required' });
  });

  it('refuses a day that does not exist', () => {
    expect(validateStatementFilter({ fromDate: '2025-02-30', toDate: today })).toEqual({ fromDate: 'date_invalid' });
  });

  it('refuses From after To, on the From field', () => {
    expect(validateStatementFilter({ fromDate: '2025-06-16', toDate: '2025-06-15' })).toEqual({ fromDate: 'from_after_to' });
  });
});
