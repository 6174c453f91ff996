// Runs one phase of `npm test` and says how long it took, so a slow run shows where its time went.
import { spawnSync } from 'node:child_process';

const [name, ...command] = process.argv.slice(2);
const started = performance.now();
const result = spawnSync(command.join(' '), { stdio: 'inherit', shell: true });
console.log(`phase ${name}: ${((performance.now() - started) / 1000).toFixed(1)} s`);
process.exit(result.status ?? 1);
