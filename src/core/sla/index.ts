// Business time and response clocks: durations and elapsed time that count only a calendar's
// working periods, in its IANA time zone, minus public holidays, extra closed days and
// out-of-office spans; an owner's own calendar replaces the agreement's. Instants are UTC `Date`s;
// a day's working spans are computed once as instants, so DST changes and year ends need no
// special case and nothing loops minute by minute.
// A clock is due by the agreement's limits and climbs its escalation ladder one step at a time.
export { addBusinessTime } from './add-business-time.ts'
export { businessMinutesBetween } from './business-minutes-between.ts'
export { checkWorkCalendar } from './check-work-calendar.ts'
export { isBusinessTime } from './is-business-time.ts'
export { ownerWorkCalendar, type OwnerTime } from './owner-work-calendar.ts'
export { pickResponseTarget } from './pick-response-target.ts'
export { planClockStart, type PlannedClock } from './plan-clock-start.ts'
export { planClockStop } from './plan-clock-stop.ts'
export { planEscalation, type EscalationPlan } from './plan-escalation.ts'
export {
  clockOutcomes,
  type BusinessDuration,
  type ClockOutcome,
  type SlaClock,
  type WorkCalendar,
} from './types.ts'
export { workingDaysBetween } from './working-days-between.ts'
