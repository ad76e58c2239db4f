/** A share in 0..1, or null with the reason it cannot be computed: never NaN. */
export type Rate =
  | { readonly value: number; readonly reason?: never }
  | { readonly value: null; readonly reason: string }

/** `part / whole` as a Rate; an empty whole gives null with a reason naming what was empty. */
export function rateOf(part: number, whole: number, emptyReason: string): Rate {
  return whole === 0 ? { value: null, reason: emptyReason } : { value: part / whole }
}
