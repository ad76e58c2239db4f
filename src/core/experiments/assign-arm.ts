import { hashShare } from './hash-share.ts'
import type { ExperimentArm } from './types.ts'

/**
 * The arm a person falls in: the seeded hash of "<seed>:<personId>" placed on the arms' cumulative
 * shares, so the same person always lands in the same arm of the same experiment.
 */
export function assignArm(
  arms: readonly ExperimentArm[],
  seed: string,
  personId: string,
): { readonly arm: string; readonly bucket: number } {
  const bucket = hashShare(`${seed}:${personId}`)
  let upTo = 0
  for (const arm of arms) {
    upTo += arm.share
    if (bucket < upTo) return { arm: arm.name, bucket }
  }
  // Shares sum to 1; float rounding can leave the very top of the range to the last arm.
  return { arm: (arms.at(-1) as ExperimentArm).name, bucket }
}
