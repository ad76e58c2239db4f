import { toCsv } from '../csv/write-csv.ts'
import { InvalidArgumentError, type Command } from 'commander'
import type { PipelineReport } from '../../core/analytics/index.ts'
import { formatTable } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import {
  heading,
  label,
  money,
  pct,
  periodAction,
  periodCommand,
  rowsOf,
  type PeriodOptions,
} from './funnel-report.command.ts'

const stageColumns = [
  'group',
  'stage',
  'status',
  'deals',
  'amount',
  'silent',
  'probability',
  'weighted',
]

function stageCells(report: PipelineReport): (string | number)[][] {
  return rowsOf(report).flatMap(([g, total]) =>
    g.stages.map((s) => [
      label(g.group, total),
      s.stage,
      s.status,
      s.deals,
      money(s.amountCents),
      s.silentDeals,
      s.probability === null ? '-' : pct(s.probability),
      money(s.weightedCents),
    ]),
  )
}

function pipelineText(report: PipelineReport): string {
  const summary = formatTable(
    ['group', 'opened', 'open', 'weighted', 'won', 'lost', 'win rate', 'avg won', 'cycle median'],
    rowsOf(report).map(([g, total]) => [
      label(g.group, total),
      g.created.deals,
      money(g.openCents),
      money(g.weightedOpenCents),
      `${g.won} (${money(g.wonAmountCents)})`,
      g.lost,
      pct(g.winRate.value),
      money(g.averageDealCents),
      g.salesCycleDays.median === null ? '-' : `${g.salesCycleDays.median.toFixed(1)} d`,
    ]),
  )
  const unweighted = report.total.unweightedStages
  const note =
    unweighted.length === 0
      ? ''
      : `no probability in the agreement in force for: ${unweighted.join(', ')} (weighted shows -)\n`
  return `${heading('pipeline', report)} (silent after ${report.silentAfterDays} days)\n${summary}\n${formatTable(stageColumns, stageCells(report))}${note}`
}

function pipelineCsv(report: PipelineReport): string {
  return toCsv(stageCells(report), { header: true, columns: stageColumns })
}

function silentDays(value: string): number {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 3650)
    throw new InvalidArgumentError('--silent-days takes 1 to 3650')
  return n
}

/** `baton report pipeline`, added to the report command. */
export function addPipelineReport(report: Command, deps: ProgramDeps): void {
  periodCommand(
    report,
    'pipeline',
    'Deals by stage (open ones weighted, silent ones discounted), win rate, average deal, cycle',
    'split by product, owner, cohort or source',
  )
    .option(
      '--silent-days <n>',
      'days without a stage move after which an open deal is silent',
      silentDays,
    )
    .action(
      periodAction(
        deps,
        (backend, o: PeriodOptions & { silentDays?: number }) =>
          backend.pipelineReport({
            from: o.from,
            to: o.to,
            by: o.by,
            silentAfterDays: o.silentDays,
          }),
        pipelineText,
        pipelineCsv,
      ),
    )
}
