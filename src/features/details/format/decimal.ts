/**
 * Decimal strings ("900000", "10.22", "-0.0745") taken apart, so that digits can be counted and
 * the point moved exactly, then handed to Intl as strings, which Intl formats exactly (ES2023):
 * no digit is lost to floating point.
 */
export interface Decimal {
  negative: boolean;
  /** Integer digits without leading zeros ("" for zero). */
  integer: string;
  /** Fraction digits as written, trailing zeros kept: "7.450" keeps three decimals. */
  fraction: string;
}

const DECIMAL = /^(-?)(\d+)(?:\.(\d+))?$/;

export function parseDecimal(text: string): Decimal {
  const match = DECIMAL.exec(text.trim());
  if (!match) {
    // The schema guarantees the form; this only guards callers that skip validation.
    throw new RangeError(`"${text}" is not a plain decimal number`);
  }
  const [, sign = '', integer = '', fraction = ''] = match;
  return { negative: sign === '-', integer: integer.replace(/^0+/, ''), fraction };
}

/** The decimal as the exact string Intl accepts ("-0.0745"). */
export function decimalString({ negative, integer, fraction }: Decimal): Intl.StringNumericLiteral {
  const text = `${negative ? '-' : ''}${integer || '0'}${fraction ? `.${fraction}` : ''}`;
  return text as Intl.StringNumericLiteral;
}

/** Moves the decimal point left: 45 → 0.45 for a percentage, without floating point. */
export function shiftLeft(value: Decimal, places: number): Decimal {
  const integer = value.integer.padStart(places, '0');
  const cut = integer.length - places;
  return {
    negative: value.negative,
    integer: integer.slice(0, cut).replace(/^0+/, ''),
    fraction: integer.slice(cut) + value.fraction,
  };
}

/** Significant digits, ignoring zeros that only place the point (10220000 → 4). */
function significantDigits({ integer, fraction }: Decimal): number {
  const digits = (integer + fraction).replace(/^0+/, '').replace(/0+$/, '');
  return Math.max(digits.length, 1);
}

// Intl's limits: 20 fraction digits is the ceiling in older engines (Node 20), 21 significant.
export const MAX_FRACTION_DIGITS = 20;
const MAX_SIGNIFICANT_DIGITS = 21;

/** Exactly the decimals the value was written with: "10.20" stays "10.20". */
export function fractionDigits(value: Decimal): Intl.NumberFormatOptions {
  const digits = value.fraction.length;
  if (digits > MAX_FRACTION_DIGITS) {
    // More decimals than Intl takes (a tiny value such as 1e-24): count significant digits.
    return { maximumSignificantDigits: MAX_SIGNIFICANT_DIGITS };
  }
  return { minimumFractionDigits: digits, maximumFractionDigits: digits };
}

/**
 * Long compact notation ("10.22 million", "1022万"). Intl rounds compact numbers to two
 * significant digits by default (10.22 million → "10 million"); we keep at least four, and more
 * when the value has them (10266000000 → "10.266 billion", not "10.27 billion"), so compact
 * forms never round.
 */
export function compactDigits(value: Decimal): Intl.NumberFormatOptions {
  return {
    notation: 'compact',
    compactDisplay: 'long',
    maximumSignificantDigits: Math.min(
      Math.max(significantDigits(value), 4),
      MAX_SIGNIFICANT_DIGITS,
    ),
  };
}
