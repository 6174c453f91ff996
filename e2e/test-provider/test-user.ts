/** The one person who ever signs in here; there is no login page, so every sign-in is theirs. */
export const testUser = {
  sub: 'test-user',
  name: 'Test User',
  email: 'test.user@example.com',
} as const;

/** The sub `userinfo-sub-mismatch` answers with instead. */
export const otherUserSub = 'another-user';
