import { useFormat } from '../../i18n/format';

/** A signed amount: "+" for money in, "−" for money out, with the direction in words for screen readers. */
export function SignedAmount({ amount, currency, inWord, outWord }: { amount: number; currency: string; inWord: string; outWord: string }) {
  const format = useFormat();
  const formatted = format.money(Math.abs(amount), currency);
  const incoming = amount >= 0;
  return (
    <span className={incoming ? 'amount amount-in' : 'amount amount-out'}>
      <span aria-hidden="true">{incoming ? '+' : '−'}</span>
      <span className="visually-hidden">{incoming ? inWord : outWord} </span>
      {formatted}
    </span>
  );
}
