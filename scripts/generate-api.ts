import { readFile, writeFile } from 'node:fs/promises';
import { fileURLToPath } from 'node:url';
import openapiTS, { astToString } from 'openapi-typescript';

/**
 * The app's API types, generated from the contract the sandbox is also checked against.
 * `--check` writes nothing and fails when the committed file is not what the contract gives,
 * so `npm run typecheck` catches a contract changed without regenerating.
 */

const contract = new URL('../sandbox/api/bankservice-v3.openapi.yaml', import.meta.url);
const target = new URL('../src/api/generated/bankservice-v3.ts', import.meta.url);
const header = '// Generated from sandbox/api/bankservice-v3.openapi.yaml by `npm run generate:api`. Do not edit.\n\n';

const ast = await openapiTS(contract, { alphabetize: false, immutable: false, defaultNonNullable: false });
const generated = header + astToString(ast);
const current = await readFile(target, 'utf8').catch(() => null);

if (process.argv.includes('--check')) {
  if (current !== generated) {
    console.error(`${fileURLToPath(target)} is not what the contract gives. Run: npm run generate:api`);
    process.exit(1);
  }
} else if (current !== generated) {
  await writeFile(target, generated);
  console.log(`wrote ${fileURLToPath(target)}`);
}
