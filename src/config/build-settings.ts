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
