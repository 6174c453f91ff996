/** Check digits of Norwegian account numbers, organisation numbers, KIDs and IBANs. */

/** MOD11 with weights 2..7 from the right, as used by account numbers, organisation numbers and KID. */
export function mod11CheckDigit(digits: string): number | undefined {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    sum += digit * (2 + (i % 6));
  }
  const check = 11 - (sum % 11);
  if (check === 11) return 0;
  // A remainder of 10 has no digit: such numbers are never issued.
  return check === 10 ? undefined : check;
}

/** Luhn (MOD10), the other check digit KIDs may use. */
export function mod10CheckDigit(digits: string): number {
  let sum = 0;
  for (let i = 0; i < digits.length; i += 1) {
    const digit = Number(digits[digits.length - 1 - i]);
    const weighted = i % 2 === 0 ? digit * 2 : digit;
    sum += weighted > 9 ? weighted - 9 : weighted;
  }
  return (10 - (sum % 10)) % 10;
}

function hasCheckDigit(value: string, length: number): boolean {
  if (!new RegExp(`^\\d{${length}}$`).test(value)) return false;
  return mod11CheckDigit(value.slice(0, -1)) === Number(value.slice(-1));
}

export const isNorwegianAccountNo = (value: string): boolean => hasCheckDigit(value, 11);

export const isOrganizationNumber = (value: string): boolean => hasCheckDigit(value, 9);

export function isValidKid(value: string): boolean {
  if (!/^\d{2,25}$/.test(value)) return false;
  const body = value.slice(0, -1);
  const check = Number(value.slice(-1));
  return mod10CheckDigit(body) === check || mod11CheckDigit(body) === check;
}

function ibanRemainder(rearranged: string): number {
  const numeric = rearranged.replace(/[A-Z]/g, (letter) => String(letter.charCodeAt(0) - 55));
  let remainder = 0;
  for (const char of numeric) remainder = (remainder * 10 + Number(char)) % 97;
  return remainder;
}

/** Builds an IBAN (ISO 13616) from a country code and the national account number (BBAN). */
export function toIban(country: string, bban: string): string {
  const check = 98 - ibanRemainder(`${bban}${country}00`);
  return `${country}${String(check).padStart(2, '0')}${bban}`;
}

export function isValidIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  return ibanRemainder(value.slice(4) + value.slice(0, 4)) === 1;
}
