import { Command, InvalidArgumentError } from 'commander'
import type { PredictiveMetrics } from '../../app/predict/predictive-models.ts'
import type { LookalikeReport } from '../../app/predict/lookalike-accounts.ts'
import type { StoredScoreModel } from '../../app/scoring/scoring-ports.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'
import { modelVersion } from './score-model.command.ts'
import { loadModel } from './model-file.ts'

const auc = (m: StoredScoreModel) => (m.metrics as Partial<PredictiveMetrics> | null) ?? {}
const fixed = (value: number | undefined) => (value === undefined ? '' : value.toFixed(3))

/** One line about a version: its state and what to do next. */
export const versionLine = (m: StoredScoreModel) => {
  const metrics = auc(m)
  const next = m.status === 'draft' ? ` (make it live with: baton model promote ${m.version})` : ''
  return `predictive model ${m.name} version ${m.version}: ${m.status}, test AUC ${fixed(metrics.testAuc)}, ${metrics.positives ?? '?'} positives / ${metrics.negatives ?? '?'} negatives${next}\n`
}

const listText = (models: readonly StoredScoreModel[]) =>
  models.length === 0
    ? 'no predictive models; train one with: baton model train --from-outcomes --register\n'
    : formatTable(
        [
          'version',
          'name',
          'status',
          'algorithm',
          'test AUC',
          'positives',
          'negatives',
          'trained',
          'live since',
        ],
        models.map((m) => {
          const metrics = auc(m)
          return [
            m.version,
            m.name,
            m.status,
            metrics.algorithm,
            fixed(metrics.testAuc),
            metrics.positives,
            metrics.negatives,
            m.trainedAt?.toISOString(),
            m.status === 'live' ? m.publishedAt?.toISOString() : '',
          ]
        }),
      )

const showText = (m: StoredScoreModel) => {
  const metrics = auc(m)
  return [
    versionLine(m),
    `PR AUC ${fixed(metrics.prAuc)}, log loss ${fixed(metrics.logLoss)}, Brier ${fixed(metrics.brier)}, base rate ${fixed(metrics.baseRate)}, baseline AUC ${fixed(metrics.baselineAuc)}\n`,
    `trained on ${metrics.fromOutcomes === true ? "Baton's outcomes" : 'a CSV'} at ${m.trainedAt?.toISOString() ?? '?'}; replaces version ${m.replacesVersion ?? 'none'}\n`,
  ].join('')
}

function lookalikeText(report: LookalikeReport): string {
  const features = formatTable(
    ['feature', 'separation', 'leans best', 'leans worst'],
    report.features.map((f) => [
      f.feature,
      f.separation.toFixed(2),
      f.levels[0] ? `${f.levels[0].level} (lift ${f.levels[0].lift.toFixed(1)})` : '',
      f.levels.at(-1) ? `${f.levels.at(-1)?.level} (lift ${f.levels.at(-1)?.lift.toFixed(1)})` : '',
    ]),
  )
  const ranked = formatTable(
    ['account', 'similarity', 'why'],
    report.ranked.map((r) => [r.name, `${(r.similarity * 100).toFixed(0)}%`, r.reasons.join('; ')]),
  )
  const unmatched =
    report.unmatched.length === 0
      ? ''
      : `not found among accounts: ${report.unmatched.join(', ')}\n`
  return `${report.best} best vs ${report.worst} worst customers\n${unmatched}\n${features}\nmost like the best (${report.ranked.length} of ${report.accounts})\n${ranked}`
}

function limit(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 1000)
    throw new InvalidArgumentError(`--limit takes a whole number from 1 to 1,000, not "${value}"`)
  return n
}

/** `baton model register|promote|rollback|list|show|lookalike`: the predictive model registry. */
export function addModelRegistryCommands(model: Command, deps: ProgramDeps): void {
  model
    .command('register')
    .description('Store a model file with its evaluation as the next draft version')
    .argument('<model.json>', 'a file written by `baton model train --out`')
    .option('--name <name>', 'a name for the version')
    .action(async (file: string, options: { name?: string }, cmd: Command) => {
      const stored = await loadModel(file)
      await withBackend(deps, cmd, async (backend, json) => {
        present(
          deps.out,
          json,
          await backend.predictive.registerModel(stored, options.name),
          versionLine,
        )
      })
    })
  model
    .command('promote')
    .description(
      'Make a version live for predictive scoring (refused below the outcome and AUC gates)',
    )
    .argument('<version>', 'version number', modelVersion)
    .action(async (version: number, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.predictive.promoteModel(version), versionLine)
      })
    })
  model
    .command('rollback')
    .description('Return to the live predictive version before the current one')
    .action(async (_options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.predictive.rollbackModel(), versionLine)
      })
    })
  model
    .command('list')
    .description('Every predictive version with its metrics, oldest first')
    .action(async (_options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.predictive.listModels(), listText)
      })
    })
  model
    .command('show')
    .description('One predictive version: metrics, what it was trained on, what it replaced')
    .argument('<version>', 'version number', modelVersion)
    .action(async (version: number, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.predictive.getModel(version), showText)
      })
    })
  model
    .command('lookalike')
    .description(
      "Which account fields separate the agreement's best and worst customers; similar accounts",
    )
    .option('--limit <n>', 'accounts to list', limit, 20)
    .action(async (options: { limit: number }, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.predictive.lookalikes(options.limit), lookalikeText)
      })
    })
}
