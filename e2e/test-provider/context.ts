import { Grants } from './grants.ts';
import type { ProviderKeys } from './keys.ts';
import type { ScenarioName } from './scenarios.ts';
import { emptyStats } from './stats.ts';
import type { Stats } from './stats.ts';

/** What the provider keeps per scenario, so scenarios run side by side without seeing each other. */
export class ScenarioState {
  stats: Stats = emptyStats();
  readonly grants = new Grants();

  /** Zeroes the counters; `key-rotated` counts JWKS fetches, so this also rotates its key back. */
  reset(): void {
    this.stats = emptyStats();
  }
}

/** Everything an endpoint needs to answer for one scenario. */
export interface ScenarioContext {
  scenario: ScenarioName;
  /** `<origin>/<scenario>`, the issuer this scenario claims to be when it behaves. */
  issuer: string;
  keys: ProviderKeys;
  appOrigins: readonly string[];
  state: ScenarioState;
}

/** An issuer that is not this one yet starts like it, so a prefix comparison is caught as well. */
export function otherIssuer(issuer: string): string {
  return `${issuer}/other`;
}
