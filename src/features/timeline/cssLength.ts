/** A CSS pixel length, never in exponent notation (`5e-14px` is invalid CSS and is dropped). */
export function px(value: number): string {
  return `${Math.round(value * 1000) / 1000}px`;
}
