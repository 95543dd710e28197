const rules = new Intl.PluralRules('en');

/** "1 event", "12 events": English plural by Intl's rules. */
export function count(n: number, one: string, other: string): string {
  return `${n.toLocaleString('en-GB')} ${rules.select(n) === 'one' ? one : other}`;
}
