import type { Logger } from 'pino'
import type { Clock, Storage } from '../app/ports.ts'
import { sendDueDigests } from '../app/reports/send-due-digests.ts'
import { deliverOutbox } from '../app/sla/deliver-outbox.ts'
import { sweepAllDue, type SweepSummary } from '../app/sla/sweep-clocks.ts'
import { fetchWebhookSender } from './webhook-sender.ts'

export type BackgroundWork = { stop(): Promise<void> }

/** One pass: due clocks climb their ladders, due weekly digests are queued, then pending messages go out. */
export async function runBackgroundPass(
  deps: { readonly storage: Storage; readonly clock: Clock; readonly logger: Logger },
  batchSize = 500,
) {
  // One line per committed batch: a long pass on the embedded database holds the process, and the
  // log is how an operator (or the crash test) sees it move.
  const onBatch = (summary: SweepSummary) => deps.logger.info(summary, 'sweep batch committed')
  const sweep = await sweepAllDue(deps, { batchSize, onBatch })
  const digests = await sendDueDigests(deps)
  if (digests > 0) deps.logger.info({ digests }, 'weekly digests queued')
  const sender = fetchWebhookSender()
  const log = (entry: Readonly<Record<string, unknown>>) => deps.logger.info(entry)
  let delivered = 0
  for (;;) {
    const handled = await deliverOutbox({ ...deps, sender, log }, { batchSize })
    delivered += handled
    if (handled < batchSize) break
  }
  return { ...sweep, digests, delivered }
}

/** Runs the sweeper and outbox delivery every `intervalMs` until stopped; a failed pass is logged. */
export function startBackgroundWork(
  deps: { readonly storage: Storage; readonly clock: Clock; readonly logger: Logger },
  intervalMs = 5_000,
): BackgroundWork {
  let running: Promise<unknown> = Promise.resolve()
  let stopped = false
  const tick = () => {
    running = runBackgroundPass(deps).catch((error: unknown) =>
      deps.logger.error({ err: error }, 'background pass failed'),
    )
  }
  const timer = setInterval(() => {
    if (!stopped) tick()
  }, intervalMs)
  return {
    async stop() {
      stopped = true
      clearInterval(timer)
      await running
    },
  }
}
