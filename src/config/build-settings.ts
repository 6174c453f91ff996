import * as v from 'valibot';
import { buildSettingsSchema, type BuildSettings } from './environments';

function readBuildSettings(): BuildSettings {
  const parsed = v.safeParse(buildSettingsSchema, import.meta.env);
  if (!parsed.success) {
    const problems = parsed.issues.map((issue) => `${v.getDotPath(issue) ?? ''}: ${issue.message}`);
    throw new Error(`The build settings are invalid:\n${problems.join('\n')}`);
  }
  return parsed.output;
}

export const buildSettings = readBuildSettings();

function readWithSandbox(): boolean {
  const parsed = v.safeParse(v.optional(v.picklist(['true', 'false', ''])), import.meta.env.VITE_SANDBOX);
  if (!parsed.success) throw new Error('The build settings are invalid:\nVITE_SANDBOX: true or false');
  return import.meta.env.DEV || parsed.output === 'true';
}

/** Whether the local sandbox is offered: always on the dev server, in a build only when made with VITE_SANDBOX=true. */
export const withSandbox = readWithSandbox();
