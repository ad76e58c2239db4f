import { armRoutingBar } from '../../core/experiments/index.ts'
import type { StageSubject } from '../../core/funnel/index.ts'
import { assignToExperiment } from '../experiments/experiments.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import type { StageEntry } from '../funnel/change-stage.ts'
import type { AssignmentOutcome } from './apply-route-decision.ts'
import { routePerson } from './route-person.ts'
import { ownStartedClocks } from '../sla/own-started-clocks.ts'

/**
 * After a person's stage event: when the move hands the lead to the SDR or sales team, route and
 * assign it in the same transaction; the clocks the move started become the routed owner's. Other
 * moves, and moves without an agreement, assign nobody.
 */
export async function assignOnHandoff(
  tx: Stores,
  ctx: UseCaseContext,
  subject: StageSubject,
  change: StageEntry,
): Promise<AssignmentOutcome | undefined> {
  const implies = change.implies
  if (subject.type !== 'person' || implies === undefined || !implies.ownerTeamChanges)
    return undefined
  if (implies.ownerTeam === 'marketing' || change.agreementVersion === null) return undefined
  const inForce = await tx.agreements.find(change.agreementVersion)
  if (inForce === undefined) return undefined
  const arms = await assignToExperiment(tx, ctx, subject.id, change.toStage)
  const person = await tx.people.find(subject.id)
  const outcome = await routePerson(tx, ctx, inForce.document, {
    personId: subject.id,
    team: implies.ownerTeam,
    stage: change.toStage,
    previousOwnerId: person?.ownerId ?? null,
    barred: armRoutingBar(arms),
  })
  if (outcome.kind === 'assigned') {
    const started = { personId: subject.id, occurredAt: change.occurredAt, implies }
    await ownStartedClocks(tx, {
      ...started,
      ownerId: outcome.ownerId,
      agreement: inForce.document,
    })
  }
  return outcome
}
