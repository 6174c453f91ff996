import type { Bank } from './bank.ts';
import type { RouteContext, RouteHandler } from './handler.ts';
import { fingerprint, IdempotencyStore } from './idempotency.ts';
import type { PaymentMessage } from './model.ts';
import { paginate } from './pagination.ts';
import { createPayments } from './payments.ts';
import { HttpProblem, notFound, validationProblem } from './problem.ts';
import { pagingQuery, paymentQuery, queryObject, statementQuery } from './query.ts';
import type { ApiResponse } from './respond.ts';
import type { Route } from './router.ts';
import { parseOrThrow } from './validation.ts';

/** The Open Banking API v3 resources this sandbox serves. */

const ok = (body: unknown): ApiResponse => ({ status: 200, body });

const MAX_IDEMPOTENCY_KEY_LENGTH = 255;

function idempotencyKey(ctx: RouteContext): string {
  const key = ctx.header('Idempotency-Key')?.trim() ?? '';
  if (key === '') throw validationProblem({ 'Idempotency-Key': ['header is required: send a unique value (e.g. a UUID) per payment message'] });
  if (key.length > MAX_IDEMPOTENCY_KEY_LENGTH) {
    throw validationProblem({ 'Idempotency-Key': [`header must be at most ${MAX_IDEMPOTENCY_KEY_LENGTH} characters`] });
  }
  return key;
}

export function createRoutes(bank: Bank): Route<RouteHandler>[] {
  const idempotency = new IdempotencyStore<PaymentMessage>();

  const createPaymentMessage: RouteHandler = async (ctx) => {
    const company = bank.company(ctx.principal, ctx.param('companyId'));
    const key = idempotencyKey(ctx);
    const body = await ctx.readJson();
    // Keys are per principal, so one client cannot replay or block another's.
    const outcome = await idempotency.run(`${ctx.principal.userId}\n${key}`, fingerprint(company.CompanyId, body), async () =>
      createPayments(bank, company, body, ctx.now),
    );
    if (outcome.kind === 'conflict') {
      throw new HttpProblem(
        422,
        'idempotency-key-reused',
        'Idempotency-Key reused',
        `Idempotency-Key ${key} was already used for a different request; use a new key for a new payment message.`,
      );
    }
    const headers: Record<string, string> = { Location: new URL(`/api/v3/payments/${outcome.result.MessageId}`, ctx.url).href };
    if (outcome.kind === 'replayed') headers['Idempotent-Replayed'] = 'true';
    return { status: 201, headers, body: outcome.result };
  };

  return [
    { method: 'GET', pattern: '/api/v3/user', handler: (ctx) => ok(bank.user(ctx.principal)) },
    {
      method: 'GET',
      pattern: '/api/v3/companies',
      handler: (ctx) => ok(paginate(bank.companies(ctx.principal), parseOrThrow(pagingQuery, queryObject(ctx.url)), ctx.url)),
    },
    {
      method: 'GET',
      pattern: '/api/v3/companies/:companyId/accounts',
      handler: (ctx) => {
        const company = bank.company(ctx.principal, ctx.param('companyId'));
        return ok(paginate(bank.accounts(company), parseOrThrow(pagingQuery, queryObject(ctx.url)), ctx.url));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/companies/:companyId/accounts/:accountNo',
      handler: (ctx) => {
        const company = bank.company(ctx.principal, ctx.param('companyId'));
        const account = bank.account(company, ctx.param('accountNo'));
        if (account === undefined) throw notFound(`Account ${ctx.param('accountNo')} is not an account of company ${company.CompanyId}.`);
        return ok(account);
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/statements/:companyId',
      handler: (ctx) => {
        const company = bank.company(ctx.principal, ctx.param('companyId'));
        const query = parseOrThrow(statementQuery, queryObject(ctx.url));
        if (query.accountNo !== undefined && bank.account(company, query.accountNo) === undefined) {
          throw validationProblem({ accountNo: [`is not an account of company ${company.CompanyId}`] });
        }
        const entries = bank
          .statements(company)
          .filter(
            (entry) =>
              (query.accountNo === undefined || entry.AccountNo === query.accountNo) &&
              (query.fromDate === undefined || entry.BookingDate >= query.fromDate) &&
              (query.toDate === undefined || entry.BookingDate <= query.toDate) &&
              (query.state === undefined || entry.State === query.state),
          );
        return ok(paginate(entries, query, ctx.url));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/companies/:companyId/payments',
      handler: (ctx) => {
        const company = bank.company(ctx.principal, ctx.param('companyId'));
        const query = parseOrThrow(paymentQuery, queryObject(ctx.url));
        const payments = bank.payments(company).filter((payment) => query.status === undefined || payment.Status === query.status);
        return ok(paginate(payments, query, ctx.url));
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/payments/:messageId',
      handler: (ctx) => ok(paginate(bank.message(ctx.principal, ctx.param('messageId')), parseOrThrow(pagingQuery, queryObject(ctx.url)), ctx.url)),
    },
    { method: 'POST', pattern: '/api/v3/payments/:companyId', handler: createPaymentMessage },
  ];
}
