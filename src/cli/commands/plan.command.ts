import { Command, InvalidArgumentError, Option } from 'commander'
import { parseExperiment } from '../../app/experiments/parse-experiment.ts'
import { parsePlan } from '../../app/planning/parse-plan.ts'
import type { StoredPlan } from '../../app/planning/planning-ports.ts'
import type { PlanTracking } from '../../app/planning/track-plan.ts'
import type { PlanWhatIf } from '../../app/planning/what-if-plan.ts'
import type { ExperimentReportView } from '../../app/experiments/experiments.ts'
import { planStages } from '../../core/planning/index.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import { readChecked } from '../read-checked.ts'
import { withBackend } from '../with-backend.ts'

const money = (cents: number | null) => (cents === null ? '-' : (cents / 100).toFixed(2))

function planText(plan: StoredPlan): string {
  const { result } = plan
  const head = `plan ${plan.id} "${plan.name}" ${plan.periodStart} .. ${plan.periodEnd}\n`
  const lines = formatTable(
    ['target', 'channel', 'source', 'revenue', ...planStages],
    result.plan.lines.map((l) => [
      l.target,
      l.channel,
      l.source,
      money(l.revenueCents),
      ...planStages.map((s) => l.required[s]),
    ]),
  )
  const total = `total: ${planStages.map((s) => `${s} ${result.plan.total[s]}`).join(', ')}\n`
  const models = result.salesModels.map(
    (m) =>
      `sales model ${m.name}: ${m.inquiries.planned} inquiries (${m.inquiries.atBest} at best) for ${m.qualified} qualified, ${m.totalHours.planned} rep hours (${m.hoursByTeam.map((t) => `${t.team} ${t.planned}`).join(', ')})\n`,
  )
  const over = result.capacity.over.map(
    (w) =>
      `over capacity: ${w.team} in ${w.week}: ${w.loadHours} of ${w.capacityHours} hours (${Math.round(w.utilization * 100)}%)\n`,
  )
  const warnings = result.warnings.map((w) => `warning: ${w}\n`)
  return head + lines + total + models.join('') + over.join('') + warnings.join('')
}

function trackText(t: PlanTracking): string {
  const rows = t.weeks.filter((w) => w.actual !== null || w.planned > 0)
  return (
    formatTable(
      ['week', 'stage', 'planned', 'actual', 'cum planned', 'cum actual', 'gap'],
      rows.map((w) => [
        w.week,
        w.stage,
        w.planned,
        w.actual,
        w.cumulativePlanned,
        w.cumulativeActual,
        w.gap,
      ]),
    ) + t.warnings.map((w) => `warning: ${w}\n`).join('')
  )
}

function whatIfText(r: PlanWhatIf): string {
  const stages = planStages.map(
    (s) => `${s} ${r.before[s]} -> ${r.after[s]} (${r.delta[s] >= 0 ? '+' : ''}${r.delta[s]})`,
  )
  const channels = r.byChannel.map(
    (c) =>
      `${c.channel}: inquiries ${c.deltaInquiries >= 0 ? '+' : ''}${c.deltaInquiries}, cost per inquiry ${money(c.costPerInquiryCents)}, spend ${money(c.deltaSpendCents)}${c.reason ? ` (${c.reason})` : ''}\n`,
  )
  return `${stages.join('\n')}\n${channels.join('')}spend change: ${money(r.deltaSpendCents)}\n`
}

function experimentText(r: ExperimentReportView): string {
  const arms = formatTable(
    ['arm', 'leads', 'meetings', 'rate', 'pipeline', 'revenue'],
    r.arms.map((a) => [
      a.arm,
      a.leads,
      a.meetings,
      a.meetingRate === null ? '-' : a.meetingRate.toFixed(3),
      money(a.pipelineCents),
      money(a.revenueCents),
    ]),
  )
  const lifts = r.comparisons.map((c) =>
    c.meetings === null
      ? `${c.arm} vs ${c.against}: no interval yet\n`
      : `${c.arm} vs ${c.against}: meeting rate ${c.meetings.difference.toFixed(3)} [${c.meetings.low.toFixed(3)}, ${c.meetings.high.toFixed(3)}] (95%); revenue per lead ${money(c.revenuePerLeadCents?.difference ?? null)} [${money(c.revenuePerLeadCents?.low ?? null)}, ${money(c.revenuePerLeadCents?.high ?? null)}]\n`,
  )
  const n = r.sampleSize
  return `${arms}${lifts.join('')}sample size: ${n.perArm ?? '-'} leads per arm to detect a ${n.lift} lift${n.reason ? ` (${n.reason})` : n.enough ? ' (reached)' : ' (not reached yet)'}\n`
}

const months = (value: string) => {
  const n = Number(value)
  if (!Number.isInteger(n) || n < 1 || n > 60)
    throw new InvalidArgumentError('--months takes 1 to 60')
  return n
}

/** `baton plan create|show|list|track|what-if|rates`: reverse funnel plans and plan vs actual. */
export function planCommand(deps: ProgramDeps): Command {
  const command = new Command('plan').description(
    'Reverse funnel plans: create, show, list, track against actuals, what-if',
  )
  command
    .command('create')
    .description(
      'Compute a plan from a YAML or JSON file and save it (format: presets/plans/README.md)',
    )
    .argument('<file>', 'plan file')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const { plan } = await readChecked(deps, file, parsePlan, 'plan.invalid')
      await withBackend(deps, cmd, async (b, json) =>
        present(deps.out, json, await b.planning.createPlan(plan), planText),
      )
    })
  command
    .command('show')
    .description('A saved plan')
    .argument('<id>')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (b, json) =>
        present(deps.out, json, await b.planning.getPlan(id), planText),
      )
    })
  command
    .command('list')
    .description('Saved plans, newest first')
    .action(async (_o: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (b, json) =>
        present(deps.out, json, await b.planning.listPlans(), (plans) =>
          formatTable(
            ['id', 'name', 'from', 'to', 'won', 'inquiries'],
            plans.map((p) => [
              p.id,
              p.name,
              p.periodStart,
              p.periodEnd,
              p.result.plan.total.won,
              p.result.plan.total.inquiry,
            ]),
          ),
        ),
      )
    })
  command
    .command('track')
    .description('Actual vs plan per week and stage, with drift warnings')
    .argument('<id>')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (b, json) =>
        present(deps.out, json, await b.planning.trackPlan(id), trackText),
      )
    })
  command
    .command('what-if')
    .description('Change rates and see the delta in required inquiries and spend')
    .argument('<id>')
    .addOption(
      new Option(
        '--set <rate=share...>',
        'e.g. mql_to_sql=0.8, or <channel>:mql_to_sql=0.8',
      ).makeOptionMandatory(),
    )
    .action(async (id: string, o: { set: string[] }, cmd: Command) => {
      await withBackend(deps, cmd, async (b, json) =>
        present(deps.out, json, await b.planning.whatIf(id, o.set), whatIfText),
      )
    })
  command
    .command('rates')
    .description(
      'Conversion, lag and deal size per lead source from the last N months, with samples',
    )
    .addOption(new Option('--months <n>', 'months of history').default(12).argParser(months))
    .action(async (o: { months: number }, cmd: Command) => {
      await withBackend(deps, cmd, async (b, json) =>
        present(
          deps.out,
          json,
          await b.planning.historyRates({ months: o.months, minSample: 30 }),
          (r) =>
            formatTable(
              ['source', 'rate', 'value', 'cohort', 'reached', 'lag days', 'note'],
              [r.total, ...r.bySource].flatMap((s) =>
                Object.entries(s.conversion).map(([rate, c]) => [
                  s.leadSource ?? '(all)',
                  rate,
                  c.value === null ? '-' : c.value.toFixed(4),
                  c.cohort,
                  c.reached,
                  s.lagDays[rate as 'mql_to_sql'],
                  c.warning ?? c.reason ?? '',
                ]),
              ),
            ),
        ),
      )
    })
  return command
}

/** `baton experiment create|report`: randomized lead distribution and its lift. */
export function experimentCommand(deps: ProgramDeps): Command {
  const command = new Command('experiment').description(
    'Experiments on lead distribution: hold-outs and A/B routing',
  )
  command
    .command('create')
    .description('Start an experiment from a YAML or JSON file')
    .argument('<file>')
    .action(async (file: string, _o: unknown, cmd: Command) => {
      const { experiment } = await readChecked(deps, file, parseExperiment, 'experiment.invalid')
      await withBackend(deps, cmd, async (b, json) =>
        present(
          deps.out,
          json,
          await b.planning.createExperiment(experiment),
          (e) =>
            `experiment ${e.id} "${e.name}": ${e.status}, arms ${e.design.arms.map((a) => `${a.name} ${a.share}`).join(', ')}\n`,
        ),
      )
    })
  command
    .command('report')
    .description('Lift per arm with confidence intervals and the sample size needed')
    .argument('<id>')
    .action(async (id: string, _o: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (b, json) =>
        present(deps.out, json, await b.planning.experimentReport(id), experimentText),
      )
    })
  return command
}
