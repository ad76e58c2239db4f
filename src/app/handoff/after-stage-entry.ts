import type { StageSubject } from '../../core/funnel/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import type { StageEntry } from '../funnel/change-stage.ts'
import { assignOnHandoff } from './assign-on-handoff.ts'
import { nurtureOnStageEntry } from './nurture.ts'

/** What hand-off does after every recorded stage event: nurture enrolment, then routing. */
export async function afterStageEntry(
  tx: Stores,
  ctx: UseCaseContext,
  subject: StageSubject,
  change: StageEntry,
): Promise<void> {
  await nurtureOnStageEntry(tx, ctx, subject, change)
  await assignOnHandoff(tx, ctx, subject, change)
}
