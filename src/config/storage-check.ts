import { storageProblem as problemOf } from '../storage/storage';

/** Whether this tab may keep the sign-in, which lives in sessionStorage. */
export const storageProblem = () => problemOf('session');
