/** An account as look-alike profiling sees it: a name and a few firmographic values. */
export type LookalikeAccount = {
  readonly id: string
  readonly name: string
  readonly values: Readonly<Record<string, string | number | null>>
}

/** How common one value of a feature is among best vs worst customers. */
export type LevelLift = {
  readonly level: string
  readonly best: number
  readonly worst: number
  /** Smoothed share among best over share among worst: > 1 leans best. */
  readonly lift: number
}

/** One feature: how well it separates the lists (0 = not at all, 1 = perfectly) and its levels. */
export type FeatureProfile = {
  readonly feature: string
  readonly separation: number
  readonly levels: readonly LevelLift[]
}

export type LookalikeScore = {
  readonly id: string
  readonly name: string
  /** 0..1: how much more the account resembles the best customers than the worst. */
  readonly similarity: number
  readonly reasons: readonly string[]
}

export type LookalikeProfile = {
  readonly best: number
  readonly worst: number
  /** Listed names with no account of that name. */
  readonly unmatched: readonly string[]
  readonly features: readonly FeatureProfile[]
  /** Accounts on neither list, most best-like first. */
  readonly ranked: readonly LookalikeScore[]
}
