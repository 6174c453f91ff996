import { z } from 'zod';
import { customEnvironmentSchema, environmentIds, type CustomEnvironment, type EnvironmentId } from './environments';

// Only the choice of environment lives here; sign-in state is kept in sessionStorage by the auth layer.
const selectedKey = 'obe.environment';
const customKey = 'obe.custom-environment';

function read(key: string): string | null {
  try {
    return window.localStorage.getItem(key);
  } catch {
    return null; // storage disabled: fall back to the defaults
  }
}

function write(key: string, value: string): void {
  try {
    window.localStorage.setItem(key, value);
  } catch {
    // storage disabled or full: the choice lasts until reload
  }
}

export function loadSelectedEnvironment(): EnvironmentId | null {
  const parsed = z.enum(environmentIds).safeParse(read(selectedKey));
  return parsed.success ? parsed.data : null;
}

export function saveSelectedEnvironment(id: EnvironmentId): void {
  write(selectedKey, id);
}

export function loadCustomEnvironment(): CustomEnvironment | null {
  const raw = read(customKey);
  if (!raw) return null;
  try {
    const parsed = customEnvironmentSchema.safeParse(JSON.parse(raw));
    return parsed.success ? parsed.data : null;
  } catch {
    return null;
  }
}

export function saveCustomEnvironment(values: CustomEnvironment): void {
  write(customKey, JSON.stringify(values));
}
