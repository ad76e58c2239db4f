import type { BusinessCalendar } from '../../core/agreement/index.ts'
import { ownerWorkCalendar, type WorkCalendar } from '../../core/sla/index.ts'
import type { UserId } from '../../core/shared/index.ts'
import type { Stores } from '../ports.ts'

/** The business calendar of whatever `ownerId` owns: their own, else the agreement's, minus absences. */
export async function ownerCalendar(
  tx: Stores,
  agreementCalendar: BusinessCalendar,
  ownerId: UserId | null,
): Promise<WorkCalendar> {
  if (ownerId === null) return agreementCalendar
  const found = await tx.handoff.routing.findWorkCalendars([ownerId])
  return ownerWorkCalendar(agreementCalendar, found.get(ownerId))
}
