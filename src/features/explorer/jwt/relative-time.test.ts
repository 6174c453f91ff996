import { describe, expect, it } from 'vitest';
import { relativeTime } from './relative-time';

describe('relativeTime', () => {
  it('says minutes ahead and behind in English', () => {
    expect(relativeTime(42 * 60, 'en-GB')).toBe('in 42 min');
    expect(relativeTime(-3 * 60, 'en-GB')).toBe('3 min ago');
  });

  it('says it in bokmål', () => {
    expect(relativeTime(42 * 60, 'nb-NO')).toBe('om 42 min');
    expect(relativeTime(-3 * 60, 'nb-NO')).toBe('for 3 min siden');
  });

  it('uses seconds under a minute and the largest unit that fits above', () => {
    expect(relativeTime(-20, 'en-GB')).toBe('20 sec ago');
    expect(relativeTime(2 * 3600 + 100, 'en-GB')).toBe('in 2 hr');
    expect(relativeTime(-3 * 86400, 'en-GB')).toBe('3 days ago');
  });

  it('calls an hour less a few seconds an hour', () => {
    expect(relativeTime(3598, 'en-GB')).toBe('in 1 hr');
  });
});
