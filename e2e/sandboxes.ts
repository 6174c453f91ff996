/** The default sandbox that `npm start` runs. */
export const sandbox = {
  authority: 'http://localhost:5001',
  apiBaseUrl: 'http://localhost:5002',
};

/** A second sandbox, started by the Playwright config, whose access tokens expire within seconds. */
export const shortLivedSandbox = {
  authority: 'http://localhost:5011',
  apiBaseUrl: 'http://localhost:5012',
  tokenSeconds: 10,
};

/** The test identity provider that misbehaves on purpose, one scenario per issuer path. */
export const testProvider = {
  origin: 'http://localhost:5021',
  issuer: (scenario: string) => `http://localhost:5021/${scenario}`,
};
