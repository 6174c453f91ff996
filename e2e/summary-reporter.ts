import type { FullResult, Reporter, TestCase, TestError, TestResult } from '@playwright/test/reporter';

interface ConformanceRow {
  scenario: string;
  flow: string;
  expected: string;
  result: string;
}

/** A fixed-width table, for the terminal. */
function table(rows: string[][]): string {
  const widths = (rows[0] ?? []).map((_, column) => Math.max(...rows.map((row) => row[column]?.length ?? 0)));
  return rows.map((row) => row.map((cell, column) => cell.padEnd(widths[column] ?? 0)).join('  ').trimEnd()).join('\n');
}

/**
 * Ends the run with the protocol conformance table (scenario × flow × result, from the tests'
 * `conformance` annotations) and one plain line that says what ran, e.g. "e2e: 12 passed, 0 failed".
 */
export default class SummaryReporter implements Reporter {
  private passed = 0;
  private failed = 0;
  private skipped = 0;
  /** Errors outside any test, e.g. the contract check of the global teardown; each fails the run. */
  private runErrors = 0;
  private conformance: ConformanceRow[] = [];

  onTestEnd(test: TestCase, result: TestResult): void {
    if (result.retry < test.retries && result.status !== 'passed' && result.status !== 'skipped') return;
    for (const annotation of [...test.annotations, ...result.annotations]) {
      if (annotation.type === 'conformance' && annotation.description) this.conformance.push(JSON.parse(annotation.description) as ConformanceRow);
    }
    if (result.status === 'passed') this.passed += 1;
    else if (result.status === 'skipped') this.skipped += 1;
    else this.failed += 1;
  }

  onError(_error: TestError): void {
    this.runErrors += 1;
  }

  onEnd(result: FullResult): void {
    if (this.conformance.length > 0) {
      const rows = [...new Map(this.conformance.map((row) => [`${row.scenario} ${row.flow}`, row])).values()].sort(
        (a, b) => a.scenario.localeCompare(b.scenario) || a.flow.localeCompare(b.flow),
      );
      const ok = rows.filter((row) => row.result === row.expected).length;
      console.log(`\nProtocol conformance: ${ok} of ${rows.length} as required\n`);
      console.log(table([['scenario', 'response_type', 'required', 'result'], ...rows.map((row) => [row.scenario, row.flow, row.expected, row.result])]));
    }
    const skipped = this.skipped ? `, ${this.skipped} skipped` : '';
    if (this.runErrors) console.log(`\n${this.runErrors} failure${this.runErrors === 1 ? '' : 's'} outside the tests, counted below (see above)`);
    console.log(`\nphase e2e (Playwright): ${(result.duration / 1000).toFixed(1)} s`);
    console.log(`\ne2e: ${this.passed} passed, ${this.failed + this.runErrors} failed${skipped}`);
  }

  printsToStdio(): boolean {
    return false;
  }
}
