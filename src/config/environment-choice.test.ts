import { describe, expect, it } from 'vitest';
import { defaultEnvironment, initialEnvironment, offeredEnvironments } from './environment-choice';

const none = { VITE_ARITMA_DEV_CLIENT_ID: undefined, VITE_ARITMA_PROD_CLIENT_ID: undefined };
const devOnly = { ...none, VITE_ARITMA_DEV_CLIENT_ID: 'dev-client' };
const both = { VITE_ARITMA_DEV_CLIENT_ID: 'dev-client', VITE_ARITMA_PROD_CLIENT_ID: 'prod-client' };

describe('the environments a build offers', () => {
  it('include the local sandbox in the dev server and a build made for the sandbox', () => {
    expect(offeredEnvironments(true)).toEqual(['local', 'aritma-dev', 'aritma-prod', 'custom']);
  });

  it('leave the local sandbox out of a production build', () => {
    expect(offeredEnvironments(false)).toEqual(['aritma-dev', 'aritma-prod', 'custom']);
  });
});

describe('the default environment of a production build', () => {
  it('is Aritma production when the build has its client id', () => {
    expect(defaultEnvironment(both, false)).toBe('aritma-prod');
    expect(defaultEnvironment({ ...none, VITE_ARITMA_PROD_CLIENT_ID: 'prod-client' }, false)).toBe('aritma-prod');
  });

  it('is Aritma development when only its client id is set', () => {
    expect(defaultEnvironment(devOnly, false)).toBe('aritma-dev');
  });

  it('is the Custom form when the build has no Aritma client id', () => {
    expect(defaultEnvironment(none, false)).toBe('custom');
  });

  it('is the local sandbox where the sandbox is offered', () => {
    expect(defaultEnvironment(both, true)).toBe('local');
  });
});

describe('the environment a visit opens', () => {
  it('is the saved choice while the build offers it', () => {
    expect(initialEnvironment('aritma-dev', both, false)).toBe('aritma-dev');
    expect(initialEnvironment('custom', both, true)).toBe('custom');
  });

  it('is the default when the saved choice is the sandbox and the build has none', () => {
    expect(initialEnvironment('local', both, false)).toBe('aritma-prod');
  });

  it('is the default when nothing was saved', () => {
    expect(initialEnvironment(null, devOnly, false)).toBe('aritma-dev');
  });
});
