/** Check digits of Norwegian account numbers (MOD11) and IBANs (ISO 13616, MOD97). */

/** Spaces and dots people type in "1207 41 23455" or "NO93 8601 1117 947" go; letters become capitals. */
export function normalizeAccountNumber(input: string): string {
  return input.replace(/[\s.]/g, '').toUpperCase();
}

/** 11 digits whose last is the MOD11 check digit of the first ten (weights 2..7 from the right). */
export function isNorwegianAccountNo(value: string): boolean {
  if (!/^\d{11}$/.test(value)) return false;
  let sum = 0;
  for (let i = 0; i < 10; i += 1) sum += Number(value[9 - i]) * (2 + (i % 6));
  const check = (11 - (sum % 11)) % 11;
  // A remainder that needs the check digit 10 is never issued.
  return check !== 10 && check === Number(value[10]);
}

export function isValidIban(value: string): boolean {
  if (!/^[A-Z]{2}\d{2}[A-Z0-9]{11,30}$/.test(value)) return false;
  const rearranged = value.slice(4) + value.slice(0, 4);
  let remainder = 0;
  for (const char of rearranged) {
    const digits = /[A-Z]/.test(char) ? String(char.charCodeAt(0) - 55) : char;
    for (const digit of digits) remainder = (remainder * 10 + Number(digit)) % 97;
  }
  return remainder === 1;
}
