// Test fixture (only tests import it): synthetic lead tables with known structure, and a rank AUC
// so the learners' tests need not depend on the metrics area.
import { seededRandom } from '../src/core/predict/seeded-random.ts'
import type { Cell, Table } from '../src/core/predict/types.ts'

export type LabelledTable = { readonly table: Table; readonly target: boolean[] }

const sources = ['Reference', 'Google', 'Olark Chat', 'Direct Traffic'] as const

/** Time on site decides the outcome exactly (converted when above 500 s); source is noise. */
export function separableLeads(rowCount: number, seed: number): LabelledTable {
  const random = seededRandom(seed)
  const rows: Cell[][] = []
  const target: boolean[] = []
  for (let row = 0; row < rowCount; row += 1) {
    const seconds = Math.round(random() * 1000)
    rows.push([String(seconds), sources[row % sources.length] ?? null])
    target.push(seconds > 500)
  }
  return { table: { columns: ['Total Time Spent on Website', 'Lead Source'], rows }, target }
}

/**
 * Outcomes drawn from log-odds = -0.5 + 1.5 * visits - 1.0 * bounce + 1.2 * [source is Reference],
 * with visits and bounce standard-normal-ish and about 5% of visits missing.
 */
export function noisyLeads(rowCount: number, seed: number): LabelledTable {
  const random = seededRandom(seed)
  const normal = () => random() + random() + random() - 1.5
  const rows: Cell[][] = []
  const target: boolean[] = []
  for (let row = 0; row < rowCount; row += 1) {
    const visits = 2 * normal()
    const bounce = 2 * normal()
    const source = sources[Math.floor(random() * sources.length)] ?? 'Google'
    const logOdds = -0.5 + 1.5 * visits - 1.0 * bounce + (source === 'Reference' ? 1.2 : 0)
    const visitsCell = random() < 0.05 ? null : Number(visits.toFixed(3))
    rows.push([visitsCell, Number(bounce.toFixed(3)), source])
    target.push(random() < 1 / (1 + Math.exp(-logOdds)))
  }
  return { table: { columns: ['Visits', 'Bounce', 'Lead Source'], rows }, target }
}

/** Area under the ROC curve by ranks (ties share their average rank). */
export function rankAuc(scores: readonly number[], labels: readonly boolean[]): number {
  const order = scores.map((_, index) => index).sort((a, b) => (scores[a] ?? 0) - (scores[b] ?? 0))
  let positiveRanks = 0
  let positives = 0
  for (let start = 0; start < order.length;) {
    let end = start
    const score = scores[order[start] ?? 0]
    while (end + 1 < order.length && scores[order[end + 1] ?? 0] === score) end += 1
    for (let k = start; k <= end; k += 1) {
      if (labels[order[k] ?? 0] === true) {
        positiveRanks += (start + end + 2) / 2
        positives += 1
      }
    }
    start = end + 1
  }
  const negatives = labels.length - positives
  return (positiveRanks - (positives * (positives + 1)) / 2) / (positives * negatives)
}

/** The table restricted to the given rows, in that order. */
export function pickRows(table: Table, rows: readonly number[]): Table {
  return { columns: table.columns, rows: rows.map((row) => table.rows[row] ?? []) }
}
