// Business time: durations and elapsed time that count only a calendar's working periods, in its
// IANA time zone, minus public holidays, extra closed days and out-of-office spans. Instants are
// UTC `Date`s; a day's working spans are computed once as instants, so DST changes and year ends
// need no special case and a clock never loops minute by minute.
export { addBusinessTime } from './add-business-time.ts'
export { businessMinutesBetween } from './business-minutes-between.ts'
export { isBusinessTime } from './is-business-time.ts'
export type { BusinessDuration, WorkCalendar } from './types.ts'
