import { osloToday } from './calendar.ts';
import { byNewestPayment, generateDemoData } from './demo-data.ts';
import type { DemoData } from './demo-data.ts';
import type { Account, Company, Payment, StatementEntry, User } from './model.ts';
import { notFound } from './problem.ts';
import type { Principal } from './token-check.ts';

/** The state of one sandbox instance: demo data for the current banking day plus payments created since start. */
export class Bank {
  private readonly now: () => Date;
  private cached: { day: string; data: DemoData } | undefined;
  private readonly created: Payment[] = [];

  constructor(now: () => Date) {
    this.now = now;
  }

  // Regenerated when the banking day changes, so "the last 90 days" stays true on a long-running server.
  private data(): DemoData {
    const day = osloToday(this.now());
    if (this.cached?.day !== day) this.cached = { day, data: generateDemoData(day) };
    return this.cached.data;
  }

  /** Every signed-in principal is the demo user and sees the same companies. */
  user(principal: Principal): User {
    return {
      UserId: principal.userId,
      Name: principal.name ?? 'Demo User',
      Email: principal.email ?? 'demo@example.com',
      CompanyIds: this.data().companies.map((company) => company.CompanyId),
    };
  }

  companies(_principal: Principal): Company[] {
    return this.data().companies;
  }

  /** Another user's company and one that does not exist look the same: 404. */
  company(principal: Principal, companyId: string): Company {
    const company = this.companies(principal).find((candidate) => candidate.CompanyId === companyId);
    if (company === undefined) throw notFound(`Company ${companyId} does not exist or is not yours.`);
    return company;
  }

  accounts(company: Company): Account[] {
    return this.data().accounts.filter((account) => account.CompanyId === company.CompanyId);
  }

  account(company: Company, accountNo: string): Account | undefined {
    return this.accounts(company).find((account) => account.AccountNo === accountNo);
  }

  statements(company: Company): StatementEntry[] {
    return this.data().statements.filter((entry) => entry.CompanyId === company.CompanyId);
  }

  /** Newest first, created ones included. */
  payments(company: Company): Payment[] {
    return this.allPayments().filter((payment) => payment.CompanyId === company.CompanyId);
  }

  /** The payments of one message, if it belongs to one of the principal's companies. */
  message(principal: Principal, messageId: string): Payment[] {
    const companyIds = new Set(this.companies(principal).map((company) => company.CompanyId));
    const payments = this.allPayments().filter((payment) => payment.MessageId === messageId && companyIds.has(payment.CompanyId));
    if (payments.length === 0) throw notFound(`Payment message ${messageId} does not exist or is not yours.`);
    return payments;
  }

  record(payments: readonly Payment[]): void {
    this.created.push(...payments);
  }

  private allPayments(): Payment[] {
    return [...this.created, ...this.data().payments].sort(byNewestPayment);
  }
}
