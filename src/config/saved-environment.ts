import * as v from 'valibot';
import { read, storageKey, write } from '../storage/storage';
import { customEnvironmentSchema, environmentIds, type CustomEnvironment, type EnvironmentId } from './environments';

// Only the choice of environment is kept here (localStorage); a disabled or full store means the choice lasts until reload.
const selected = storageKey('environment', v.picklist(environmentIds));
const custom = storageKey('custom-environment', customEnvironmentSchema);

export const loadSelectedEnvironment = (): EnvironmentId | null => read(selected);
export const saveSelectedEnvironment = (id: EnvironmentId): void => void write(selected, id);
export const loadCustomEnvironment = (): CustomEnvironment | null => read(custom);
export const saveCustomEnvironment = (values: CustomEnvironment): void => void write(custom, values);
