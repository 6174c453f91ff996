import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { userSchema } from './user';

// As the sandbox's Bank.user() answers for the demo user.
const user = { UserId: 'demo', Name: 'Demo User', Email: 'demo@example.com', CompanyIds: ['100001', '100002'] };

describe('user schema', () => {
  it('accepts the user as the sandbox sends it', () => {
    expect(userSchema.parse(user)).toEqual(user);
  });

  it('refuses company ids sent as numbers, naming the field', () => {
    const result = userSchema.safeParse({ ...user, CompanyIds: [100001] });
    expect(result.success).toBe(false);
    if (!result.success) expect(z.prettifyError(result.error)).toContain('CompanyIds[0]');
  });
});
