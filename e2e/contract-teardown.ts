import { CONTRACT_REPORT_PATH } from '../sandbox/contract/recorder.ts';
import type { ContractReport } from '../sandbox/contract/recorder.ts';
import { sandbox, shortLivedSandbox } from './sandboxes.ts';

/**
 * Playwright's global teardown: asks each sandbox API the suite started (with CONTRACT_CHECK=record) what its
 * contract check found, prints how many exchanges were checked, and fails the run when any broke
 * sandbox/api/bankservice-v3.openapi.yaml: a request the app sent, or an answer the sandbox gave.
 */
export default async function contractTeardown(): Promise<void> {
  const apis = [sandbox.apiBaseUrl, shortLivedSandbox.apiBaseUrl];
  let checked = 0;
  const problems: string[] = [];
  for (const api of apis) {
    let response: Response;
    try {
      response = await fetch(api + CONTRACT_REPORT_PATH);
    } catch (error) {
      problems.push(`${api} could not be asked for its contract report (${error instanceof Error ? error.message : String(error)}).`);
      continue;
    }
    if (response.status === 404) {
      // A server reused from outside the run (not CI) may have been started without the switch.
      const reason = `${api} does not check the contract: start it with CONTRACT_CHECK=record.`;
      if (process.env.CI) problems.push(reason);
      else console.warn(`contract: ${reason}`);
      continue;
    }
    const report = (await response.json()) as ContractReport;
    checked += report.checked;
    for (const violation of report.violations) {
      problems.push(`${api}: ${violation.direction} of ${violation.method} ${violation.path} (${violation.status ?? '-'}): ${violation.errors.join('; ')}`);
    }
  }
  console.log(`\ncontract: ${checked} API exchanges checked against bankservice-v3.openapi.yaml, ${problems.length} problem${problems.length === 1 ? '' : 's'}`);
  if (problems.length > 0) throw new Error(`The API contract was broken:\n${problems.map((problem) => `  - ${problem}`).join('\n')}`);
}
