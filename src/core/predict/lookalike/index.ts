// Look-alikes: which account features separate the agreement's best customers from its worst, and
// how much every other account resembles the best. Lifts are smoothed, so one account never makes
// a level infinitely telling; accounts on the lists are profiled, never ranked.
export { profileLookalikes } from './profile-lookalikes.ts'
export type {
  FeatureProfile,
  LevelLift,
  LookalikeAccount,
  LookalikeProfile,
  LookalikeScore,
} from './types.ts'
