import type { BusinessCalendar } from '../agreement/index.ts'
import type { WorkCalendar } from './types.ts'

/** What an owner brings to business time: their own calendar (or none) and their absences. */
export type OwnerTime = {
  readonly calendar: BusinessCalendar | null
  readonly outOfOffice: readonly { readonly from: Date; readonly to: Date }[]
}

/**
 * The calendar a clock or task owned by someone runs on: the owner's own calendar (zone, working
 * hours, holidays and closed days) when they have one, else the agreement's, minus the owner's
 * out-of-office spans. Without an owner, or one with neither, the agreement's calendar itself.
 */
export function ownerWorkCalendar(
  agreementCalendar: BusinessCalendar,
  owner: OwnerTime | undefined,
): WorkCalendar {
  if (owner === undefined) return agreementCalendar
  const base = owner.calendar ?? agreementCalendar
  if (owner.outOfOffice.length === 0) return base
  return { ...base, outOfOffice: owner.outOfOffice }
}
