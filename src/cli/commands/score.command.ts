import { SingleBar } from 'cli-progress'
import { Command, InvalidArgumentError, Option } from 'commander'
import type { BackTest, ModelOutcome } from '../../app/scoring/back-test-model.ts'
import type { ScoreExplanation } from '../../app/scoring/explain-score.ts'
import type { Rebuilt } from '../../app/scoring/rebuild-scores.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { withBackend } from '../with-backend.ts'
import { modelVersion } from './score-model.command.ts'

const round = (n: number | undefined, digits: number) =>
  n === undefined ? '' : Number(n.toFixed(digits)).toString()

function explanationText(e: ScoreExplanation): string {
  const when =
    e.scoredAt === null
      ? `not stored yet, scored now (${e.at.toISOString()})`
      : `scored ${e.at.toISOString()}`
  const head = `person ${e.personId}: ${e.total} = fit ${e.fit} + engagement ${e.engagement} + intent ${e.intent}, band ${e.band.name} (score model version ${e.modelVersion}, ${when})\n`
  const rows = e.contributions.map((c) => [
    c.ruleKind,
    c.ruleId,
    c.eventType ?? '',
    c.occurredAt?.toISOString().slice(0, 10),
    round(c.ageDays, 1),
    c.rawPoints,
    c.cappedPoints,
    round(c.decayFactor, 4),
    c.points,
    c.status,
  ])
  const table = formatTable(
    [
      'rule kind',
      'rule',
      'event',
      'on',
      'age days',
      'raw',
      'after cap',
      'decay',
      'points',
      'status',
    ],
    rows,
  )
  const p = e.prediction
  const predicted =
    p === undefined
      ? ''
      : `predicted probability of converting: ${(p.probability * 100).toFixed(1)}% (predictive model version ${p.modelVersion}, scored ${p.at.toISOString()}): ${p.explanation}\n`
  return `${head}${table}sum of points: ${e.total}\n${predicted}`
}

const outcomeRow = (label: string, o: ModelOutcome) => [
  `${label} v${o.version}`,
  o.atOrAboveMql,
  o.reachedSql,
  o.mqlToSqlPct === null ? 'n/a' : `${o.mqlToSqlPct}%`,
]

function rebuildText(result: Rebuilt | BackTest): string {
  if (result.kind === 'rebuilt')
    return `rebuilt ${result.people} people with score model version ${result.modelVersion} in ${result.chunks} chunk(s); ${result.moves} stage move(s)\n`
  const rows = [outcomeRow('candidate', result.candidate)]
  if (result.live) rows.push(outcomeRow('live', result.live))
  return (
    `back-test over ${result.people} people at the MQL threshold ${result.mqlThreshold} (nothing written)\n` +
    formatTable(
      ['model', `at or above ${result.mqlThreshold}`, 'of those reached sql', 'MQL->SQL'],
      rows,
    )
  )
}

function chunkSize(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 10_000)
    throw new InvalidArgumentError(`--chunk takes a whole number from 1 to 10,000, not "${value}"`)
  return n
}

/** `baton score explain|rebuild`: why a person has their score; recompute or back-test. */
export function scoreCommand(deps: ProgramDeps): Command {
  const command = new Command('score').description(
    'Scores: explain one, rebuild all, back-test a model',
  )
  command
    .command('explain')
    .description('Every rule and event behind a person’s score, summing exactly to it')
    .argument('<personId>', 'a person')
    .action(async (personId: string, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.scoring.explainScore(personId), explanationText)
      })
    })
  command
    .command('rebuild')
    .description(
      'Recompute every score with the live model in chunks; --model v (not live) back-tests v',
    )
    .option(
      '--model <version>',
      'back-test this version against the live one instead',
      modelVersion,
    )
    .addOption(
      new Option('--chunk <n>', 'people per transaction').default(1000).argParser(chunkSize),
    )
    .option('--no-progress', 'no progress bar')
    .action(async (options: { model?: number; chunk: number; progress: boolean }, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        const bar =
          options.progress && process.stderr.isTTY && !json
            ? new SingleBar({
                format:
                  'scoring {bar} {percentage}% | {value}/{total} people | ETA {eta_formatted}',
              })
            : undefined
        const result = await backend.scoring.rebuildScores({
          ...(options.model === undefined ? {} : { model: options.model }),
          chunkSize: options.chunk,
          onProgress: ({ done, total }) => {
            if (bar?.getTotal() !== total) bar?.start(total, 0)
            bar?.update(done)
          },
        })
        bar?.stop()
        present(deps.out, json, result, rebuildText)
      })
    })
  return command
}
