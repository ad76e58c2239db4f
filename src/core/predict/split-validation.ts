import { seededRandom, shuffled } from './seeded-random.ts'

/** Row indices for fitting and for early-stopping checks, each in ascending order. */
export type ValidationSplit = {
  readonly training: readonly number[]
  readonly validation: readonly number[]
}

/** Holds out `share` of the positives and of the negatives (stratified), chosen by the seed. */
export function splitValidation(
  target: readonly boolean[],
  share: number,
  seed: number,
): ValidationSplit {
  const random = seededRandom(seed)
  const rows = target.map((_, row) => row)
  const held = [true, false].flatMap((label) => {
    const group = shuffled(
      rows.filter((row) => target[row] === label),
      random,
    )
    return group.slice(0, Math.round(share * group.length))
  })
  const isHeld = new Set(held)
  return {
    training: rows.filter((row) => !isHeld.has(row)),
    validation: rows.filter((row) => isHeld.has(row)),
  }
}
