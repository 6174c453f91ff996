import { addDays } from './calendar.ts';
import { mod10CheckDigit, mod11CheckDigit, toIban } from './bank-numbers.ts';
import { SeededRandom } from './prng.ts';
import { PAYMENT_STATUSES } from './model.ts';
import type { Account, Company, Currency, Payment, PaymentStatus, StatementEntry } from './model.ts';

/** The demo user's banking data, generated from fixed seeds relative to one banking day. */
export interface DemoData {
  companies: Company[];
  accounts: Account[];
  /** Newest first. */
  statements: StatementEntry[];
  /** Newest first. */
  payments: Payment[];
}

type Profile = 'operating' | 'tax' | 'currency' | 'savings';

interface AccountSeed {
  AccountNo: string;
  Name: string;
  Currency: Currency;
  ReadyForPayments: boolean;
  profile: Profile;
  entryCount: number;
}

interface CompanySeed {
  company: Company;
  accounts: AccountSeed[];
}

const BIC = 'DNBANOKKXXX';
const STATEMENT_DAYS = 90;

// Account and organisation numbers carry valid MOD11 check digits (bank-numbers.test.ts proves it).
const SEEDS: readonly CompanySeed[] = [
  {
    company: { CompanyId: '100001', Name: 'Nordlys Demo AS', OrganizationNumber: '924567899', Country: 'NO' },
    accounts: [
      { AccountNo: '12074123455', Name: 'Driftskonto', Currency: 'NOK', ReadyForPayments: true, profile: 'operating', entryCount: 180 },
      { AccountNo: '12074123463', Name: 'Skattetrekkskonto', Currency: 'NOK', ReadyForPayments: false, profile: 'tax', entryCount: 24 },
      { AccountNo: '12074455660', Name: 'Valutakonto EUR', Currency: 'EUR', ReadyForPayments: true, profile: 'currency', entryCount: 70 },
    ],
  },
  {
    company: { CompanyId: '100002', Name: 'Fjordtre Demo AS', OrganizationNumber: '931298763', Country: 'NO' },
    accounts: [
      { AccountNo: '15032877114', Name: 'Driftskonto', Currency: 'NOK', ReadyForPayments: true, profile: 'operating', entryCount: 160 },
      { AccountNo: '15032888221', Name: 'Prosjektkonto', Currency: 'NOK', ReadyForPayments: true, profile: 'operating', entryCount: 70 },
      { AccountNo: '15032433445', Name: 'Sparekonto', Currency: 'NOK', ReadyForPayments: false, profile: 'savings', entryCount: 20 },
      { AccountNo: '15032990018', Name: 'Valutakonto EUR', Currency: 'EUR', ReadyForPayments: true, profile: 'currency', entryCount: 60 },
    ],
  },
];

interface EntryTemplate {
  description: string;
  counterparties: readonly string[];
  /** Range in whole currency units; the sign comes from `incoming`. */
  min: number;
  max: number;
  incoming: boolean;
  weight: number;
  reference: (rng: SeededRandom) => string;
}

const kid = (rng: SeededRandom): string => {
  const body = rng.digits(rng.int(7, 14));
  return body + String(mod10CheckDigit(body));
};
const invoiceNo = (rng: SeededRandom): string => `Faktura ${rng.int(10000, 99999)}`;
const cardRef = (rng: SeededRandom): string => `*${rng.digits(4)} ${rng.digits(6)}`;
const transferRef = (rng: SeededRandom): string => `Overføring ${rng.digits(8)}`;

const TEMPLATES: Record<Profile, readonly EntryTemplate[]> = {
  operating: [
    { description: 'Innbetaling faktura', counterparties: ['Havbris Restaurant AS', 'Tindeprosjekt AS', 'Lofoten Sjømat AS', 'Bergli Eiendom AS', 'Solvang Barnehage SA'], min: 2500, max: 125000, incoming: true, weight: 30, reference: kid },
    { description: 'Betaling leverandør', counterparties: ['Kontorservice Norge AS', 'Byggvare Sentralen AS', 'Transportkompaniet AS', 'Datahjelpen AS'], min: 800, max: 60000, incoming: false, weight: 30, reference: invoiceNo },
    { description: 'Kortkjøp', counterparties: ['Rema 1000 Storgata', 'Circle K Ringvei', 'Clas Ohlson Byporten', 'SAS Billett'], min: 50, max: 6000, incoming: false, weight: 25, reference: cardRef },
    { description: 'Husleie', counterparties: ['Bryggen Næringseiendom AS'], min: 18000, max: 18000, incoming: false, weight: 3, reference: invoiceNo },
    { description: 'Lønn', counterparties: ['Lønnsutbetaling ansatte'], min: 40000, max: 160000, incoming: false, weight: 4, reference: transferRef },
    { description: 'Gebyr', counterparties: ['Banken'], min: 15, max: 250, incoming: false, weight: 8, reference: () => 'Kontohold' },
  ],
  tax: [
    { description: 'Overføring skattetrekk', counterparties: ['Egen konto'], min: 12000, max: 45000, incoming: true, weight: 3, reference: transferRef },
    { description: 'Skattetrekk termin', counterparties: ['Skatteetaten'], min: 20000, max: 60000, incoming: false, weight: 1, reference: kid },
  ],
  currency: [
    { description: 'Payment received', counterparties: ['Nordsee Handel GmbH', 'Göteborgs Trä AB', 'Van Dijk Logistics BV', 'Baltic Timber OÜ'], min: 400, max: 25000, incoming: true, weight: 45, reference: (rng) => `INV-${rng.int(2000, 9999)}` },
    { description: 'Payment sent', counterparties: ['Alpen Maschinen GmbH', 'Lyon Composants SAS', 'Milano Design Srl'], min: 200, max: 15000, incoming: false, weight: 40, reference: (rng) => `PO-${rng.int(1000, 9999)}` },
    { description: 'Currency fee', counterparties: ['Banken'], min: 2, max: 25, incoming: false, weight: 15, reference: () => 'SWIFT' },
  ],
  savings: [
    { description: 'Overføring sparing', counterparties: ['Egen konto'], min: 5000, max: 50000, incoming: true, weight: 4, reference: transferRef },
    { description: 'Renter', counterparties: ['Banken'], min: 10, max: 900, incoming: true, weight: 1, reference: () => 'Renter' },
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

function generateEntries(company: Company, seed: AccountSeed, today: string): { entries: StatementEntry[]; bookedCents: number } {
  const rng = new SeededRandom(Number(seed.AccountNo.slice(-9)));
  const entries: StatementEntry[] = [];
  let bookedCents = 0;
  for (let i = 0; i < seed.entryCount; i += 1) {
    const template = pickWeighted(rng, TEMPLATES[seed.profile]);
    const daysAgo = rng.int(0, STATEMENT_DAYS - 1);
    const bookingDate = addDays(today, -daysAgo);
    const cents = rng.int(template.min * 100, template.max * 100) * (template.incoming ? 1 : -1);
    // Only the last two banking days still have transactions the bank has not booked.
    const state = daysAgo <= 1 && rng.chance(0.6) ? 'Pending' : 'Booked';
    if (state === 'Booked') bookedCents += cents;
    entries.push({
      EntryId: rng.uuid(),
      CompanyId: company.CompanyId,
      AccountNo: seed.AccountNo,
      BookingDate: bookingDate,
      ValueDate: template.incoming && rng.chance(0.2) ? addDays(bookingDate, -1) : bookingDate,
      Amount: toAmount(cents),
      Currency: seed.Currency,
      Description: template.description,
      Counterparty: rng.pick(template.counterparties),
      Reference: template.reference(rng),
      State: state,
    });
  }
  return { entries, bookedCents };
}

function randomAccountNo(rng: SeededRandom): string {
  for (;;) {
    const body = rng.digits(10);
    const check = mod11CheckDigit(body);
    if (check !== undefined && body[0] !== '0') return body + String(check);
  }
}

interface Creditor {
  name: string;
  accountNo: string;
}

const NOK_CREDITORS = ['Kontorservice Norge AS', 'Byggvare Sentralen AS', 'Transportkompaniet AS', 'Datahjelpen AS', 'Renhold Vest AS', 'Fjellsikring AS'];
const EUR_CREDITORS = ['Alpen Maschinen GmbH', 'Lyon Composants SAS', 'Milano Design Srl'];

/** How long ago a message in each status was typically created, in days. */
const STATUS_AGE: Record<PaymentStatus, readonly [number, number]> = {
  0: [1, 2],
  1: [1, 3],
  2: [3, 20],
  3: [1, 3],
  4: [1, 4],
  5: [5, 25],
  6: [2, 6],
  7: [7, 40],
  8: [5, 30],
};

// Statuses 2, 5, 7 and 8 are final, so their due dates lie in the past; the others are still to be paid.
const FINAL_STATUSES: ReadonlySet<PaymentStatus> = new Set([2, 5, 7, 8]);

function generatePayments(seed: CompanySeed, today: string): Payment[] {
  const rng = new SeededRandom(Number(seed.company.OrganizationNumber));
  const nokCreditors: Creditor[] = NOK_CREDITORS.map((name) => ({ name, accountNo: randomAccountNo(rng) }));
  const eurCreditors: Creditor[] = EUR_CREDITORS.map((name) => ({ name, accountNo: toIban('DE', rng.digits(18)) }));
  const debitAccounts = seed.accounts.filter((account) => account.ReadyForPayments);
  // Every status appears at least once, plus a few more messages for a realistic mix.
  const statuses: PaymentStatus[] = [...PAYMENT_STATUSES, 7, 7, 0, 4, 6];
  const payments: Payment[] = [];
  for (const status of statuses) {
    const debit = rng.pick(debitAccounts);
    const [minAge, maxAge] = STATUS_AGE[status];
    const createdDate = addDays(today, -rng.int(minAge, maxAge));
    // Times before 20:00 UTC keep "yesterday" in the past even just after midnight in Oslo.
    const time = [rng.int(6, 19), rng.int(0, 59), rng.int(0, 59)].map((n) => String(n).padStart(2, '0')).join(':');
    const createdAt = `${createdDate}T${time}.000Z`;
    const messageId = rng.uuid();
    const count = rng.int(1, 3);
    for (let i = 0; i < count; i += 1) {
      const creditor = rng.pick(debit.Currency === 'EUR' ? eurCreditors : nokCreditors);
      const useKid = debit.Currency === 'NOK' && rng.chance(0.4);
      const cents = debit.Currency === 'EUR' ? rng.int(20000, 1500000) : rng.int(50000, 9000000);
      payments.push({
        PaymentId: rng.uuid(),
        MessageId: messageId,
        CompanyId: seed.company.CompanyId,
        DebitAccountNo: debit.AccountNo,
        CreditAccountNo: creditor.accountNo,
        CreditorName: creditor.name,
        Amount: toAmount(cents),
        Currency: debit.Currency,
        DueDate: FINAL_STATUSES.has(status) ? addDays(createdDate, rng.int(0, 2)) : addDays(today, rng.int(0, 14)),
        Message: useKid ? null : `Faktura ${rng.int(10000, 99999)}`,
        Kid: useKid ? kid(rng) : null,
        Status: status,
        CreatedAt: createdAt,
      });
    }
  }
  return payments;
}

export const byNewestEntry = (a: StatementEntry, b: StatementEntry): number =>
  b.BookingDate.localeCompare(a.BookingDate) || a.EntryId.localeCompare(b.EntryId);

// Sorting is stable, so payments of one message keep the order they were submitted in.
export const byNewestPayment = (a: Payment, b: Payment): number =>
  b.CreatedAt.localeCompare(a.CreatedAt) || a.MessageId.localeCompare(b.MessageId);

/** `today` is the banking day (YYYY-MM-DD) the 90 days of statements end on. */
export function generateDemoData(today: string): DemoData {
  const companies: Company[] = [];
  const accounts: Account[] = [];
  const statements: StatementEntry[] = [];
  const payments: Payment[] = [];
  for (const seed of SEEDS) {
    companies.push(seed.company);
    for (const accountSeed of seed.accounts) {
      const { entries, bookedCents } = generateEntries(seed.company, accountSeed, today);
      statements.push(...entries);
      const rng = new SeededRandom(Number(accountSeed.AccountNo.slice(0, 9)));
      // The opening balance covers any net outflow, so the balance 90 days later is still positive.
      const openingUnits = accountSeed.Currency === 'EUR' ? rng.int(5000, 40000) : rng.int(50000, 400000);
      const openingCents = openingUnits * 100 + Math.max(0, -bookedCents);
      accounts.push({
        CompanyId: seed.company.CompanyId,
        AccountNo: accountSeed.AccountNo,
        Iban: toIban('NO', accountSeed.AccountNo),
        Bic: BIC,
        Name: accountSeed.Name,
        Currency: accountSeed.Currency,
        Balance: toAmount(openingCents + bookedCents),
        ReadyForPayments: accountSeed.ReadyForPayments,
      });
    }
    payments.push(...generatePayments(seed, today));
  }
  statements.sort(byNewestEntry);
  payments.sort(byNewestPayment);
  return { companies, accounts, statements, payments };
}
