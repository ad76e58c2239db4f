import { formatValue } from '../harness.ts'

export type Progress = {
  /** Reports `done` rows on stderr when `intervalMs` has passed since the last report. */
  update(done: number): void
}

/** Progress for long runs, on stderr so the report on stdout stays parseable. */
export function createProgress(label: string, total: number, intervalMs = 5000): Progress {
  const started = performance.now()
  let reportedAt = started
  return {
    update(done) {
      const now = performance.now()
      if (now - reportedAt < intervalMs) return
      reportedAt = now
      const perSecond = (done * 1000) / (now - started)
      const remainingSeconds = perSecond > 0 ? (total - done) / perSecond : Number.NaN
      console.error(
        `${label}: ${done}/${total} rows, ${formatValue(perSecond)} rows/s, ` +
          `about ${formatValue(remainingSeconds / 60)} min left`,
      )
    },
  }
}
