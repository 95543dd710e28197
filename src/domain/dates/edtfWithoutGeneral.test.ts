import { describe, expect, it } from 'vitest';
// Deliberately not importing edtfGeneral.ts: this is the page before it loads the full grammar.
import { parseEdtf } from './edtf';

describe('parseEdtf before the full grammar is loaded', () => {
  it('reads the common forms', () => {
    expect(parseEdtf('1959-09-26').ok).toBe(true);
    expect(parseEdtf('1959-02-30').ok).toBe(false);
  });

  it('says so, naming the date, rather than calling a valid date invalid', () => {
    expect(() => parseEdtf('198X')).toThrow(/"198X" needs the full EDTF grammar/);
  });
});
