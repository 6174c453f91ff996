// Apart from the form's checks so the texts (on the first page) can name the limits without loading the checks.
export const limits = { creditorName: 70, message: 140, maxAmount: 999_999_999.99, maxDaysAhead: 365, maxLines: 20 } as const;
