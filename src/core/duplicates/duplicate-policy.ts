/**
 * How much each agreeing field weighs and where the tiers start. Policy, not code: a later change
 * reads it from the signed agreement; until then every caller takes `defaultDuplicatePolicy`.
 */
export type DuplicatePolicy = {
  /** A score at or above this merges without review (hard rules aside). */
  readonly strongScore: number
  /** A score at or above this (and below strong) goes to the review queue. */
  readonly weakScore: number
  readonly points: {
    readonly email: number
    readonly phone: number
    readonly lastName: number
    readonly lastNamePartial: number
    readonly lastNameDifferent: number
    readonly firstName: number
    readonly firstNameNickname: number
    readonly firstNamePartial: number
    readonly firstNameInitial: number
    readonly firstNameDifferent: number
    readonly company: number
    readonly title: number
  }
}

// Full name + company is 60 (weak); + phone is 100 (strong); phone + full name is 80 (strong);
// phone alone (40) or last name + company (40) never reach review.
export const defaultDuplicatePolicy: DuplicatePolicy = {
  strongScore: 80,
  weakScore: 45,
  points: {
    email: 60,
    phone: 40,
    lastName: 20,
    lastNamePartial: 12,
    lastNameDifferent: -25,
    firstName: 20,
    firstNameNickname: 16,
    firstNamePartial: 14,
    firstNameInitial: 6,
    firstNameDifferent: -20,
    company: 20,
    title: 10,
  },
}
