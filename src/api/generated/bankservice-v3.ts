// Generated from sandbox/api/bankservice-v3.openapi.yaml by `npm run generate:api`. Do not edit.

export interface paths {
    "/api/v3/accounts/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** A company's bank accounts. */
        get: operations["getAccountsByCompany"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/statements/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /**
         * A company's bank statements (aggregated entries).
         * @description No paging is documented for this operation; a client pages on its own.
         */
        get: operations["getStatementsByAccountAndDateSpan"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/receivables/{companyId}/{state}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** Incoming payments (receivables) of a company in one state. */
        get: operations["getReceivablesByState"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/payments/{companyId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        put?: never;
        /**
         * Submit payments from one debit account of a company.
         * @description The debit AccountNumber must belong to the company and sit in an account group the user can access.
         *     The sandbox also requires it to be ReadyForPayments (x-undocumented below).
         */
        post: operations["createPaymentsForCompany"];
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/payments/{messageId}": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        /** The payments (with their status) of one submitted message. */
        get: operations["getPaymentsByMessageId"];
        put?: never;
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/payments/{messageId}/approve": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /**
         * Approve all payments of a message (user tokens only).
         * @description Sandbox approval rule (x-undocumented): a message needs two approvals; a user's own submission
         *     counts as its first, and the submitter may not approve it again (Status 4).
         */
        put: operations["approvePaymentsByMessageId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
    "/api/v3/payments/{messageId}/dismiss": {
        parameters: {
            query?: never;
            header?: never;
            path?: never;
            cookie?: never;
        };
        get?: never;
        /** Dismiss (reject) all payments of a message (user tokens only). */
        put: operations["dismissPaymentsByMessageId"];
        post?: never;
        delete?: never;
        options?: never;
        head?: never;
        patch?: never;
        trace?: never;
    };
}
export type webhooks = Record<string, never>;
export interface components {
    schemas: {
        /** Format: uuid */
        Guid: string;
        /** @description ISO 8601 date-time with an offset and up to 7 fractional digits, as in Aritma's examples; 0001-01-01T00:00:00 (no offset) means unset. */
        DateTimeOffset: string;
        ApiLink: {
            Rel?: string | null;
            Method?: string | null;
            Href?: string | null;
        };
        /** @description Nullability of the aliases is not documented for responses; the registration model has them as plain strings. */
        BankAccountAliases: {
            Iban?: string | null;
            PlusGirot?: string | null;
            BankGirot?: string | null;
            GiroKonto?: string | null;
        };
        BankAccountResponseWithReadiness: {
            AccountId: components["schemas"]["Guid"];
            AccountNumber: string;
            Bic?: string | null;
            Currency?: string | null;
            /**
             * Format: uuid
             * @description A GUID in Aritma's example.
             */
            AccountGroupId?: string | null;
            /** @description Ledger account, e.g. "1920"; nullable in the registration model. */
            Ledger?: string | null;
            Aliases?: components["schemas"]["BankAccountAliases"] | null;
            ReadyForPayments: boolean;
        };
        CompanyAccountsResponse: {
            CompanyId: components["schemas"]["Guid"];
            Accounts?: components["schemas"]["BankAccountResponseWithReadiness"][] | null;
        };
        /**
         * Format: int32
         * @description Download state of a statement; Aritma does not document what 0, 1 and 2 mean.
         * @enum {integer}
         */
        BankStatementState: 0 | 1 | 2;
        BankStatement: {
            StatementId?: string | null;
            /** @description The account owner. */
            Name?: string | null;
            AccountNumber: string;
            AccountCurrency: string;
            /** @description The bank's reference. */
            ArchiveReference: string;
            BankInformation?: string | null;
            /** @description KID / FIK / OCR. */
            StructuredReference?: string | null;
            /**
             * Format: double
             * @description Payment or fee amount; negative for money out.
             */
            Amount: number;
            AmountCurrency?: string | null;
            /** @description Free-text payment message. */
            Description?: string | null;
            BookingDate: components["schemas"]["DateTimeOffset"];
            ValueDate: components["schemas"]["DateTimeOffset"];
            /** @description Domain-Family-SubFamily, e.g. PMNT-ICDT-DMCT. */
            BankTransactionCodes?: string | null;
            EntryReference?: string | null;
            /**
             * Format: int32
             * @description Number of transactions behind this (aggregated) entry.
             */
            TransactionCount?: number;
            /** @description Rel e.g. "details"; the Href paths are not documented (the list was cut short). */
            Links?: components["schemas"]["ApiLink"][] | null;
        };
        StatementsResponse: {
            Statements?: components["schemas"]["BankStatement"][] | null;
        };
        /**
         * Format: int32
         * @enum {integer}
         */
        InpaymentState: 0 | 1 | 2;
        /**
         * Format: int32
         * @enum {integer}
         */
        TransactionType: 0 | 1;
        /** @description Aritma's field list was cut short; the fields after InvoiceNumber come from the example and the batch twin of this operation. */
        ReceivableDto: {
            ReceivableId: components["schemas"]["Guid"];
            /**
             * Format: uuid
             * @description Id of the statement entry.
             */
            EntryId?: string | null;
            EntryReference?: string | null;
            /** @description The credited account. */
            AccountNumber?: string | null;
            DebtorAccountNumber?: string | null;
            DebtorName?: string | null;
            DebtorAddress?: string | null;
            ArchiveReference?: string | null;
            /** @description KID / FIK / OCR. */
            StructuredReference?: string | null;
            Description?: string | null;
            InvoiceNumber?: string | null;
            BookingDate?: components["schemas"]["DateTimeOffset"];
            ValueDate?: components["schemas"]["DateTimeOffset"];
            /** Format: double */
            Amount?: number;
            Currency?: string | null;
            /** Format: double */
            BookedAmount?: number | null;
            /** Format: double */
            ExchangeRate?: number | null;
            AccountCurrency?: string | null;
            /** Format: double */
            ChargeAmount?: number | null;
            ChargeCurrency?: string | null;
            Type?: components["schemas"]["TransactionType"];
            BankTransactionCode?: string | null;
            ErrorMessage?: string | null;
        };
        ReceivablesResponse: {
            State: components["schemas"]["InpaymentState"];
            Receivables: components["schemas"]["ReceivableDto"][];
            /**
             * Format: int32
             * @description All receivables matching the filters, across pages.
             */
            Total?: number;
        };
        /**
         * Format: int32
         * @enum {integer}
         */
        TransactionState: 0 | 1 | 2 | 3 | 4 | 5 | 6 | 7 | 8;
        PaymentStatusResponse: {
            PaymentId: components["schemas"]["Guid"];
            SourceReference?: string | null;
            Status: components["schemas"]["TransactionState"];
            readonly ExecutionDate?: components["schemas"]["DateTimeOffset"];
            Message?: string | null;
            /** @description Rel "payment" points at /api/v3/payments/{messageId}/{paymentId}, an operation whose page was not captured. */
            Links?: components["schemas"]["ApiLink"][] | null;
        };
        PaymentsByMessageResponse: {
            Payments: components["schemas"]["PaymentStatusResponse"][];
            /** Format: int32 */
            Total: number;
            /** @description Rel "first" is documented; the sandbox adds "next" and "previous" where there are such pages (x-undocumented). */
            Links?: components["schemas"]["ApiLink"][] | null;
        };
        /**
         * Format: int32
         * @enum {integer}
         */
        PaymentMethod: 1 | 2;
        /**
         * Format: int32
         * @enum {integer}
         */
        Priority: 1 | 2 | 3;
        /**
         * Format: int32
         * @enum {integer}
         */
        PaymentPurpose: 1 | 2 | 3 | 4 | 5;
        /** @description Aritma's field list was cut short after Bic; further fields may exist. */
        Creditor: {
            Name: string;
            /** @description ISO 3166 alpha-2, e.g. NO. */
            CountryCode: string;
            /** @description A Norwegian account number, or an IBAN for a payment abroad. */
            AccountNumber: string;
            Bic?: string | null;
        };
        PaymentLine: {
            PaymentMethod?: components["schemas"]["PaymentMethod"] | null;
            Priority?: components["schemas"]["Priority"] | null;
            PaymentPurpose?: components["schemas"]["PaymentPurpose"] | null;
            /** @description Aritma says only "string"; the sandbox takes a date (YYYY-MM-DD) or a date-time with offset. */
            ExecutionDate: string;
            /** @description The sender's own reference, e.g. from the ERP. */
            SourceReference: string;
            /** Format: int32 */
            RegulatoryReportingCode?: number | null;
            RegulatoryReportingInfo?: string | null;
            /**
             * Format: double
             * @description Invoice amount; credit notes (negative) are accepted.
             */
            Amount: number;
            Currency: string;
            /** @description KID / FIK / OCR / creditor reference. */
            StructuredReference?: string | null;
            InvoiceNo?: string | null;
            /** @description Invoice message. */
            Description?: string | null;
            /** @description Text for the beneficiary's statement. */
            StatementMessage?: string | null;
            Creditor: components["schemas"]["Creditor"];
        };
        CreatePaymentsRequest: {
            /** @description Chosen by the client, once per intended submission; later names it in GET, approve and dismiss. */
            MessageId: string;
            /** @description The debit account; it must belong to the company. */
            AccountNumber: string;
            /** @description One transfer per creditor line; not usable with credit notes. */
            SinglePayments?: boolean | null;
            PaymentLines: components["schemas"]["PaymentLine"][];
        };
        /**
         * Format: int32
         * @enum {integer}
         */
        PaymentApproveResult: 0 | 1 | 2 | 3 | 4 | 5 | 6;
        PaymentApproveResponse: {
            Status: components["schemas"]["PaymentApproveResult"];
            /**
             * Format: int32
             * @description Approvals still needed before the payments go to the bank.
             */
            ApprovalsRemaining: number;
            Success: boolean;
            Message?: string | null;
        };
        /**
         * Format: int32
         * @enum {integer}
         */
        DismissalStatus: 0 | 1 | 2 | 3 | 4 | 5;
        DismissPaymentsRequest: {
            /** @description Why the payments are rejected. */
            Reason?: string | null;
        };
        DismissPaymentsResponse: {
            Status: components["schemas"]["DismissalStatus"];
            Success: boolean;
            Message?: string | null;
        };
        /** @description RFC 9457 problem details, as the sandbox sends them; Aritma documents no error body. */
        ProblemDetails: {
            type?: string;
            title: string;
            status: number;
            detail?: string;
            /** @description Field path to what is wrong with it. */
            errors?: {
                [key: string]: string[];
            };
        };
    };
    responses: {
        /** @description The request is invalid. */
        BadRequest: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description No valid access token with the bankservice scope. */
        Unauthorized: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The company exists but the token's user (or client) may not see it. */
        CompanyForbidden: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The token is a client's own (client_credentials), or lacks the bankservice scope. */
        UserTokenRequired: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description Nothing at this address for the token's user. */
        NotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description No message with this id among the companies the token's user may see. */
        MessageNotFound: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The body is larger than the sandbox accepts. */
        PayloadTooLarge: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
        /** @description The body is not JSON. */
        UnsupportedMediaType: {
            headers: {
                [name: string]: unknown;
            };
            content: {
                "application/problem+json": components["schemas"]["ProblemDetails"];
            };
        };
    };
    parameters: {
        CompanyId: string;
        /** @description The MessageId the client chose when it submitted the payments. */
        MessageId: string;
        Take: number;
        Skip: number;
    };
    requestBodies: never;
    headers: never;
    pathItems: never;
}
export type $defs = Record<string, never>;
export interface operations {
    getAccountsByCompany: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                companyId: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The company's accounts. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["CompanyAccountsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CompanyForbidden"];
            /** @description No accounts found for the company (documented); the sandbox also answers so for a company id it does not know. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    getStatementsByAccountAndDateSpan: {
        parameters: {
            query?: {
                /** @description Filter on account number. */
                accountNo?: string;
                /** @description Must be sent together with toDate. */
                fromDate?: string;
                /** @description Must be sent together with fromDate. */
                toDate?: string;
                /** @description Download state of the statements. */
                state?: components["schemas"]["BankStatementState"];
            };
            header?: never;
            path: {
                companyId: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The statements. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["StatementsResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CompanyForbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    getReceivablesByState: {
        parameters: {
            query?: {
                /** @description Filter on the credited account number. */
                account?: string;
                fromDate?: string;
                toDate?: string;
                take?: components["parameters"]["Take"];
                skip?: components["parameters"]["Skip"];
            };
            header?: never;
            path: {
                companyId: components["parameters"]["CompanyId"];
                state: components["schemas"]["InpaymentState"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of receivables. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["ReceivablesResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CompanyForbidden"];
            404: components["responses"]["NotFound"];
        };
    };
    createPaymentsForCompany: {
        parameters: {
            query?: never;
            header?: {
                "Idempotency-Key"?: string;
            };
            path: {
                companyId: components["parameters"]["CompanyId"];
            };
            cookie?: never;
        };
        requestBody: {
            content: {
                "application/json-patch+json": components["schemas"]["CreatePaymentsRequest"];
                "application/json": components["schemas"]["CreatePaymentsRequest"];
            };
        };
        responses: {
            /** @description The submission, as GET /api/v3/payments/{messageId} would show it. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsByMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["CompanyForbidden"];
            404: components["responses"]["NotFound"];
            /** @description A message with this MessageId exists already; nothing new was created. */
            409: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
    getPaymentsByMessageId: {
        parameters: {
            query?: {
                skip?: number;
                take?: number;
            };
            header?: never;
            path: {
                /** @description The MessageId the client chose when it submitted the payments. */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description One page of the message's payments. */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentsByMessageResponse"];
                };
            };
            400: components["responses"]["BadRequest"];
            401: components["responses"]["Unauthorized"];
            /** @description No message with this id among the companies the token may see. */
            404: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/problem+json": components["schemas"]["ProblemDetails"];
                };
            };
        };
    };
    approvePaymentsByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MessageId the client chose when it submitted the payments. */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: never;
        responses: {
            /** @description The approval was counted (Status 2 or 3). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentApproveResponse"];
                };
            };
            /** @description The approval was refused; Status says why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["PaymentApproveResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UserTokenRequired"];
            404: components["responses"]["MessageNotFound"];
        };
    };
    dismissPaymentsByMessageId: {
        parameters: {
            query?: never;
            header?: never;
            path: {
                /** @description The MessageId the client chose when it submitted the payments. */
                messageId: components["parameters"]["MessageId"];
            };
            cookie?: never;
        };
        requestBody?: {
            content: {
                "application/json-patch+json": components["schemas"]["DismissPaymentsRequest"];
                "application/json": components["schemas"]["DismissPaymentsRequest"];
            };
        };
        responses: {
            /** @description The message was dismissed (Status 2). */
            200: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DismissPaymentsResponse"];
                };
            };
            /** @description The dismissal was refused; Status says why. */
            400: {
                headers: {
                    [name: string]: unknown;
                };
                content: {
                    "application/json": components["schemas"]["DismissPaymentsResponse"];
                };
            };
            401: components["responses"]["Unauthorized"];
            403: components["responses"]["UserTokenRequired"];
            404: components["responses"]["MessageNotFound"];
            413: components["responses"]["PayloadTooLarge"];
            415: components["responses"]["UnsupportedMediaType"];
        };
    };
}
