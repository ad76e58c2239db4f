import { digestMessage, lastDigestDue } from '../../core/analytics/index.ts'
import type { Clock, Storage } from '../ports.ts'
import { digestReport } from './digest-report.ts'

const actor = 'baton:digest'

/**
 * Queues each workspace's weekly digest once it is due under the agreement in force (its `digest`
 * schedule, in the calendar's time zone): the week ending at the due time, as JSON with a chat-ready
 * `text`, topic `report.digest`. Keyed by the due instant, so every pass after it adds nothing and a
 * restart neither loses nor repeats a week. Returns how many digests it queued.
 */
export async function sendDueDigests(deps: {
  readonly storage: Storage
  readonly clock: Clock
}): Promise<number> {
  const now = deps.clock.now()
  let queued = 0
  for (const workspace of await deps.storage.workspaces.list()) {
    const store = deps.storage.forWorkspace(workspace.id)
    const inForce = await store.agreements.findInForce(now)
    const schedule = inForce?.document.digest
    if (inForce === undefined || schedule === undefined) continue
    const due = lastDigestDue(schedule, inForce.document.calendar.timeZone, now)
    // A week that ended before this agreement took effect is not its to report.
    if (inForce.effectiveFrom !== null && due < inForce.effectiveFrom) continue
    const dedupeKey = `digest:${due.toISOString()}`
    if (await store.sla.outbox.hasKey(dedupeKey)) continue
    const ctx = { store, clock: deps.clock, actor, role: 'admin' as const }
    const digest = await digestReport(ctx, { to: due.toISOString() })
    const payload = JSON.parse(JSON.stringify(digest)) as Record<string, unknown>
    await store.sla.outbox.enqueue([
      {
        topic: 'report.digest',
        target: schedule.target ?? 'sales-and-marketing',
        payload: { ...payload, text: digestMessage(digest), agreementVersion: inForce.version },
        dedupeKey,
      },
    ])
    queued += 1
  }
  return queued
}
