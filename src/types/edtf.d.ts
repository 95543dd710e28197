// The `edtf` package ships no types; this declares the part of its API the app uses.
declare module 'edtf' {
  interface Bitmask {
    value: number;
  }
  interface EdtfValue {
    type: 'Date' | 'Year' | 'Season' | 'Interval' | 'Set' | 'List' | 'Decade' | 'Century';
    /** 1 year, 2 month, 3 day, 0 time of day (Date only). */
    precision?: number;
    /** First millisecond covered (UTC), or -Infinity for an open start. */
    min: number;
    /** Last millisecond covered (UTC), Infinity for an open end, null for an unknown end. */
    max: number | null;
    approximate?: Bitmask;
    uncertain?: Bitmask;
    lower?: EdtfValue | null;
    upper?: EdtfValue | null;
  }
  export default function edtf(input: string): EdtfValue;
}
