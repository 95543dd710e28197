const rules = new Intl.PluralRules('en');

/**
 * "1,234": an integer with thousands commas, as en-GB writes it. Not toLocaleString: the first
 * Intl number format on a page costs 40–70 ms (ICU's number data loading), and the toolbar's
 * count is on the first picture.
 */
export function digits(n: number): string {
  const sign = n < 0 ? '-' : '';
  return sign + String(Math.trunc(Math.abs(n))).replace(/\B(?=(\d{3})+$)/g, ',');
}

/** "1 event", "12 events": English plural by Intl's rules. */
export function count(n: number, one: string, other: string): string {
  return `${digits(n)} ${rules.select(n) === 'one' ? one : other}`;
}
