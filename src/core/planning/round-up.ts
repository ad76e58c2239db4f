/**
 * Rounds up to a whole number, reading the value at 12 significant digits first so that float noise
 * (100 / 0.2 = 500.00000000000006) does not add a lead that the exact arithmetic would not.
 */
export function roundUp(value: number): number {
  return Math.ceil(Number(value.toPrecision(12)))
}
