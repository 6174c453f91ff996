import type { Bank } from './bank.ts';
import type { RouteContext, RouteHandler } from './handler.ts';
import type { BankStatement, Company } from './model.ts';
import { approve, createPayments, dismiss, paymentsPage } from './payments.ts';
import { HttpProblem, notFound } from './problem.ts';
import { companyPath, inpaymentState, pagingQuery, queryObject, receivablesQuery, statementQuery } from './query.ts';
import type { ApiResponse } from './respond.ts';
import type { Route } from './router.ts';
import { parseOrThrow } from './validation.ts';

/** The operations of bankservice-v3.openapi.yaml, and nothing else. */

const ok = (body: unknown): ApiResponse => ({ status: 200, body });

function companyOf(bank: Bank, ctx: RouteContext): Company {
  const { companyId } = parseOrThrow(companyPath, { companyId: ctx.param('companyId') });
  return bank.company(ctx.principal, companyId);
}

/** Approve and dismiss act for a person; Aritma allows them with user tokens only. */
function requireUser(ctx: RouteContext): string {
  if (ctx.principal.kind !== 'user') {
    throw new HttpProblem(403, 'user-token-required', 'Forbidden', 'Approving and dismissing payments needs a user token (implicit or authorization code), not a client token.');
  }
  return ctx.principal.userId;
}

/** 200 when the result is a success, 400 with the same body when not, as Aritma documents for approve and dismiss. */
const result = (body: { Success: boolean }): ApiResponse => ({ status: body.Success ? 200 : 400, body });

export function createRoutes(bank: Bank): Route<RouteHandler>[] {
  return [
    {
      method: 'GET',
      pattern: '/api/v3/accounts/:companyId',
      handler: (ctx) => {
        const company = companyOf(bank, ctx);
        const accounts = bank.accounts(company).map(({ CompanyId: _companyId, ...account }) => account);
        if (accounts.length === 0) throw notFound(`Company ${company.CompanyId} has no accounts.`);
        return ok({ CompanyId: company.CompanyId, Accounts: accounts });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/statements/:companyId',
      handler: (ctx) => {
        const company = companyOf(bank, ctx);
        const query = parseOrThrow(statementQuery, queryObject(ctx.url));
        const base = ctx.url.origin;
        const statements: BankStatement[] = bank
          .statements(company)
          .filter((record) => {
            const booked = Date.parse(record.entry.BookingDate.replace(/(\.\d{3})\d+/, '$1'));
            return (
              (query.accountNo === undefined || query.accountNo === '' || record.entry.AccountNumber === query.accountNo) &&
              (query.fromDate === undefined || booked >= query.fromDate) &&
              (query.toDate === undefined || booked <= query.toDate) &&
              (query.state === undefined || record.State === query.state)
            );
          })
          .map((record) => ({
            ...record.entry,
            // Aritma documents the "details" rel but not where it points; this path is the sandbox's guess and it serves nothing there.
            Links: record.hasDetails ? [{ Rel: 'details', Method: 'GET', Href: `${base}/api/v3/statements/${company.CompanyId}/${record.entry.StatementId ?? ''}` }] : null,
          }));
        return ok({ Statements: statements });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/receivables/:companyId/:state',
      handler: (ctx) => {
        const company = companyOf(bank, ctx);
        const { state } = parseOrThrow(inpaymentState, { state: ctx.param('state') });
        const query = parseOrThrow(receivablesQuery, queryObject(ctx.url));
        const matching = bank.receivables(company, state).filter((record) => {
          const booked = Date.parse(record.receivable.BookingDate.replace(/(\.\d{3})\d+/, '$1'));
          return (
            (query.account === undefined || query.account === '' || record.receivable.AccountNumber === query.account) &&
            (query.fromDate === undefined || booked >= query.fromDate) &&
            (query.toDate === undefined || booked <= query.toDate)
          );
        });
        return ok({
          State: state,
          Receivables: matching.slice(query.skip, query.skip + query.take).map((record) => record.receivable),
          Total: matching.length,
        });
      },
    },
    {
      method: 'GET',
      pattern: '/api/v3/payments/:messageId',
      handler: (ctx) => {
        const paging = parseOrThrow(pagingQuery, queryObject(ctx.url));
        return ok(paymentsPage(bank.message(ctx.principal, ctx.param('messageId')), paging, ctx.url.origin));
      },
    },
    {
      method: 'POST',
      pattern: '/api/v3/payments/:companyId',
      handler: async (ctx) => {
        const company = companyOf(bank, ctx);
        const message = createPayments(bank, ctx.principal, company, await ctx.readJson(), ctx.now);
        return ok(paymentsPage(message, { skip: 0, take: 100 }, ctx.url.origin));
      },
    },
    {
      method: 'PUT',
      pattern: '/api/v3/payments/:messageId/approve',
      handler: (ctx) => {
        const userId = requireUser(ctx);
        return result(approve(bank.message(ctx.principal, ctx.param('messageId')), userId));
      },
    },
    {
      method: 'PUT',
      pattern: '/api/v3/payments/:messageId/dismiss',
      handler: async (ctx) => {
        const userId = requireUser(ctx);
        const message = bank.message(ctx.principal, ctx.param('messageId'));
        return result(dismiss(message, userId, await ctx.readJson({ optional: true })));
      },
    },
  ];
}
