import { storageProblem as problemOf } from '../storage/storage';

/** Why this tab cannot keep the sign-in (sessionStorage disabled or full), or null. */
export type StorageProblem = ReturnType<typeof problemOf>;

/** Whether this tab may keep the sign-in, which lives in sessionStorage. */
export const storageProblem = (): StorageProblem => problemOf('session');
