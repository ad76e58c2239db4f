import type { StageSubject } from '../../core/funnel/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import type { StageEntry } from '../funnel/change-stage.ts'
import { assignOnHandoff } from './assign-on-handoff.ts'
import { nurtureOnStageEntry } from './nurture.ts'
import { closeCadence } from './follow-up-cadence.ts'

/** What hand-off does after every recorded stage event: follow-up ends, nurture, then routing. */
export async function afterStageEntry(
  tx: Stores,
  ctx: UseCaseContext,
  subject: StageSubject,
  change: StageEntry,
): Promise<void> {
  // Any move ends the follow-up of the stage left (accept, reject, disposition, recycle); a
  // hand-off below schedules the new owner's.
  if (subject.type === 'person' && change.fromStage !== null)
    await closeCadence(tx, ctx, subject.id)
  await nurtureOnStageEntry(tx, ctx, subject, change)
  await assignOnHandoff(tx, ctx, subject, change)
}
