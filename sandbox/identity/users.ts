import { createHash, timingSafeEqual } from 'node:crypto';
import type { Account, FindAccount } from 'oidc-provider';

/** A sandbox user: login credentials plus the OIDC standard claims the app reads. */
export interface User {
  sub: string;
  username: string;
  password: string;
  claims: {
    name: string;
    given_name: string;
    family_name: string;
    email: string;
    email_verified: boolean;
    locale: string;
  };
}

export const DEMO_USER: User = {
  sub: 'demo',
  username: 'demo',
  password: 'demo',
  claims: {
    name: 'Demo User',
    given_name: 'Demo',
    family_name: 'User',
    email: 'demo@example.com',
    email_verified: true,
    locale: 'en',
  },
};

/** A second user who may approve what the demo user submits (the sandbox API's rule: the submitter may not). */
export const APPROVER_USER: User = {
  sub: 'approver',
  username: 'approver',
  password: 'approver',
  claims: {
    name: 'Anna Approver',
    given_name: 'Anna',
    family_name: 'Approver',
    email: 'approver@example.com',
    email_verified: true,
    locale: 'nb',
  },
};

const users: readonly User[] = [DEMO_USER, APPROVER_USER];

// Hashing first gives equal-length inputs, so timingSafeEqual can compare any two strings.
function sameSecret(actual: string, expected: string): boolean {
  const digest = (value: string) => createHash('sha256').update(value).digest();
  return timingSafeEqual(digest(actual), digest(expected));
}

/** The user these credentials belong to, or undefined for a wrong username or password. */
export function verifyCredentials(username: string, password: string): User | undefined {
  const user = users.find((candidate) => candidate.username === username);
  return user && sameSecret(password, user.password) ? user : undefined;
}

export function findUser(sub: string): User | undefined {
  return users.find((user) => user.sub === sub);
}

/** All of a user's claims; callers release only those the granted scopes allow. */
export function userClaims(user: User): { sub: string } & User['claims'] {
  return { sub: user.sub, ...user.claims };
}

/** oidc-provider's account lookup; it filters the claims by scope itself. */
export const findAccount: FindAccount = (_ctx, sub) => {
  const user = findUser(sub);
  if (!user) return undefined;
  const account: Account = { accountId: user.sub, claims: () => userClaims(user) };
  return account;
};
