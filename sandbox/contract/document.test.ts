import { Validator } from '@seriousme/openapi-schema-validator';
import { describe, expect, it } from 'vitest';
import { Contract } from './contract.ts';
import { CONTRACT_PATH, loadContract } from './document.ts';

describe('the v3 contract file', () => {
  it('is a valid OpenAPI 3.1 document whose every $ref resolves', async () => {
    const validator = new Validator();
    const result = await validator.validate(CONTRACT_PATH);
    expect(result.errors).toBeUndefined();
    expect(result.valid).toBe(true);
    expect(validator.version).toBe('3.1');
    expect(() => validator.resolveRefs()).not.toThrow();
  });

  it('is refused by the same validator when a $ref dangles', async () => {
    const broken = loadContract();
    broken.components.schemas.CompanyAccountsResponse = { $ref: '#/components/schemas/NoSuchSchema' };
    const result = await new Validator().validate(broken as unknown as Record<string, unknown>);
    expect(result.valid).toBe(false);
  });

  it('has schemas that are JSON Schema 2020-12 under Ajv strict mode, which refuses a malformed one', () => {
    expect(() => new Contract(loadContract()).compileAll()).not.toThrow();
    const broken = loadContract();
    broken.components.schemas.ApiLink = { type: 'object', required: 'Rel' };
    expect(() => new Contract(broken).compileAll()).toThrow(/schema is invalid/);
  });

  it('holds every documented operation the app and the sandbox use', () => {
    const { paths } = loadContract();
    const operations = Object.entries(paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(operations.sort()).toEqual(
      [
        'GET /api/v3/accounts/{companyId}',
        'GET /api/v3/statements/{companyId}',
        'GET /api/v3/receivables/{companyId}/{state}',
        'POST /api/v3/payments/{companyId}',
        'GET /api/v3/payments/{messageId}',
        'PUT /api/v3/payments/{messageId}/approve',
        'PUT /api/v3/payments/{messageId}/dismiss',
      ].sort(),
    );
  });

  it('takes a payment submission as application/json-patch+json (documented) and application/json', () => {
    const body = loadContract().paths['/api/v3/payments/{companyId}']?.post?.requestBody;
    expect(Object.keys(body?.content ?? {}).sort()).toEqual(['application/json', 'application/json-patch+json']);
  });

  it('names the values of every integer enum', () => {
    const { schemas } = loadContract().components;
    const enums = Object.entries(schemas).filter(([, schema]) => Array.isArray(schema.enum) && schema.type === 'integer');
    expect(enums.map(([name]) => name)).toEqual(
      expect.arrayContaining(['TransactionState', 'PaymentApproveResult', 'DismissalStatus', 'InpaymentState', 'BankStatementState', 'TransactionType']),
    );
    for (const [name, schema] of enums) {
      const names = schema['x-enum-varnames'];
      expect(Array.isArray(names) ? names.length : 0, name).toBe((schema.enum as unknown[]).length);
    }
  });

  it('gives every undocumented part a one-line reason', () => {
    const text = JSON.stringify(loadContract());
    const marked = text.match(/"x-undocumented":true/g)?.length ?? 0;
    const reasons = [...text.matchAll(/"x-undocumented-reason":"([^"]*)"/g)].map((match) => match[1] ?? '');
    expect(marked).toBeGreaterThan(0);
    expect(reasons).toHaveLength(marked);
    for (const reason of reasons) expect(reason).toMatch(/^[^\n]{10,}$/);
  });
});
