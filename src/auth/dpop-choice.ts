import * as z from 'zod/mini';
import { read, storageKeyFamily, write } from '../storage/storage';

/** The user's choice per environment, off until ticked (apart from ./dpop.ts, which the sign-in page does not need yet). */
const choiceKey = storageKeyFamily('dpop-choice:', z.boolean());
export const dpopChosen = (environmentId: string): boolean => read(choiceKey(environmentId)) ?? false;
export const chooseDpop = (environmentId: string, on: boolean): void => void write(choiceKey(environmentId), on);
