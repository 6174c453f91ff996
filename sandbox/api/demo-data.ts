import { mod10CheckDigit, mod11CheckDigit, toIban } from './bank-numbers.ts';
import { addDays, osloDateTime, UNSET_DATE_TIME } from './calendar.ts';
import { SeededRandom } from './prng.ts';
import type {
  Account,
  BankStatementState,
  Company,
  Currency,
  InpaymentState,
  PaymentMessage,
  PaymentRecord,
  ReceivableRecord,
  StatementRecord,
  TransactionState,
} from './model.ts';

/** Who may see what: the identity server's users (sandbox/identity/users.ts) and its service client. */
export const DEMO_SUB = 'demo';
export const APPROVER_SUB = 'approver';
export const SERVICE_CLIENT_ID = 'open-banking-service';

/** Fixed ids, so the README, `npm start` and the tests can name them. */
export const NORDLYS_COMPANY_ID = '3f2b8c1e-5d4a-4e7b-9c61-0a8d2f4b7e15';
export const FJORDTRE_COMPANY_ID = '8a6d4e2f-1b3c-4f5a-8e9d-7c2b1a0f6d34';
/** A company the demo user may not see (only `approver` may), for the "someone else's company" case. */
export const FOREIGN_COMPANY_ID = 'd5e1f7a3-9c2b-4d8e-a6f0-3b7c5e9a1d42';

export const COMPANIES: readonly Company[] = [
  { CompanyId: NORDLYS_COMPANY_ID, name: 'Nordlys Demo AS', visibleTo: [DEMO_SUB, APPROVER_SUB, SERVICE_CLIENT_ID] },
  { CompanyId: FJORDTRE_COMPANY_ID, name: 'Fjordtre Demo AS', visibleTo: [DEMO_SUB, APPROVER_SUB, SERVICE_CLIENT_ID] },
  { CompanyId: FOREIGN_COMPANY_ID, name: 'Sørvest Holding AS', visibleTo: [APPROVER_SUB] },
];

/** The demo data for one banking day. */
export interface DemoData {
  accounts: Account[];
  /** Newest first. */
  statements: StatementRecord[];
  /** Newest first. */
  receivables: ReceivableRecord[];
  /** Newest first. */
  messages: PaymentMessage[];
}

type Profile = 'operating' | 'tax' | 'currency' | 'savings';

interface AccountSeed {
  AccountNumber: string;
  Currency: Currency;
  ReadyForPayments: boolean;
  Ledger: string | null;
  profile: Profile;
  entryCount: number;
  /** A savings account registered without aliases shows `Aliases: null`. */
  aliases: boolean;
}

const BIC = 'DNBANOKKXXX';
const STATEMENT_DAYS = 90;

// Account numbers carry valid MOD11 check digits (demo-data.test.ts proves it).
const ACCOUNT_SEEDS: Record<string, readonly AccountSeed[]> = {
  [NORDLYS_COMPANY_ID]: [
    { AccountNumber: '12074123455', Currency: 'NOK', ReadyForPayments: true, Ledger: '1920', profile: 'operating', entryCount: 110, aliases: true },
    { AccountNumber: '12074123463', Currency: 'NOK', ReadyForPayments: false, Ledger: '1950', profile: 'tax', entryCount: 12, aliases: true },
    { AccountNumber: '12074455660', Currency: 'EUR', ReadyForPayments: true, Ledger: null, profile: 'currency', entryCount: 40, aliases: true },
  ],
  [FJORDTRE_COMPANY_ID]: [
    { AccountNumber: '15032877114', Currency: 'NOK', ReadyForPayments: true, Ledger: '1920', profile: 'operating', entryCount: 100, aliases: true },
    { AccountNumber: '15032888221', Currency: 'NOK', ReadyForPayments: true, Ledger: '1921', profile: 'operating', entryCount: 40, aliases: true },
    { AccountNumber: '15032433445', Currency: 'NOK', ReadyForPayments: false, Ledger: null, profile: 'savings', entryCount: 10, aliases: false },
    { AccountNumber: '15032990018', Currency: 'EUR', ReadyForPayments: true, Ledger: '1925', profile: 'currency', entryCount: 30, aliases: true },
  ],
  [FOREIGN_COMPANY_ID]: [
    { AccountNumber: '15943128879', Currency: 'NOK', ReadyForPayments: true, Ledger: '1920', profile: 'operating', entryCount: 30, aliases: true },
  ],
};

interface EntryTemplate {
  description: string | null;
  counterparties: readonly string[];
  /** Range in whole currency units; the sign comes from `incoming`. */
  min: number;
  max: number;
  incoming: boolean;
  weight: number;
  code: string | null;
  /** How many transactions the bank aggregates into one entry. */
  transactions: readonly [number, number];
  kid: boolean;
}

const TEMPLATES: Record<Profile, readonly EntryTemplate[]> = {
  operating: [
    { description: 'Innbetalinger KID', counterparties: ['OCR-innbetalinger'], min: 8000, max: 250000, incoming: true, weight: 12, code: 'PMNT-RCDT-DMCT', transactions: [2, 25], kid: false },
    { description: 'Innbetaling faktura', counterparties: ['Havbris Restaurant AS', 'Tindeprosjekt AS', 'Lofoten Sjømat AS', 'Bergli Eiendom AS'], min: 2500, max: 125000, incoming: true, weight: 18, code: 'PMNT-RCDT-DMCT', transactions: [1, 1], kid: true },
    { description: 'Betaling leverandør', counterparties: ['Kontorservice Norge AS', 'Byggvare Sentralen AS', 'Transportkompaniet AS', 'Datahjelpen AS'], min: 800, max: 60000, incoming: false, weight: 28, code: 'PMNT-ICDT-DMCT', transactions: [1, 1], kid: false },
    { description: 'Kortkjøp', counterparties: ['Rema 1000 Storgata', 'Circle K Ringvei', 'Clas Ohlson Byporten'], min: 50, max: 6000, incoming: false, weight: 22, code: 'PMNT-CCRD-POSD', transactions: [1, 1], kid: false },
    { description: 'Lønn', counterparties: ['Lønnsutbetaling ansatte'], min: 40000, max: 160000, incoming: false, weight: 4, code: 'PMNT-ICDT-SALA', transactions: [4, 12], kid: false },
    { description: null, counterparties: ['Banken'], min: 15, max: 250, incoming: false, weight: 8, code: null, transactions: [1, 1], kid: false },
  ],
  tax: [
    { description: 'Overføring skattetrekk', counterparties: ['Egen konto'], min: 12000, max: 45000, incoming: true, weight: 3, code: 'PMNT-ICDT-BOOK', transactions: [1, 1], kid: false },
    { description: 'Skattetrekk termin', counterparties: ['Skatteetaten'], min: 20000, max: 60000, incoming: false, weight: 1, code: 'PMNT-ICDT-DMCT', transactions: [1, 1], kid: true },
  ],
  currency: [
    { description: 'Payment received', counterparties: ['Nordsee Handel GmbH', 'Göteborgs Trä AB', 'Van Dijk Logistics BV'], min: 400, max: 25000, incoming: true, weight: 45, code: 'PMNT-RCDT-XBCT', transactions: [1, 1], kid: false },
    { description: 'Payment sent', counterparties: ['Alpen Maschinen GmbH', 'Lyon Composants SAS', 'Milano Design Srl'], min: 200, max: 15000, incoming: false, weight: 40, code: 'PMNT-ICDT-XBCT', transactions: [1, 1], kid: false },
    { description: null, counterparties: ['Banken'], min: 2, max: 25, incoming: false, weight: 15, code: 'ACMT-MDOP-CHRG', transactions: [1, 1], kid: false },
  ],
  savings: [
    { description: 'Overføring sparing', counterparties: ['Egen konto'], min: 5000, max: 50000, incoming: true, weight: 4, code: 'PMNT-ICDT-BOOK', transactions: [1, 1], kid: false },
    { description: 'Renter', counterparties: ['Banken'], min: 10, max: 900, incoming: true, weight: 1, code: null, transactions: [1, 1], kid: false },
  ],
};

function pickWeighted<T extends { weight: number }>(rng: SeededRandom, items: readonly T[]): T {
  const total = items.reduce((sum, item) => sum + item.weight, 0);
  let roll = rng.next() * total;
  for (const item of items) {
    roll -= item.weight;
    if (roll < 0) return item;
  }
  return rng.pick(items);
}

// Amounts are generated in cents so a sum never picks up floating-point dust.
const toAmount = (cents: number): number => cents / 100;

const kid = (rng: SeededRandom): string => {
  const body = rng.digits(rng.int(7, 14));
  return body + String(mod10CheckDigit(body));
};

/** A time of the banking day, with .NET's seven fractional digits. */
function dateTime(rng: SeededRandom, date: string): string {
  const time = [rng.int(6, 17), rng.int(0, 59), rng.int(0, 59)].map((n) => String(n).padStart(2, '0')).join(':');
  return osloDateTime(date, time, rng.digits(7));
}

function randomAccountNumber(rng: SeededRandom): string {
  for (;;) {
    const body = rng.digits(10);
    const check = mod11CheckDigit(body);
    if (check !== undefined && body[0] !== '0') return body + String(check);
  }
}

/** The sandbox's reading of the undocumented BankStatementState: 0 new, 1 fetched, 2 archived. */
function statementState(daysAgo: number): BankStatementState {
  if (daysAgo <= 2) return 0;
  return daysAgo <= 30 ? 1 : 2;
}

function generateStatements(company: Company, seed: AccountSeed, today: string): StatementRecord[] {
  const rng = new SeededRandom(Number(seed.AccountNumber.slice(-9)));
  const records: StatementRecord[] = [];
  for (let i = 0; i < seed.entryCount; i += 1) {
    const template = pickWeighted(rng, TEMPLATES[seed.profile]);
    const daysAgo = rng.int(0, STATEMENT_DAYS - 1);
    const bookingDate = addDays(today, -daysAgo);
    const valueDate = template.incoming && rng.chance(0.2) ? addDays(bookingDate, -1) : bookingDate;
    const cents = rng.int(template.min * 100, template.max * 100) * (template.incoming ? 1 : -1);
    const count = rng.int(...template.transactions);
    const counterparty = rng.pick(template.counterparties);
    records.push({
      CompanyId: company.CompanyId,
      State: statementState(daysAgo),
      hasDetails: count > 1,
      entry: {
        StatementId: rng.uuid(),
        Name: company.name,
        AccountNumber: seed.AccountNumber,
        AccountCurrency: seed.Currency,
        ArchiveReference: rng.digits(9),
        BankInformation: template.code === 'PMNT-RCDT-XBCT' ? `Sender: ${counterparty}` : null,
        StructuredReference: template.kid ? kid(rng) : null,
        Amount: toAmount(cents),
        // Some banks leave the transaction currency out when it is the account's own.
        AmountCurrency: rng.chance(0.3) ? null : seed.Currency,
        Description: template.description === null ? null : count > 1 ? template.description : `${template.description} ${counterparty}`,
        BookingDate: dateTime(rng, bookingDate),
        ValueDate: osloDateTime(valueDate, '00:00:00'),
        BankTransactionCodes: template.code,
        EntryReference: rng.chance(0.8) ? rng.digits(12) : null,
        TransactionCount: count,
      },
    });
  }
  return records;
}

const DEBTORS = ['Havbris Restaurant AS', 'Tindeprosjekt AS', 'Lofoten Sjømat AS', 'Bergli Eiendom AS', 'Solvang Barnehage SA', 'Kari Nordmann', 'Ola Hansen'];
const ADDRESSES = ['Strandgaten 12, 5013 Bergen', 'Storgata 1, 0155 Oslo', null, 'Havnegata 4, 8300 Svolvær'];
const RECEIVABLE_ERRORS = ['KID does not match an open invoice', 'Amount differs from the invoice', 'Unknown debtor account'];

function generateReceivables(company: Company, seed: AccountSeed, today: string): ReceivableRecord[] {
  const rng = new SeededRandom(Number(seed.AccountNumber.slice(0, 9)) + 7);
  const records: ReceivableRecord[] = [];
  const count = seed.profile === 'operating' ? 45 : 0;
  for (let i = 0; i < count; i += 1) {
    const daysAgo = rng.int(0, 60);
    // Recent ones still wait to be transferred to the ledger; a few could not be matched.
    const state: InpaymentState = daysAgo <= 2 ? 0 : rng.chance(0.1) ? 2 : 1;
    const date = addDays(today, -daysAgo);
    const cents = rng.int(50000, 8000000);
    const isCharge = rng.chance(0.05);
    const useKid = !isCharge && rng.chance(0.6);
    const charge = isCharge ? rng.int(500, 2500) : 0;
    records.push({
      CompanyId: company.CompanyId,
      State: state,
      receivable: {
        ReceivableId: rng.uuid(),
        EntryId: rng.chance(0.85) ? rng.uuid() : null,
        EntryReference: rng.chance(0.7) ? rng.digits(12) : null,
        AccountNumber: seed.AccountNumber,
        DebtorAccountNumber: isCharge ? null : randomAccountNumber(rng),
        DebtorName: isCharge ? 'Banken' : rng.pick(DEBTORS),
        DebtorAddress: isCharge ? null : rng.pick(ADDRESSES),
        ArchiveReference: rng.digits(10),
        StructuredReference: useKid ? kid(rng) : null,
        Description: useKid ? null : isCharge ? 'Gebyr innbetaling' : `Faktura ${rng.int(10000, 99999)}`,
        InvoiceNumber: useKid || isCharge ? null : String(rng.int(10000, 99999)),
        BookingDate: dateTime(rng, date),
        ValueDate: osloDateTime(date, '00:00:00'),
        Amount: toAmount(isCharge ? -charge : cents),
        Currency: seed.Currency,
        BookedAmount: toAmount(isCharge ? -charge : cents),
        ExchangeRate: null,
        AccountCurrency: seed.Currency,
        ChargeAmount: isCharge ? toAmount(charge) : null,
        ChargeCurrency: isCharge ? seed.Currency : null,
        Type: isCharge ? 1 : 0,
        BankTransactionCode: isCharge ? 'ACMT-MDOP-CHRG' : 'PMNT-RCDT-DMCT',
        ErrorMessage: state === 2 ? rng.pick(RECEIVABLE_ERRORS) : null,
      },
    });
  }
  return records;
}

const NOK_CREDITORS = ['Kontorservice Norge AS', 'Byggvare Sentralen AS', 'Transportkompaniet AS', 'Datahjelpen AS', 'Renhold Vest AS'];
const EUR_CREDITORS = ['Alpen Maschinen GmbH', 'Lyon Composants SAS', 'Milano Design Srl'];

interface MessageSeed {
  status: TransactionState;
  /** `sub` of the submitting user, or null for the ERP's own client token. */
  submittedBy: string | null;
  approvedBy: string[];
  message: string | null;
  /** How many days ago it was submitted. */
  age: number;
}

/**
 * Messages in each state; the two queued ones show the approval rule (two approvals, the submitter's own submission
 * counting as one): the ERP's needs two approvers, the approver's needs only the demo user.
 */
const MESSAGE_SEEDS: readonly MessageSeed[] = [
  { status: 1, submittedBy: null, approvedBy: [], message: null, age: 1 },
  { status: 1, submittedBy: APPROVER_SUB, approvedBy: [], message: null, age: 2 },
  { status: 0, submittedBy: null, approvedBy: [], message: null, age: 0 },
  { status: 3, submittedBy: DEMO_SUB, approvedBy: [APPROVER_SUB], message: null, age: 2 },
  { status: 4, submittedBy: null, approvedBy: [DEMO_SUB, APPROVER_SUB], message: null, age: 3 },
  { status: 6, submittedBy: DEMO_SUB, approvedBy: [APPROVER_SUB], message: null, age: 4 },
  { status: 7, submittedBy: APPROVER_SUB, approvedBy: [DEMO_SUB], message: null, age: 12 },
  { status: 7, submittedBy: null, approvedBy: [DEMO_SUB, APPROVER_SUB], message: null, age: 30 },
  { status: 5, submittedBy: DEMO_SUB, approvedBy: [APPROVER_SUB], message: 'The creditor account is closed.', age: 8 },
  { status: 2, submittedBy: null, approvedBy: [], message: 'Duplicate of an earlier invoice', age: 6 },
  { status: 8, submittedBy: null, approvedBy: [], message: 'Dismissed by ZData: the payment file was sent twice.', age: 20 },
];

function generateMessages(company: Company, seeds: readonly AccountSeed[], today: string): PaymentMessage[] {
  const rng = new SeededRandom(Number.parseInt(company.CompanyId.slice(0, 8), 16));
  const debitAccounts = seeds.filter((seed) => seed.ReadyForPayments);
  const nokCreditors = NOK_CREDITORS.map((name) => ({ name, account: randomAccountNumber(rng) }));
  const eurCreditors = EUR_CREDITORS.map((name) => ({ name, account: toIban('DE', rng.digits(18)) }));
  return MESSAGE_SEEDS.map((seed): PaymentMessage => {
    const debit = rng.pick(debitAccounts);
    const messageId = rng.uuid();
    const lines = rng.int(1, 3);
    const payments: PaymentRecord[] = [];
    for (let i = 0; i < lines; i += 1) {
      const creditor = rng.pick(debit.Currency === 'EUR' ? eurCreditors : nokCreditors);
      const executionDay = seed.status === 1 || seed.status === 0 ? addDays(today, rng.int(0, 10)) : addDays(today, -seed.age + 1);
      payments.push({
        PaymentId: rng.uuid(),
        SourceReference: seed.submittedBy === null ? `ERP-${rng.int(1000, 9999)}` : rng.chance(0.5) ? `Faktura ${rng.int(10000, 99999)}` : null,
        Status: seed.status,
        // ZData's dismissal leaves the execution date unset, as Aritma's example shows for an unset date.
        ExecutionDate: seed.status === 8 ? UNSET_DATE_TIME : osloDateTime(executionDay, '00:00:00'),
        Message: seed.message,
        Amount: toAmount(debit.Currency === 'EUR' ? rng.int(20000, 1500000) : rng.int(50000, 9000000)),
        Currency: debit.Currency,
        CreditorName: creditor.name,
        CreditorAccountNumber: creditor.account,
      });
    }
    return {
      MessageId: messageId,
      CompanyId: company.CompanyId,
      AccountNumber: debit.AccountNumber,
      submittedBy: seed.submittedBy,
      approvedBy: [...seed.approvedBy],
      payments,
      submittedAt: addDays(today, -seed.age),
    };
  });
}

/** `today` is the banking day (YYYY-MM-DD) the 90 days of statements end on. */
export function generateDemoData(today: string): DemoData {
  const data: DemoData = { accounts: [], statements: [], receivables: [], messages: [] };
  for (const company of COMPANIES) {
    const seeds = ACCOUNT_SEEDS[company.CompanyId] ?? [];
    const groupRng = new SeededRandom(Number.parseInt(company.CompanyId.slice(-8), 16));
    const accountGroupId = groupRng.uuid();
    for (const seed of seeds) {
      const rng = new SeededRandom(Number(seed.AccountNumber.slice(2)));
      data.accounts.push({
        CompanyId: company.CompanyId,
        AccountId: rng.uuid(),
        AccountNumber: seed.AccountNumber,
        Bic: BIC,
        Currency: seed.Currency,
        // The savings account sits in no account group.
        AccountGroupId: seed.profile === 'savings' ? null : accountGroupId,
        Ledger: seed.Ledger,
        // PlusGirot, BankGirot and GiroKonto are Swedish and Danish aliases a Norwegian account does not have.
        Aliases: seed.aliases ? { Iban: toIban('NO', seed.AccountNumber), PlusGirot: null, BankGirot: null, GiroKonto: null } : null,
        ReadyForPayments: seed.ReadyForPayments,
      });
      data.statements.push(...generateStatements(company, seed, today));
      data.receivables.push(...generateReceivables(company, seed, today));
    }
    data.messages.push(...generateMessages(company, seeds, today));
  }
  data.statements.sort((a, b) => b.entry.BookingDate.localeCompare(a.entry.BookingDate));
  data.receivables.sort((a, b) => b.receivable.BookingDate.localeCompare(a.receivable.BookingDate));
  data.messages.sort((a, b) => b.submittedAt.localeCompare(a.submittedAt));
  return data;
}
