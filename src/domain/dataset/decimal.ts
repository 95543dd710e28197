/**
 * Exact decimals for comparing figures with the numbers a text writes: "10.266 billion" must be
 * exactly 10266000000, which floating point does not promise. A value is `digits × 10^-scale`.
 */
export interface Decimal {
  digits: bigint;
  scale: number;
}

/** Reads "900000", "7.20", "-5" or "900,000" (the sign is dropped: see `canonicalNumber`). */
export function parseDecimal(written: string): Decimal | null {
  const match = /^[-+]?(\d+)(?:\.(\d+))?$/.exec(written.replace(/,/g, ''));
  if (!match) return null;
  const [, whole, fraction = ''] = match;
  return { digits: BigInt(`${whole}${fraction}`), scale: fraction.length };
}

/** The value times 10^power. */
export function scaleDecimal(value: Decimal, power: number): Decimal {
  return { digits: value.digits, scale: value.scale - power };
}

export function decimalFromInteger(value: number | bigint): Decimal {
  return { digits: BigInt(value), scale: 0 };
}

/**
 * One spelling per value: no leading zeros, no trailing fraction zeros, no sign. "7.20" and
 * "7.2" are the same number; "-5" is written "5" because a text says "down 5%", not "-5%".
 */
export function formatDecimal({ digits, scale }: Decimal): string {
  let d = digits < 0n ? -digits : digits;
  let s = scale;
  while (s > 0 && d % 10n === 0n) {
    d /= 10n;
    s--;
  }
  if (s <= 0) return (d * 10n ** BigInt(-s)).toString();
  const padded = d.toString().padStart(s + 1, '0');
  return `${padded.slice(0, -s)}.${padded.slice(-s)}`;
}

/** The canonical spelling of a written decimal, or null when it is not one. */
export function canonicalNumber(written: string): string | null {
  const value = parseDecimal(written.trim());
  return value ? formatDecimal(value) : null;
}
