import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { isoDateOrDateTime, isoDateTime } from './iso';

describe('isoDateTime', () => {
  it.each([
    ['.NET’s seven fraction digits and an offset', '2026-03-07T04:42:18.2779723+01:00'],
    ['.NET’s "unset", with no offset', '0001-01-01T00:00:00'],
    ['Z', '2026-03-07T04:42:18Z'],
    ['any number of fraction digits', '2026-03-07T04:42:18.123456789012Z'],
    ['a negative offset', '2026-12-31T23:59:59.5-12:00'],
    ['no offset and no seconds', '2026-03-07T04:42'],
    ['no offset and a fraction', '2026-03-07T04:42:18.25'],
    ['29 February of a leap year', '2024-02-29T00:00:00Z'],
    ['29 February of a year divisible by 400', '2000-02-29T00:00:00Z'],
  ])('accepts %s', (_, value) => {
    expect(v.is(isoDateTime, value)).toBe(true);
  });

  it.each([
    ['a bare date', '2026-03-07'],
    ['an offset without seconds', '2026-03-07T04:42+01:00'],
    ['Z without seconds', '2026-03-07T04:42Z'],
    ['an offset without its colon', '2026-03-07T04:42:18+0100'],
    ['an offset of hours only', '2026-03-07T04:42:18+01'],
    ['an offset past 23:59', '2026-03-07T04:42:18+24:00'],
    ['lower-case t and z', '2026-03-07t04:42:18z'],
    ['a space for the T', '2026-03-07 04:42:18Z'],
    ['hour 24', '2026-03-07T24:00:00'],
    ['minute 60', '2026-03-07T04:60:00'],
    ['second 60', '2026-03-07T04:42:60Z'],
    ['a point without fraction digits', '2026-03-07T04:42:18.Z'],
    ['an hour alone', '2026-03-07T04'],
    ['29 February of a common year', '2026-02-29T00:00:00'],
    ['29 February of a century not divisible by 400', '1900-02-29T00:00:00'],
    ['31 April', '2026-04-31T00:00:00'],
    ['month 13', '2026-13-01T00:00:00'],
    ['a six-digit year', '+002026-03-07T04:42:18Z'],
    ['a trailing newline', '2026-03-07T04:42:18Z\n'],
    ['a leading space', ' 2026-03-07T04:42:18Z'],
    ['a number', 20260307],
  ])('refuses %s', (_, value) => {
    expect(v.is(isoDateTime, value)).toBe(false);
  });
});

describe('isoDateOrDateTime', () => {
  it.each(['2026-03-07', '2024-02-29', '0001-01-01T00:00:00', '2026-03-07T04:42:18.2779723+01:00'])('accepts %j', (value) => {
    expect(v.is(isoDateOrDateTime, value)).toBe(true);
  });

  it.each(['2026-02-29', '2026-3-7', '20260307', '2026-03-07T', 'yesterday', null])('refuses %j', (value) => {
    expect(v.is(isoDateOrDateTime, value)).toBe(false);
  });
});
