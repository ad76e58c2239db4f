import type { UseCaseContext } from '../../src/app/context.ts'
import { ingestEvents } from '../../src/app/intake/ingest-event.ts'
import type { EventInput } from '../../src/core/imports/index.ts'

export type LatencyRun = {
  readonly events: number
  readonly seconds: number
  readonly p50Ms: number
  readonly p99Ms: number
}

const percentile = (sorted: readonly number[], p: number) =>
  sorted[Math.min(sorted.length - 1, Math.floor((p / 100) * sorted.length))] ?? Number.NaN

const sleep = (ms: number) => new Promise((resolve) => setTimeout(resolve, Math.max(0, ms)))

/**
 * Event -> visible score latency under a steady offered load: every `tickMs` a batch of
 * `perSecond * tickMs / 1000` events is sent through ingestEvents with real-time scoring (several
 * in flight at once, as API clients would), and each event's latency runs from its scheduled send
 * time to the commit of its transaction, when its person's new score is visible to every reader.
 * If Baton cannot keep up, the queue grows and the latency says so.
 */
export async function measureLatency(
  ctx: UseCaseContext,
  events: readonly EventInput[],
  options: { readonly perSecond: number; readonly tickMs?: number },
): Promise<LatencyRun> {
  const tickMs = options.tickMs ?? 100
  const perTick = Math.max(1, Math.round((options.perSecond * tickMs) / 1000))
  const latencies: number[] = []
  const inFlight: Promise<void>[] = []
  const started = performance.now()
  for (let tick = 0; tick * perTick < events.length; tick++) {
    const scheduledAt = started + tick * tickMs
    await sleep(scheduledAt - performance.now())
    const batch = events.slice(tick * perTick, (tick + 1) * perTick)
    inFlight.push(
      ingestEvents(ctx, batch, 'bench').then(() => {
        const latency = performance.now() - scheduledAt
        for (let i = 0; i < batch.length; i++) latencies.push(latency)
      }),
    )
  }
  await Promise.all(inFlight)
  const sorted = latencies.sort((a, b) => a - b)
  return {
    events: latencies.length,
    seconds: (performance.now() - started) / 1000,
    p50Ms: percentile(sorted, 50),
    p99Ms: percentile(sorted, 99),
  }
}
