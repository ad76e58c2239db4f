import type { BusinessCalendar } from '../../core/agreement/index.ts'
import { normalizeEmail } from '../../core/records/index.ts'
import { checkWorkCalendar } from '../../core/sla/index.ts'
import { AppError } from '../../core/shared/index.ts'
import { authorize } from '../access/authorize.ts'
import { checkHolidayCalendar } from '../agreement/check-agreement.ts'
import type { UseCaseContext } from '../context.ts'
import type { OwnerCalendar } from './handoff-ports.ts'

export type WorkingTimeChange = {
  /** The user's own calendar; null goes back to the agreement's; absent leaves it. */
  readonly calendar?: BusinessCalendar | null
  /** Replaces the user's absences; absent leaves them. */
  readonly outOfOffice?: readonly { readonly from: Date; readonly to: Date }[]
}

function checkedCalendar(calendar: BusinessCalendar): void {
  const [unknown] = checkHolidayCalendar({ calendar })
  if (unknown) {
    throw new AppError('sla.invalid_calendar', `${unknown.message} Fix: ${unknown.fix}.`, {
      details: { field: unknown.path.join('.') },
    })
  }
  checkWorkCalendar(calendar)
}

function checkedAbsences(spans: WorkingTimeChange['outOfOffice']) {
  spans?.forEach((span, index) => {
    const from = span.from.getTime()
    const to = span.to.getTime()
    if (Number.isNaN(from) || Number.isNaN(to) || to <= from) {
      throw new AppError(
        'request.invalid',
        `Out-of-office span ${index} must be two instants with "to" after "from".`,
        { details: { field: `outOfOffice.${index}` } },
      )
    }
  })
}

/**
 * Sets a user's own working time (admins): their calendar, which replaces the agreement's for the
 * clocks and follow-up tasks they own, and their out-of-office spans, closed time for those and
 * skipped by routing. Checked in full before anything is written; throws user.not_found.
 */
export async function setWorkingTime(
  ctx: UseCaseContext,
  email: string,
  change: WorkingTimeChange,
): Promise<OwnerCalendar> {
  authorize(ctx, 'users.manage')
  if (change.calendar) checkedCalendar(change.calendar)
  checkedAbsences(change.outOfOffice)
  return ctx.store.transaction(async (tx) => {
    const user = await tx.users.findByEmail(normalizeEmail(email))
    if (user === undefined) {
      throw new AppError('user.not_found', `No user ${email} in this workspace.`, {
        details: { email },
      })
    }
    await tx.handoff.routing.setAvailability(user.id, change)
    const saved = (await tx.handoff.routing.findWorkCalendars([user.id])).get(user.id)
    return saved ?? { calendar: null, outOfOffice: [] }
  })
}
