// Predictive scoring on real data and at size, against baselines measured in the same run:
// X Education (Leads.csv, leaky columns dropped by the guard) and Olist (form-time fields only),
// each trained with logistic regression (the baseline learner) and boosted trees on a seeded 70/30
// split (time-ordered for Olist), next to the base rate (AUC 0.5 by construction); then training
// logistic regression on --n seeded synthetic rows x 30 features (default 1,000,000).
// Usage: npm run bench:predict -- --n 200000
import type { LabeledTable } from '../src/app/predict/labeled-table.ts'
import { trainPredictor } from '../src/app/predict/train-predictor.ts'
import { rocAuc, trainModel } from '../src/core/predict/index.ts'
import { createRandom, formatValue, measure, printBaseline, reportGoal } from './harness.ts'
import { runBench } from './on-each-backend.ts'
import { olistFormTime, synthetic, xEducation } from './predict/load-data.ts'

const seed = 42

async function compare(name: string, data: LabeledTable, exclude: string[]) {
  const results: Record<string, number> = {}
  for (const algorithm of ['logistic', 'gbdt'] as const) {
    let auc = 0
    let leaks: string[] = []
    const timing = await measure(`${name} ${algorithm}`, () => {
      const report = trainPredictor({ data, exclude, allow: [], algorithm, seed, now: new Date(0) })
      auc = report.stored.evaluation.testAuc
      leaks = report.stored.leaks.map((leak) => leak.column)
    })
    results[algorithm] = auc
    const leaked = leaks.length === 0 ? 'none' : leaks.join(', ')
    const line = `${name} ${algorithm}: test AUC ${auc.toFixed(3)}, trained in ${formatValue(timing.ms)} ms (leaks dropped: ${leaked})`
    if (algorithm === 'logistic') printBaseline(line)
    else console.log(line)
  }
  const baseRate = rocAuc(
    data.labels.map(() => data.labels.filter(Boolean).length / data.labels.length),
    data.labels,
  )
  printBaseline(`${name} base rate: AUC ${baseRate.toFixed(3)} (${data.labels.length} rows)`)
  return Math.max(results['logistic'] ?? 0, results['gbdt'] ?? 0)
}

await runBench({ n: 1_000_000 }, async ({ n }) => {
  const results: boolean[] = []
  const x = await compare('x-education', await xEducation(), ['Prospect ID', 'Lead Number'])
  results.push(
    reportGoal({ name: 'predict', metric: 'xeducation_test_auc', value: x, op: '>=', goal: 0.87 }),
  )
  const olist = await compare('olist', await olistFormTime(), [])
  results.push(
    reportGoal({ name: 'predict', metric: 'olist_test_auc', value: olist, op: '>=', goal: 0.6 }),
  )
  const data = synthetic(n, createRandom(seed))
  const table = { columns: data.columns, rows: data.rows }
  let sample = 0
  const timing = await measure(`train ${n} x 30`, () => {
    const model = trainModel(table, data.labels, { algorithm: 'logistic', seed })
    sample = model.features.length
  })
  console.log(
    `synthetic: logistic regression on ${n} rows x ${data.columns.length} features (${sample} kept) in ${formatValue(timing.ms)} ms`,
  )
  results.push(
    reportGoal({
      name: 'predict',
      metric: `train_${n}x30_ms`,
      value: timing.ms,
      op: '<=',
      goal: 60_000,
      unit: 'ms',
    }),
  )
  return results
})
