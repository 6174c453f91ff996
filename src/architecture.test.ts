import { ESLint } from 'eslint';
import { describe, expect, it, vi } from 'vitest';

// The house rules in eslint.config.js, proven on code that breaks them: a rule that never fires proves nothing.
const eslint = new ESLint({ cwd: process.cwd() });
// The first lint loads the config, the parser and the plugins: seconds on a busy machine.
vi.setConfig({ testTimeout: 60_000 });

async function problems(filePath: string, code: string): Promise<string[]> {
  const [result] = await eslint.lintText(code, { filePath });
  return (result?.messages ?? []).map((message) => `${message.ruleId}: ${message.message}`);
}

describe('the one-way arrow config → auth → api → features → app', () => {
  it.each([
    ['src/config/probe.ts', '../app/App', 'App'],
    ['src/config/probe.ts', '../auth/wire-log', 'wireLog'],
    ['src/auth/probe.ts', '../api/client', 'createApiClient'],
    ['src/api/probe.ts', '../features/banking/messages', 'accountsMessages'],
    ['src/features/probe.ts', '../app/App', 'App'],
    ['src/auth/probe.ts', '../main', 'x'],
    ['src/storage/probe.ts', '../config/environments', 'environmentIds'],
    ['src/components/probe.ts', '../api/errors', 'ApiError'],
    ['src/i18n/probe.ts', '../features/explorer/messages', 'explorerMessages'],
  ])('refuses a backwards import in %s of %s', async (file, from, name) => {
    expect(await problems(file, `import { ${name} } from '${from}';\nexport const probe = ${name};\n`)).toEqual([expect.stringMatching(/^import-x\/no-restricted-paths: /)]);
  });

  it.each([
    ['src/auth/probe.ts', '../config/environments', 'environmentIds'],
    ['src/app/probe.ts', '../features/banking/messages', 'accountsMessages'],
    ['src/features/probe.ts', '../api/errors', 'ApiError'],
    ['src/config/probe.ts', '../storage/storage', 'read'],
    ['src/auth/probe.ts', '../components/Alert', 'Alert'],
  ])('allows a forward import in %s of %s', async (file, from, name) => {
    expect(await problems(file, `import { ${name} } from '${from}';\nexport const probe = ${name};\n`)).toEqual([]);
  });
});

describe('the app, the sandbox and the e2e suite', () => {
  it('refuses an app import of the sandbox or the e2e suite', async () => {
    expect(await problems('src/api/probe.ts', "import { startTestApi } from '../../sandbox/api/test-support';\nexport const probe = startTestApi;\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*never imports the sandbox/),
    ]);
    expect(await problems('src/auth/probe.ts', "import { testProvider } from '../../e2e/sandboxes';\nexport const probe = testProvider;\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: /),
    ]);
  });

  it('lets the sandbox use src/lib and nothing else of src', async () => {
    expect(await problems('sandbox/api/probe.ts', "import { isIsoDate } from '../../src/lib/banking-day.ts';\nexport const probe = isIsoDate;\n")).toEqual([]);
    expect(await problems('sandbox/api/probe.ts', "import { accountsMessages } from '../../src/features/banking/messages.ts';\nexport const probe = accountsMessages;\n")).toEqual([
      expect.stringMatching(/^import-x\/no-restricted-paths: .*src\/lib only/),
    ]);
  });
});

describe('import cycles', () => {
  it('refuses a module that imports one that imports it', async () => {
    // storage.ts imports catalogue.ts; a catalogue importing storage.ts would close the loop.
    expect(await problems('src/storage/catalogue.ts', "import { read } from './storage';\nexport const probe = read;\n")).toEqual([expect.stringMatching(/^import-x\/no-cycle: /)]);
  });
});
