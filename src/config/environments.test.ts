import { describe, expect, it } from 'vitest';
import * as v from 'valibot';
import { buildSettingsSchema, builtInEnvironments, checkCustomEnvironment, customEnvironmentSchema, pairsAritmaIssuerWithOtherApi } from './environments';

const valid = {
  authority: 'https://id.example.com/',
  clientId: ' my-client ',
  scope: 'openid   bankservice',
  apiBaseUrl: 'https://api.example.com',
};

function errorsFor(input: Record<string, string>) {
  const checked = checkCustomEnvironment(input);
  if (checked.ok) throw new Error('expected the input to be refused');
  return checked.problems;
}

describe('custom environment schema', () => {
  it('accepts https URLs and normalises trailing slashes, spaces and scope separators', () => {
    expect(v.parse(customEnvironmentSchema, valid)).toEqual({
      authority: 'https://id.example.com',
      clientId: 'my-client',
      scope: 'openid bankservice',
      apiBaseUrl: 'https://api.example.com',
    });
  });

  it.each(['http://localhost:5001', 'http://127.0.0.1:5001', 'http://[::1]:5001'])('accepts plain http for the loopback host %s', (authority) => {
    expect(v.parse(customEnvironmentSchema, { ...valid, authority }).authority).toBe(authority);
  });

  it('refuses plain http for any other host', () => {
    expect(errorsFor({ ...valid, authority: 'http://id.example.com' }).authority).toBe('url_http_remote');
  });

  it('refuses text that is not a URL', () => {
    expect(errorsFor({ ...valid, apiBaseUrl: 'bankservice' }).apiBaseUrl).toBe('url_invalid');
  });

  it('refuses schemes other than http and https', () => {
    expect(errorsFor({ ...valid, authority: 'javascript:alert(1)' }).authority).toBe('url_scheme');
  });

  it('refuses a URL with a query or fragment', () => {
    expect(errorsFor({ ...valid, authority: 'https://id.example.com/?x=1' }).authority).toBe('url_query');
  });

  it('refuses credentials inside the URL', () => {
    expect(errorsFor({ ...valid, apiBaseUrl: 'https://user:pw@api.example.com' }).apiBaseUrl).toBe('url_credentials');
  });

  it('refuses a URL of more than 2048 characters', () => {
    expect(errorsFor({ ...valid, apiBaseUrl: `https://api.example.com/${'a'.repeat(2100)}` }).apiBaseUrl).toBe('url_too_long');
  });

  it.each(['https://exаmple.com', 'https://xn--exmple-4nf.com', 'https://id.bаnk.no'])('refuses the look-alike host of %s', (authority) => {
    expect(errorsFor({ ...valid, authority }).authority).toBe('url_idn');
  });

  it('refuses a client id or scope that is too long', () => {
    expect(errorsFor({ ...valid, clientId: 'c'.repeat(201) }).clientId).toBe('client_id_too_long');
    expect(errorsFor({ ...valid, scope: 's'.repeat(1001) }).scope).toBe('scope_too_long');
  });

  it('refuses an empty client id', () => {
    expect(errorsFor({ ...valid, clientId: '   ' }).clientId).toBe('client_id_required');
  });

  it('refuses an empty scope and scopes with quotes', () => {
    expect(errorsFor({ ...valid, scope: '' }).scope).toBe('scope_required');
    expect(errorsFor({ ...valid, scope: 'openid "x"' }).scope).toBe('scope_invalid');
  });

  it('reports every invalid field at once', () => {
    expect(Object.keys(errorsFor({ authority: '', clientId: '', scope: '', apiBaseUrl: '' })).sort()).toEqual([
      'apiBaseUrl',
      'authority',
      'clientId',
      'scope',
    ]);
  });
});

describe('build settings', () => {
  it('default to the local sandbox and leave Aritma client ids unset', () => {
    const settings = v.parse(buildSettingsSchema, {});
    const environments = builtInEnvironments(settings);
    expect(environments.local).toMatchObject({
      authority: 'http://localhost:5001',
      clientId: 'open-banking-explorer',
      apiBaseUrl: 'http://localhost:5002',
    });
    expect(environments.local.scope.split(' ')).toContain('bankservice');
    expect(environments['aritma-dev'].clientId).toBeNull();
    expect(environments['aritma-prod']).toMatchObject({ authority: 'https://id.aritma.io', apiBaseUrl: 'https://bankservice.zdata.no', clientId: null });
  });

  it('take client ids for Aritma from VITE_ variables, ignoring blanks', () => {
    const settings = v.parse(buildSettingsSchema, { VITE_ARITMA_DEV_CLIENT_ID: 'dev-client', VITE_ARITMA_PROD_CLIENT_ID: '  ' });
    const environments = builtInEnvironments(settings);
    expect(environments['aritma-dev']).toMatchObject({ authority: 'https://id.dev.aritma.io', clientId: 'dev-client' });
    expect(environments['aritma-prod'].clientId).toBeNull();
  });

  it('keep the legacy implicit flow off for Aritma production unless the build turns it on', () => {
    expect(builtInEnvironments(v.parse(buildSettingsSchema, {}))['aritma-prod'].implicitAllowed).toBe(false);
    expect(builtInEnvironments(v.parse(buildSettingsSchema, {}))['aritma-dev'].implicitAllowed).toBe(true);
    const enabled = v.parse(buildSettingsSchema, { VITE_ENABLE_IMPLICIT_IN_PRODUCTION: 'true' });
    expect(builtInEnvironments(enabled)['aritma-prod'].implicitAllowed).toBe(true);
  });

  it('refuse a value for the implicit switch other than true or false', () => {
    expect(v.safeParse(buildSettingsSchema, { VITE_ENABLE_IMPLICIT_IN_PRODUCTION: 'yes' }).success).toBe(false);
  });

  it('refuse a sandbox authority that is not a usable URL', () => {
    expect(v.safeParse(buildSettingsSchema, { VITE_SANDBOX_AUTHORITY: 'http://example.com' }).success).toBe(false);
  });
});

describe('pairsAritmaIssuerWithOtherApi', () => {
  it('warns when an Aritma identity server is paired with another API', () => {
    expect(pairsAritmaIssuerWithOtherApi({ authority: 'https://id.aritma.io', apiBaseUrl: 'https://api.example.com' })).toBe(true);
    expect(pairsAritmaIssuerWithOtherApi({ authority: 'https://id.dev.aritma.io/tenant', apiBaseUrl: 'http://localhost:5002' })).toBe(true);
  });

  it('is quiet for Aritma with its own API, and for other identity servers', () => {
    expect(pairsAritmaIssuerWithOtherApi({ authority: 'https://id.aritma.io', apiBaseUrl: 'https://bankservice.zdata.no' })).toBe(false);
    expect(pairsAritmaIssuerWithOtherApi({ authority: 'https://id.dev.aritma.io', apiBaseUrl: 'https://bankservicedemo.zdata.no' })).toBe(false);
    expect(pairsAritmaIssuerWithOtherApi({ authority: 'https://id.example.com', apiBaseUrl: 'https://api.example.com' })).toBe(false);
    expect(pairsAritmaIssuerWithOtherApi({ authority: 'https://aritma.io.evil.example', apiBaseUrl: 'https://api.example.com' })).toBe(false);
  });
});
