import type { AgreementVersion } from '../../core/agreement/index.ts'
import type { PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { StageEntry } from '../funnel/change-stage.ts'
import { afterStageEntry } from '../handoff/after-stage-entry.ts'
import type { Stores } from '../ports.ts'
import { applyClockChanges } from '../sla/apply-clock-changes.ts'
import { isLoadingHistory } from '../sla/is-loading-history.ts'

export type NewLeadEntry = { readonly personId: PersonId; readonly entry: StageEntry }

// Only an entry that starts a clock, hands the lead to a team or enrols it in nurture has work;
// a batch of inquiries (the usual import) has none and costs no query.
function hasHandoffWork(entry: StageEntry): boolean {
  const implies = entry.implies
  if (implies === undefined) return false
  const handedOff = implies.ownerTeamChanges && implies.ownerTeam !== 'marketing'
  return implies.startClocks.length > 0 || handedOff || entry.toStage === 'nurture'
}

/**
 * After a batch wrote its new people: each one created in a hand-off stage under the signed
 * agreement (an MQL) starts its clocks and is routed, as a lead created alone is; entries dated
 * over the history window ago start and route nothing. Without a signed agreement it does nothing.
 */
export async function handOffNewLeads(
  tx: Stores,
  ctx: UseCaseContext,
  signed: AgreementVersion | undefined,
  leads: readonly NewLeadEntry[],
): Promise<void> {
  if (signed === undefined) return
  const now = ctx.clock.now()
  for (const { personId, entry } of leads) {
    if (entry.agreementVersion !== signed.version || !hasHandoffWork(entry)) continue
    if (isLoadingHistory(now, entry.occurredAt) || entry.implies === undefined) continue
    const change = { personId, occurredAt: entry.occurredAt, implies: entry.implies }
    await applyClockChanges(tx, ctx, { ...change, inForce: signed })
    await afterStageEntry(tx, ctx, { type: 'person', id: personId }, entry)
  }
}
