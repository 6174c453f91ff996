/** Resource shapes of the Open Banking API v3, PascalCase as in Aritma's documentation. */

export type Currency = 'NOK' | 'EUR';

export interface User {
  UserId: string;
  Name: string;
  Email: string;
  CompanyIds: string[];
}

export interface Company {
  CompanyId: string;
  Name: string;
  OrganizationNumber: string;
  Country: 'NO';
}

export interface Account {
  CompanyId: string;
  AccountNo: string;
  Iban: string;
  Bic: string;
  Name: string;
  Currency: Currency;
  Balance: number;
  ReadyForPayments: boolean;
}

export type EntryState = 'Booked' | 'Pending';

export interface StatementEntry {
  EntryId: string;
  CompanyId: string;
  AccountNo: string;
  BookingDate: string;
  ValueDate: string;
  /** Negative for a debit. */
  Amount: number;
  Currency: Currency;
  Description: string;
  Counterparty: string;
  Reference: string;
  State: EntryState;
}

/** 0 Submitted, 1 Queued for approval, 2 Dismissed by user, 3 Ready for transfer, 4 Pending bank,
 *  5 Rejected by bank, 6 Accepted by bank, 7 Completed, 8 Dismissed by ZData. */
export type PaymentStatus = 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;

export const PAYMENT_STATUSES: readonly PaymentStatus[] = [0, 1, 2, 3, 4, 5, 6, 7, 8];

export interface Payment {
  PaymentId: string;
  MessageId: string;
  CompanyId: string;
  DebitAccountNo: string;
  /** A Norwegian account number, or an IBAN for a payment abroad. */
  CreditAccountNo: string;
  CreditorName: string;
  Amount: number;
  Currency: Currency;
  DueDate: string;
  /** Free text for the creditor; null when the payment carries a KID instead. */
  Message: string | null;
  Kid: string | null;
  Status: PaymentStatus;
  CreatedAt: string;
}

export interface PaymentMessage {
  MessageId: string;
  Payments: Payment[];
}

export interface Link {
  Rel: 'self' | 'first' | 'prev' | 'next' | 'last';
  Href: string;
}

export interface Page<T> {
  Items: T[];
  Total: number;
  Skip: number;
  Take: number;
  Links: Link[];
}
