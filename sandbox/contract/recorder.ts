import { Contract } from './contract.ts';
import type { Exchange, Violation } from './contract.ts';
import { loadContract } from './document.ts';

/**
 * Test only: where a sandbox API started with CONTRACT_CHECK=record tells what its contract check found.
 * Not part of Aritma's API, and served by no sandbox started without that switch.
 */
export const CONTRACT_REPORT_PATH = '/sandbox/contract-violations';

export interface ContractReport {
  checked: number;
  violations: Violation[];
}

/** Checks every exchange against the contract (objects closed: only named fields) and keeps what it found. */
export class ContractRecorder {
  private readonly contract: Contract;
  private checked = 0;
  private readonly violations: Violation[] = [];

  private readonly log: boolean;

  /** `log`: also print each violation on the console, where a developer running the suite sees it at once. */
  constructor(options: { log?: boolean; contract?: Contract } = {}) {
    this.contract = options.contract ?? new Contract(loadContract(), { closedObjects: true });
    this.log = options.log ?? true;
  }

  record(exchange: Exchange): Violation[] {
    this.checked += 1;
    const found = this.contract.check(exchange);
    this.violations.push(...found);
    for (const violation of this.log ? found : []) {
      console.error(`[sandbox api] contract ${violation.direction} violation: ${violation.method} ${violation.path} (${violation.status ?? '-'}): ${violation.errors.join('; ')}`);
    }
    return found;
  }

  report(): ContractReport {
    return { checked: this.checked, violations: [...this.violations] };
  }
}

/** A recorder when the environment asks for one (CONTRACT_CHECK=record), else none. */
export function contractRecorderFromEnv(): ContractRecorder | undefined {
  const mode = process.env.CONTRACT_CHECK?.trim();
  if (mode === undefined || mode === '' || mode === 'off') return undefined;
  if (mode !== 'record') throw new Error(`CONTRACT_CHECK must be "record" or "off", not "${mode}".`);
  return new ContractRecorder();
}
