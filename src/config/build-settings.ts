import * as z from 'zod/mini';
import { buildSettingsSchema, type BuildSettings } from './environments';

function readBuildSettings(): BuildSettings {
  const parsed = buildSettingsSchema.safeParse(import.meta.env);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => `${issue.path.join('.')}: ${issue.message}`);
    throw new Error(`The build settings are invalid:\n${problems.join('\n')}`);
  }
  return parsed.data;
}

export const buildSettings = readBuildSettings();

function readWithSandbox(): boolean {
  const parsed = z.optional(z.enum(['true', 'false', ''])).safeParse(import.meta.env.VITE_SANDBOX);
  if (!parsed.success) throw new Error('The build settings are invalid:\nVITE_SANDBOX: true or false');
  return import.meta.env.DEV || parsed.data === 'true';
}

/** Whether the local sandbox is offered: always on the dev server, in a build only when made with VITE_SANDBOX=true. */
export const withSandbox = readWithSandbox();
