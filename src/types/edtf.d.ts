// The `edtf` package ships no types; this declares the part of its API the app uses.
declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  /** Any parsed EDTF value. Tell kinds apart with instanceof: `type` reads the class name, which minifiers change. */
  class ExtDateTime {
    /** 1 year, 2 month, 3 day, 0 time of day (dates only). */
    precision?: number;
    /** First millisecond covered (UTC), or -Infinity for an open start. */
    min: number;
    /** Last millisecond covered (UTC), Infinity for an open end, null for an unknown end. */
    max: number | null;
    approximate?: Bitmask;
    uncertain?: Bitmask;
  }
  export class Interval extends ExtDateTime {
    lower: ExtDateTime | null;
    upper: ExtDateTime | null;
  }
  export class Season extends ExtDateTime {}
  export class Decade extends ExtDateTime {}
  export class Century extends ExtDateTime {}
  export class List extends ExtDateTime {}
  export type EdtfValue = ExtDateTime;
  export default function edtf(input: string): ExtDateTime;
}
