import { writeFile } from 'node:fs/promises'
import { Command, InvalidArgumentError, Option } from 'commander'
import { loadLabeledTable } from '../../app/predict/labeled-table.ts'
import { evaluatePredictor } from '../../app/predict/score-rows.ts'
import type { StoredModel } from '../../app/predict/stored-model.ts'
import { toTrainSummary } from '../../app/predict/train-summary.ts'
import {
  algorithmChoices,
  trainPredictor,
  type AlgorithmChoice,
} from '../../app/predict/train-predictor.ts'
import { readCsv } from '../csv/read-csv.ts'
import { present } from '../output.ts'
import type { CliBackend } from '../cli-backend.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'
import { loadModel } from './model-file.ts'
import { evaluationText, trainText } from './model-report-text.ts'
import { scoreFile } from './model-score-file.ts'
import { addModelRegistryCommands, versionLine } from './model-registry.command.ts'

type TrainOptions = {
  data?: string
  target?: string
  fromOutcomes?: boolean
  since?: Date
  register?: boolean
  name?: string
  positive?: string
  delimiter?: string
  exclude: string[]
  allow: string[]
  algorithm: AlgorithmChoice
  seed: number
  out?: string
}

type DataOptions = { model: string; data: string; delimiter?: string }

function seed(value: string): number {
  const n = Number(value)
  if (value.trim() === '' || !Number.isSafeInteger(n) || n < 0)
    throw new InvalidArgumentError('--seed takes a whole number >= 0, e.g. --seed 42')
  return n
}

const list = (value: string): string[] =>
  value
    .split(',')
    .map((name) => name.trim())
    .filter((name) => name !== '')

async function loadData(file: string, target: string, positive?: string, delimiter?: string) {
  const csv = await readCsv(file, delimiter === undefined ? {} : { delimiter })
  try {
    return await loadLabeledTable(csv, positive === undefined ? { target } : { target, positive })
  } finally {
    await csv.close()
  }
}

function day(value: string): Date {
  const at = new Date(`${value}T00:00:00Z`)
  if (!/^\d{4}-\d{2}-\d{2}$/.test(value) || Number.isNaN(at.getTime()))
    throw new InvalidArgumentError(
      `--since takes a date as YYYY-MM-DD, e.g. 2024-01-01, not "${value}"`,
    )
  return at
}

function requireTrainOptions(options: TrainOptions, command: Command): void {
  const missing =
    options.fromOutcomes === true
      ? []
      : [
          options.data === undefined ? '--data <csv>' : '',
          options.target === undefined ? '--target <col>' : '',
        ].filter((flag) => flag !== '')
  if (options.out === undefined && options.register !== true)
    missing.push('--out <model.json> (or --register)')
  if (missing.length > 0)
    command.error(`error: required option ${missing.join(', ')} not specified`)
  if (options.fromOutcomes === true && (options.data !== undefined || options.target !== undefined))
    command.error(
      'error: --from-outcomes builds the table from the database; leave out --data and --target',
    )
  if (options.since !== undefined && options.fromOutcomes !== true)
    command.error('error: --since works with --from-outcomes only')
}

type Trained = {
  stored: StoredModel
  summary: object
  leakWarning: string
  report: Parameters<typeof trainText>[1]
}

async function trainOnCsv(options: TrainOptions): Promise<Trained> {
  const data = await loadData(
    options.data ?? '',
    options.target ?? '',
    options.positive,
    options.delimiter,
  )
  const report = trainPredictor({
    data,
    exclude: options.exclude,
    allow: options.allow,
    algorithm: options.algorithm,
    seed: options.seed,
    now: new Date(),
  })
  return {
    stored: report.stored,
    summary: toTrainSummary(report),
    leakWarning: report.leakWarning,
    report,
  }
}

async function trainOnOutcomes(
  deps: ProgramDeps,
  command: Command,
  options: TrainOptions,
): Promise<Trained> {
  let trained: Trained | undefined
  await withBackend(deps, command, async (backend) => {
    const result = await backend.predictive.trainFromOutcomes({
      since: options.since ?? null,
      algorithm: options.algorithm,
      seed: options.seed,
      exclude: options.exclude,
      allow: options.allow,
    })
    const summary = result.summary
    trained = {
      stored: result.model,
      summary: { ...summary, open: result.open },
      leakWarning: result.leakWarning,
      report: {
        stored: result.model,
        split: summary.split,
        candidates: summary.candidates,
        blankTarget: 0,
        malformed: 0,
      },
    }
  })
  if (trained === undefined) throw new Error('training on outcomes returned nothing')
  return trained
}

async function registerTrained(
  deps: ProgramDeps,
  command: Command,
  stored: StoredModel,
  name?: string,
) {
  let registered: Awaited<ReturnType<CliBackend['predictive']['registerModel']>> | undefined
  await withBackend(deps, command, async (backend) => {
    registered = await backend.predictive.registerModel(stored, name)
  })
  return registered
}

/** `baton model <train|evaluate|score>`: predictive lead scoring from a CSV of closed-loop outcomes. */
export function modelCommand(deps: ProgramDeps): Command {
  const model = new Command('model').description(
    'Predictive scoring: train a model on outcomes, evaluate it, score new rows',
  )
  model
    .command('train')
    .description(
      "Train a model on a CSV with a known outcome per row, or on Baton's own outcomes, and write it as JSON",
    )
    .option('--data <csv>', 'CSV file with one row per lead and the outcome column')
    .option('--target <col>', 'the outcome column')
    .option(
      '--from-outcomes',
      "learn from Baton's closed-loop outcomes instead of a CSV (conversions and wins vs disqualified, lost, unresponsive)",
    )
    .option(
      '--since <date>',
      'with --from-outcomes: only people captured on or after YYYY-MM-DD',
      day,
    )
    .option('--positive <value>', "the outcome value that counts as converted (default '1')")
    .option('--delimiter <c>', 'field delimiter (detected when left out)')
    .option('--exclude <a,b>', 'columns never used as features', list, [])
    .option('--allow <a,b>', 'columns the leakage guard must keep', list, [])
    .addOption(
      new Option('--algorithm <name>', 'learner; auto keeps the better on validation')
        .choices(algorithmChoices)
        .default('auto'),
    )
    .addOption(
      new Option('--seed <n>', 'seed for the split and the learner').default(42).argParser(seed),
    )
    .option('--out <model.json>', 'where to write the model (needed unless --register)')
    .option('--register', 'also store the model with its metrics as a draft version')
    .option('--name <name>', 'with --register: a name for the version')
    .action(async (options: TrainOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>()
      requireTrainOptions(options, command)
      const trained =
        options.fromOutcomes === true
          ? await trainOnOutcomes(deps, command, options)
          : await trainOnCsv(options)
      if (trained.leakWarning !== '') deps.out.stderr(`warning: ${trained.leakWarning}\n`)
      if (options.out !== undefined) {
        await writeFile(options.out, `${JSON.stringify(trained.stored, null, 2)}\n`)
      }
      const registered =
        options.register === true
          ? await registerTrained(deps, command, trained.stored, options.name)
          : undefined
      const summary = {
        ...(options.out === undefined ? {} : { out: options.out }),
        ...trained.summary,
        ...(registered === undefined ? {} : { registered }),
      }
      present(
        deps.out,
        global.json === true,
        summary,
        () =>
          `${trainText(options.out, trained.report)}${registered === undefined ? '' : versionLine(registered)}`,
      )
    })
  model
    .command('evaluate')
    .description('Measure a model on a CSV that has the outcome column: AUC, PR AUC, lift')
    .requiredOption('--model <model.json>', 'a file written by `baton model train`')
    .requiredOption('--data <csv>', 'CSV file with the model target column')
    .option('--delimiter <c>', 'field delimiter (detected when left out)')
    .action(async (options: DataOptions, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>()
      const stored = await loadModel(options.model)
      const data = await loadData(options.data, stored.target, stored.positive, options.delimiter)
      present(deps.out, global.json === true, evaluatePredictor(stored, data), evaluationText)
    })
  model
    .command('score')
    .description(
      'Score every row of a CSV: row, probability, explanation (same order as the input)',
    )
    .requiredOption('--model <model.json>', 'a file written by `baton model train`')
    .requiredOption('--data <csv>', 'CSV file to score')
    .requiredOption('--out <scores.csv>', 'where to write the scores')
    .option('--delimiter <c>', 'field delimiter (detected when left out)')
    .action(async (options: DataOptions & { out: string }, command: Command) => {
      const global = command.optsWithGlobals<GlobalOptions>()
      const stored = await loadModel(options.model)
      const result = await scoreFile(stored, options.data, options.out, options.delimiter)
      present(
        deps.out,
        global.json === true,
        result,
        (r) => `scored ${r.rows} rows into ${r.out}\n`,
      )
    })
  addModelRegistryCommands(model, deps)
  return model
}
