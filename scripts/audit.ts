import { spawnSync } from 'node:child_process';

/*
 * `npm audit` for what ships (production dependencies only). Fails when a known vulnerability
 * appears; says plainly when the registry could not be asked, rather than passing silently.
 */
const result = spawnSync('npm', ['audit', '--omit=dev', '--json'], { encoding: 'utf8' });
let report: { metadata?: { vulnerabilities?: Record<string, number> }; error?: { summary?: string }; message?: string };
try {
  report = JSON.parse(result.stdout) as typeof report;
} catch {
  console.error(`npm audit gave no report:\n${result.stderr}`);
  process.exit(2);
}
if (report.error || !report.metadata?.vulnerabilities) {
  console.error(`The registry's audit service could not be asked (${report.error?.summary || report.message || 'no answer'}). Nothing was checked.`);
  process.exit(2);
}
const counts = report.metadata.vulnerabilities;
const total = Object.entries(counts).reduce((sum, [level, count]) => (level === 'total' ? sum : sum + count), 0);
if (total > 0) {
  console.error(`Known vulnerabilities in production dependencies: ${JSON.stringify(counts)}. Run npm audit --omit=dev for details.`);
  process.exit(1);
}
console.log('npm audit: no known vulnerabilities in production dependencies.');
