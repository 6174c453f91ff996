import { describe, expect, it } from 'vitest';
import { ApiError } from './errors';
import { serverFieldErrors } from './problem-fields';

describe('serverFieldErrors', () => {
  it('takes the problem’s errors member when the error carries it', () => {
    const errors = { 'Payments[0].Amount': ['must be greater than 0'], DebitAccountNo: ['is required'] };
    const error = new ApiError('bad_request', { status: 400, detail: 'Payments[0].Amount must be greater than 0. (and 1 more field)', errors });
    expect(serverFieldErrors(error)).toEqual(errors);
  });

  it('finds no field in a detail that is a plain sentence', () => {
    const error = new ApiError('conflict', { status: 422, detail: 'Account 12074123463 (Skattetrekkskonto) is not ready for payments.' });
    expect(serverFieldErrors(error)).toEqual({});
  });

  it('finds no field in errors that are not about the request', () => {
    expect(serverFieldErrors(new ApiError('network_error', { detail: 'http://localhost:5002' }))).toEqual({});
    expect(serverFieldErrors(new Error('Payments[0].Amount is wrong.'))).toEqual({});
  });
});
