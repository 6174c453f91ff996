import * as v from 'valibot';
import { serviceUrl } from './url';

export const environmentIds = ['local', 'aritma-dev', 'aritma-prod', 'custom'] as const;
export type EnvironmentId = (typeof environmentIds)[number];

/** Where the app signs in and which API it calls. */
export interface Environment {
  id: EnvironmentId;
  authority: string;
  /** Null when the build was given no client id for this environment. */
  clientId: string | null;
  scope: string;
  apiBaseUrl: string;
  /** Whether the legacy implicit flow may be chosen here. */
  implicitAllowed: boolean;
  /**
   * The scope of an implicit sign-in when it differs from `scope`: Aritma documents implicit as
   * `response_type=token` with the resource scope only, no `openid`.
   */
  implicitScope?: string;
}

const scopeToken = /^[\x21\x23-\x5B\x5D-\x7E]+$/; // RFC 6749 §3.3 scope-token characters

export const scopeSchema = v.pipe(
  v.string(),
  v.trim(),
  v.minLength(1, 'scope_required'),
  v.maxLength(1000, 'scope_too_long'),
  v.transform((value: string) => value.split(/\s+/).join(' ')),
  v.check((value) => value.split(' ').every((token) => scopeToken.test(token)), 'scope_invalid'),
);

export const customEnvironmentSchema = v.object({
  authority: serviceUrl,
  clientId: v.pipe(v.string(), v.trim(), v.minLength(1, 'client_id_required'), v.maxLength(200, 'client_id_too_long')),
  scope: scopeSchema,
  apiBaseUrl: serviceUrl,
});

export type CustomEnvironmentInput = v.InferInput<typeof customEnvironmentSchema>;
export type CustomEnvironment = v.InferOutput<typeof customEnvironmentSchema>;

const optionalText = v.pipe(
  v.optional(v.string()),
  v.transform((value: string | undefined) => value?.trim() || undefined),
);

/** The build-time settings (`VITE_…`), checked once so a bad value fails loudly at start-up. */
export const buildSettingsSchema = v.object({
  VITE_SANDBOX_AUTHORITY: v.optional(serviceUrl, 'http://localhost:5001'),
  VITE_SANDBOX_API_BASE_URL: v.optional(serviceUrl, 'http://localhost:5002'),
  VITE_SANDBOX_CLIENT_ID: v.optional(v.pipe(v.string(), v.trim(), v.minLength(1)), 'open-banking-explorer'),
  VITE_ARITMA_DEV_CLIENT_ID: optionalText,
  VITE_ARITMA_PROD_CLIENT_ID: optionalText,
  /** Implicit is a legacy demonstration; against production it is off unless a build turns it on. */
  VITE_ENABLE_IMPLICIT_IN_PRODUCTION: v.optional(
    v.pipe(
      v.picklist(['true', 'false', '']),
      v.transform((value) => value === 'true'),
    ),
    'false',
  ),
});

export type BuildSettings = v.InferOutput<typeof buildSettingsSchema>;

/** The three environments the build knows, plus the user's custom one when saved. */
export function builtInEnvironments(settings: BuildSettings): Record<Exclude<EnvironmentId, 'custom'>, Environment> {
  return {
    local: {
      id: 'local',
      authority: settings.VITE_SANDBOX_AUTHORITY,
      clientId: settings.VITE_SANDBOX_CLIENT_ID,
      scope: 'openid profile email offline_access bankservice',
      apiBaseUrl: settings.VITE_SANDBOX_API_BASE_URL,
      implicitAllowed: true,
    },
    'aritma-dev': {
      id: 'aritma-dev',
      authority: 'https://id.dev.aritma.io',
      clientId: settings.VITE_ARITMA_DEV_CLIENT_ID ?? null,
      scope: 'openid profile offline_access bankservice',
      apiBaseUrl: 'https://bankservicedemo.zdata.no',
      implicitAllowed: true,
      implicitScope: 'bankservice',
    },
    'aritma-prod': {
      id: 'aritma-prod',
      authority: 'https://id.aritma.io',
      clientId: settings.VITE_ARITMA_PROD_CLIENT_ID ?? null,
      scope: 'openid profile offline_access bankservice',
      apiBaseUrl: 'https://bankservice.zdata.no',
      implicitAllowed: settings.VITE_ENABLE_IMPLICIT_IN_PRODUCTION,
      implicitScope: 'bankservice',
    },
  };
}

const isAritmaHost = (url: string, domain: string) => {
  const host = new URL(url).hostname;
  return host === domain || host.endsWith(`.${domain}`);
};

/** An Aritma identity server paired with an API that is not Aritma's: its tokens would go to that API. */
export function pairsAritmaIssuerWithOtherApi(environment: Pick<Environment, 'authority' | 'apiBaseUrl'>): boolean {
  return isAritmaHost(environment.authority, 'aritma.io') && !isAritmaHost(environment.apiBaseUrl, 'zdata.no');
}

export function customEnvironment(values: CustomEnvironment): Environment {
  return { id: 'custom', ...values, implicitAllowed: true };
}

/** What can be wrong with a custom environment's field; the UI words each code. */
export const configProblems = [
  'url_required',
  'url_invalid',
  'url_scheme',
  'url_http_remote',
  'url_query',
  'url_credentials',
  'url_too_long',
  'url_idn',
  'client_id_required',
  'client_id_too_long',
  'scope_required',
  'scope_invalid',
  'scope_too_long',
] as const;
export type ConfigProblem = (typeof configProblems)[number];

function isConfigProblem(message: string): message is ConfigProblem {
  return (configProblems as readonly string[]).includes(message);
}

export type CustomEnvironmentCheck = { ok: true; value: CustomEnvironment } | { ok: false; problems: Partial<Record<keyof CustomEnvironment, ConfigProblem>> };

/** The form's values checked: the environment, or each field's first problem for showing beside its input. */
export function checkCustomEnvironment(input: unknown): CustomEnvironmentCheck {
  const parsed = v.safeParse(customEnvironmentSchema, input);
  if (parsed.success) return { ok: true, value: parsed.output };
  const problems: Partial<Record<keyof CustomEnvironment, ConfigProblem>> = {};
  for (const issue of parsed.issues) {
    const field: unknown = issue.path?.[0]?.key;
    if (typeof field === 'string' && field in customEnvironmentSchema.entries) {
      const key = field as keyof CustomEnvironment;
      // A type error (not a string at all) has the validator's own message: treat it as missing.
      problems[key] ??= isConfigProblem(issue.message) ? issue.message : key === 'clientId' ? 'client_id_required' : key === 'scope' ? 'scope_required' : 'url_required';
    }
  }
  return { ok: false, problems };
}
