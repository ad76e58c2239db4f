// The closed loop after a hand-off: accepting moves a lead on; rejecting and dispositions need one
// of the agreement's reason codes (and a note where it says so) and take the lead out of the funnel
// into nurture, recycling or disqualification; a lost meeting or opportunity goes to a manager's
// review; nurture touches fall on calendar months after enrolment; an owner's follow-up cadence
// plans the next touch in business time on the owner's calendar. Pure: `now` comes in.
export { checkReason, type ReasonCheck } from './check-reason.ts'
export {
  acceptStage,
  dispositionOutcomes,
  dispositionStage,
  needsReview,
  rejectStage,
  type DispositionOutcome,
} from './plan-outcome.ts'
export { nextTouchAt } from './next-touch-at.ts'
export { pickCadence } from './pick-cadence.ts'
export { planNextTask, type PlannedTask } from './plan-next-task.ts'
export { cadenceTouchActivities, isCadenceTouch } from './cadence-touches.ts'
