/** Resource shapes of Aritma's Open Banking API v3 (PascalCase, as in bankservice-v3.openapi.yaml) and the sandbox's records behind them. */

export type Currency = 'NOK' | 'EUR';

export interface ApiLink {
  Rel: string | null;
  Method: string | null;
  Href: string | null;
}

export interface BankAccountAliases {
  Iban: string | null;
  PlusGirot: string | null;
  BankGirot: string | null;
  GiroKonto: string | null;
}

export interface BankAccountResponseWithReadiness {
  AccountId: string;
  AccountNumber: string;
  Bic: string | null;
  Currency: Currency;
  AccountGroupId: string | null;
  Ledger: string | null;
  Aliases: BankAccountAliases | null;
  ReadyForPayments: boolean;
}

/** A demo company: v3 has no company resource, so its name is for people reading the sandbox only. */
export interface Company {
  CompanyId: string;
  name: string;
  /** Subjects (`sub`, or `client_id` for a client's own token) that may see the company. */
  visibleTo: readonly string[];
}

export interface Account extends BankAccountResponseWithReadiness {
  CompanyId: string;
}

/** 0, 1 or 2; Aritma does not say what each means (the sandbox: 0 new, 1 fetched, 2 archived). */
export type BankStatementState = 0 | 1 | 2;

export interface BankStatement {
  StatementId: string | null;
  Name: string | null;
  AccountNumber: string;
  AccountCurrency: string;
  ArchiveReference: string;
  BankInformation: string | null;
  StructuredReference: string | null;
  Amount: number;
  AmountCurrency: string | null;
  Description: string | null;
  BookingDate: string;
  ValueDate: string;
  BankTransactionCodes: string | null;
  EntryReference: string | null;
  TransactionCount: number;
  Links: ApiLink[] | null;
}

export interface StatementRecord {
  CompanyId: string;
  State: BankStatementState;
  /** Whether the entry has a "details" link (aggregated entries do). */
  hasDetails: boolean;
  entry: Omit<BankStatement, 'Links'>;
}

/** InpaymentState: 0 Queued, 1 Transferred, 2 Error. */
export type InpaymentState = 0 | 1 | 2;

export interface ReceivableDto {
  ReceivableId: string;
  EntryId: string | null;
  EntryReference: string | null;
  AccountNumber: string | null;
  DebtorAccountNumber: string | null;
  DebtorName: string | null;
  DebtorAddress: string | null;
  ArchiveReference: string | null;
  StructuredReference: string | null;
  Description: string | null;
  InvoiceNumber: string | null;
  BookingDate: string;
  ValueDate: string;
  Amount: number;
  Currency: string | null;
  BookedAmount: number | null;
  ExchangeRate: number | null;
  AccountCurrency: string | null;
  ChargeAmount: number | null;
  ChargeCurrency: string | null;
  /** TransactionType: 0 Payment, 1 Charge. */
  Type: 0 | 1;
  BankTransactionCode: string | null;
  ErrorMessage: string | null;
}

export interface ReceivableRecord {
  CompanyId: string;
  State: InpaymentState;
  receivable: ReceivableDto;
}

/** TransactionState: 0 Submitted, 1 Queued for approval, 2 Dismissed by user, 3 Ready for transfer, 4 Pending bank,
 *  5 Rejected by bank, 6 Accepted bank, 7 Completed, 8 Dismissed by ZData. */
export type TransactionState = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export interface PaymentStatusResponse {
  PaymentId: string;
  SourceReference: string | null;
  Status: TransactionState;
  ExecutionDate: string;
  Message: string | null;
  Links: ApiLink[] | null;
}

export interface PaymentsByMessageResponse {
  Payments: PaymentStatusResponse[];
  Total: number;
  Links: ApiLink[] | null;
}

/** One payment line as the sandbox keeps it. */
export interface PaymentRecord {
  PaymentId: string;
  SourceReference: string | null;
  Status: TransactionState;
  ExecutionDate: string;
  Message: string | null;
  Amount: number;
  Currency: string;
  CreditorName: string;
  CreditorAccountNumber: string;
}

/** One submitted message: every approval and dismissal acts on all its payments. */
export interface PaymentMessage {
  MessageId: string;
  CompanyId: string;
  AccountNumber: string;
  /** `sub` of the user who submitted it; null when a client submitted it with its own token. */
  submittedBy: string | null;
  /** Users who approved, the submitter not included. */
  approvedBy: string[];
  payments: PaymentRecord[];
  /** When it was submitted (a day, or a date-time for ones sent to this sandbox), for newest-first order. */
  submittedAt: string;
}

/** PaymentApproveResult: 0 already approved by this user, 1 no access to an account, 2 approved, 3 waiting for more
 *  approvals, 4 the submitter may not approve, 5 not found, 6 approval already complete. */
export type PaymentApproveResult = 0 | 1 | 2 | 3 | 4 | 5 | 6;

export interface PaymentApproveResponse {
  Status: PaymentApproveResult;
  ApprovalsRemaining: number;
  Success: boolean;
  Message: string | null;
}

/** DismissalStatus: 0 this user already approved, 1 no access to an account, 2 dismissed, 3 not found,
 *  4 already dismissed, 5 the state does not allow it. */
export type DismissalStatus = 0 | 1 | 2 | 3 | 4 | 5;

export interface DismissPaymentsResponse {
  Status: DismissalStatus;
  Success: boolean;
  Message: string | null;
}
