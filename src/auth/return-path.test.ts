import { describe, expect, it } from 'vitest';
import { safeReturnPath } from './return-path';

const origin = 'https://app.example.com';

describe('safeReturnPath', () => {
  it('keeps a path inside the app, with its query and fragment', () => {
    expect(safeReturnPath('/statements?account=1#top', origin)).toBe('/statements?account=1#top');
  });

  it.each([
    ['a protocol-relative URL', '//evil.example.com/x'],
    ['a backslash trick', '/\\evil.example.com'],
    ['an absolute URL', 'https://evil.example.com/'],
    ['a javascript: URL', 'javascript:alert(1)'],
    ['a relative path', 'statements'],
    ['a control character', '/\tevil'],
    ['no value', undefined],
    ['a non-string', 42],
  ])('refuses %s and returns home', (_name, candidate) => {
    expect(safeReturnPath(candidate, origin)).toBe('/');
  });
});
