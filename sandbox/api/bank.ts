import { osloToday } from './calendar.ts';
import { COMPANIES, generateDemoData } from './demo-data.ts';
import type { DemoData } from './demo-data.ts';
import type { Account, Company, InpaymentState, PaymentMessage, ReceivableRecord, StatementRecord } from './model.ts';
import { HttpProblem, notFound } from './problem.ts';
import type { Principal } from './token-check.ts';

/** The state of one sandbox instance: demo data for the current banking day plus the messages submitted since start. */
export class Bank {
  private readonly now: () => Date;
  private cached: { day: string; data: DemoData } | undefined;
  private readonly submitted: PaymentMessage[] = [];

  constructor(now: () => Date) {
    this.now = now;
  }

  // Regenerated when the banking day changes, so "the last 90 days" stays true on a long-running server
  // (approvals given to demo messages that day go with it; submitted messages stay).
  private data(): DemoData {
    const day = osloToday(this.now());
    if (this.cached?.day !== day) this.cached = { day, data: generateDemoData(day) };
    return this.cached.data;
  }

  /**
   * The company, if the token's user (or client) may see it. An unknown id is 404, as Aritma documents for a company
   * without accounts; someone else's company is 403 (undocumented), so a mistyped id and a foreign one read differently.
   */
  company(principal: Principal, companyId: string): Company {
    const company = COMPANIES.find((candidate) => candidate.CompanyId.toLowerCase() === companyId.toLowerCase());
    if (company === undefined) throw notFound(`No company ${companyId} has accounts here.`);
    if (!company.visibleTo.includes(principal.userId)) {
      throw new HttpProblem(403, 'company-forbidden', 'Forbidden', `The signed-in user may not see company ${companyId}.`);
    }
    return company;
  }

  accounts(company: Company): Account[] {
    return this.data().accounts.filter((account) => account.CompanyId === company.CompanyId);
  }

  account(company: Company, accountNumber: string): Account | undefined {
    return this.accounts(company).find((account) => account.AccountNumber === accountNumber);
  }

  statements(company: Company): StatementRecord[] {
    return this.data().statements.filter((record) => record.CompanyId === company.CompanyId);
  }

  receivables(company: Company, state: InpaymentState): ReceivableRecord[] {
    return this.data().receivables.filter((record) => record.CompanyId === company.CompanyId && record.State === state);
  }

  private allMessages(): PaymentMessage[] {
    return [...this.submitted, ...this.data().messages];
  }

  /** Whether any company already has a message with this id: MessageId alone names a message in GET, approve and dismiss. */
  hasMessage(messageId: string): boolean {
    return this.allMessages().some((message) => message.MessageId === messageId);
  }

  /** A message of a company the principal may see; any other is "not found", so ids of others' messages leak nothing. */
  message(principal: Principal, messageId: string): PaymentMessage {
    const message = this.allMessages().find(
      (candidate) => candidate.MessageId === messageId && COMPANIES.some((company) => company.CompanyId === candidate.CompanyId && company.visibleTo.includes(principal.userId)),
    );
    if (message === undefined) throw notFound(`No payment message ${messageId} among the companies the signed-in user may see.`);
    return message;
  }

  /** The demo messages of a company, newest first; for tests and the start banner. */
  demoMessages(companyId: string): PaymentMessage[] {
    return this.data().messages.filter((message) => message.CompanyId === companyId);
  }

  record(message: PaymentMessage): void {
    this.submitted.unshift(message);
  }
}
