import { formatValue } from '../harness.ts'

export type Progress = {
  /** Reports `done` rows on stderr when `intervalMs` has passed since the last report. */
  update(done: number): void
}

/** Progress for long runs, on stderr so the report on stdout stays parseable. */
export function createProgress(label: string, total: number, intervalMs = 5000): Progress {
  const started = performance.now()
  let last = { at: started, done: 0 }
  return {
    update(done) {
      const now = performance.now()
      if (now - last.at < intervalMs) return
      const perSecond = (done * 1000) / (now - started)
      // The recent rate shows a slowdown as tables grow, which the average hides for a long time.
      const recentPerSecond = ((done - last.done) * 1000) / (now - last.at)
      const minutesLeft = perSecond > 0 ? (total - done) / perSecond / 60 : Number.NaN
      last = { at: now, done }
      console.error(
        `${label}: ${done}/${total} rows, ${formatValue(perSecond)} rows/s ` +
          `(${formatValue(recentPerSecond)} recently), about ${formatValue(minutesLeft)} min left`,
      )
    },
  }
}
