import type { EvaluationReport } from '../../app/predict/score-rows.ts'
import type { TrainReport } from '../../app/predict/train-predictor.ts'
import { formatTable } from '../output.ts'

const pct = (share: number) => `${(share * 100).toFixed(1)}%`
const fixed = (value: number | null, digits = 3) => (value === null ? '' : value.toFixed(digits))

function skippedText(report: { blankTarget: number; malformed: number }): string {
  const parts = [
    report.blankTarget > 0 ? `${report.blankTarget} with a blank target` : '',
    report.malformed > 0 ? `${report.malformed} malformed` : '',
  ].filter((part) => part !== '')
  return parts.length === 0 ? '' : `skipped rows: ${parts.join(', ')}\n`
}

/** What `baton model train` prints: the split, the metrics and what was left out and why. */
export function trainText(
  out: string | undefined,
  report: Pick<TrainReport, 'stored' | 'split' | 'candidates' | 'blankTarget' | 'malformed'>,
): string {
  const { stored, split } = report
  const e = stored.evaluation
  const leaked = new Set(stored.leaks.map((leak) => leak.column))
  const splitColumn = split.method === 'time' ? split.column : undefined
  const requested = stored.excluded.filter((c) => !leaked.has(c) && c !== splitColumn)
  const splitText =
    split.method === 'time'
      ? `time-ordered split on "${split.column}": newest ${split.test} rows held out for test, ${split.train} train`
      : `stratified split: ${split.test} rows (30%) held out for test, ${split.train} train`
  const candidates = report.candidates
    .map((c) => `${c.algorithm} validation AUC ${fixed(c.validationAuc)}`)
    .join(', ')
  return [
    `algorithm: ${stored.model.algorithm}${candidates === '' ? '' : ` (auto: ${candidates})`}\n`,
    `${splitText}\n`,
    `test AUC ${fixed(e.testAuc)} vs 0.500 for a random guess; base rate ${pct(e.baseRate)} (${e.positives} of ${e.rows} test rows positive)\n`,
    `PR AUC ${fixed(e.prAuc)}, log loss ${fixed(e.logLoss)}, Brier ${fixed(e.brier)}\n`,
    `excluded by --exclude: ${requested.join(', ') || 'none'}\n`,
    `excluded by the leakage guard: ${[...leaked].join(', ') || 'none'}\n`,
    splitColumn === undefined ? '' : `excluded as the split date: ${splitColumn}\n`,
    skippedText(report),
    `features: ${stored.model.features.length}; ${out === undefined ? 'no model file written (no --out)' : `model written to ${out}`}\n`,
  ].join('')
}

/** What `baton model evaluate` prints: the metrics and the lift table. */
export function evaluationText(report: EvaluationReport): string {
  const lift = formatTable(
    ['decile', 'rows', 'positives', 'rate', 'lift', 'cumulative gain'],
    report.lift.map((row) => [
      row.decile,
      row.count,
      row.positives,
      row.rate === null ? '' : pct(row.rate),
      fixed(row.lift, 2),
      pct(row.cumulativeGain),
    ]),
  )
  return [
    `rows ${report.rows}, positives ${report.positives}, base rate ${pct(report.baseRate)}\n`,
    `AUC ${fixed(report.rocAuc)} (0.500 = random guess)\n`,
    `PR AUC ${fixed(report.prAuc)} (base rate ${fixed(report.baseRate)} = random guess)\n`,
    `log loss ${fixed(report.logLoss)}\n`,
    `Brier ${fixed(report.brierScore)}\n`,
    skippedText(report),
    '\nlift by decile (1 = highest scores)\n',
    lift,
  ].join('')
}
