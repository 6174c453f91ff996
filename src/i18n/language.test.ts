import { describe, expect, it } from 'vitest';
import { initialLanguage } from './language';

describe('initialLanguage', () => {
  it('keeps a saved choice', () => {
    expect(initialLanguage('nb', ['en-US'])).toBe('nb');
  });

  it.each([['nb-NO'], ['no'], ['nn-NO']])('chooses bokmål for a browser asking for %s', (tag) => {
    expect(initialLanguage(null, [tag, 'en'])).toBe('nb');
  });

  it('follows the first language we speak', () => {
    expect(initialLanguage(null, ['de-DE', 'en-GB', 'nb'])).toBe('en');
  });

  it('falls back to English and ignores an unknown saved value', () => {
    expect(initialLanguage('fr', ['fr-FR'])).toBe('en');
  });
});
