import { Command, InvalidArgumentError } from 'commander'
import type { MarketSize } from '../../app/reports/report-ports.ts'
import { formatTable, present } from '../output.ts'
import type { GlobalOptions, ProgramDeps } from '../program-deps.ts'
import { money } from './funnel-report.command.ts'

// "1234567.89" in the currency's units, to whole cents.
function cents(value: string): number {
  if (!/^\d+(\.\d{1,2})?$/.test(value.trim()))
    throw new InvalidArgumentError('--amount takes a non-negative amount such as 1250000 or 99.50')
  return Math.round(Number(value) * 100)
}

const table = (sizes: readonly MarketSize[]) =>
  formatTable(
    ['from', 'to', 'amount', 'currency', 'note'],
    sizes.map((s) => [s.periodStart, s.periodEnd, money(s.amountCents), s.currency, s.note ?? '']),
  )

/** `baton market set|list`: the market's total sales per period, for market share. */
export function marketCommand(deps: ProgramDeps): Command {
  const market = new Command('market').description(
    "The market's total sales per period, which market share divides won revenue by",
  )
  const run =
    <O>(work: (backend: Awaited<ReturnType<ProgramDeps['openBackend']>>, o: O) => Promise<void>) =>
    async (options: O, command: Command) => {
      const backend = await deps.openBackend(command.optsWithGlobals<GlobalOptions>())
      try {
        await work(backend, options)
      } finally {
        await backend.close()
      }
    }
  market
    .command('set')
    .description('Record the market size for a period; the same period again replaces it')
    .requiredOption(
      '--period <period>',
      'a year (2024), quarter (2024-Q1), month (2024-03) or 2024-01-01..2024-06-30',
    )
    .requiredOption('--amount <amount>', "the market's total sales, e.g. 1250000.00", cents)
    .option('--currency <code>', 'ISO 4217 code', 'USD')
    .option('--note <text>', 'where the figure comes from')
    .action(
      run(
        async (backend, o: { period: string; amount: number; currency: string; note?: string }) => {
          const global = market.optsWithGlobals<GlobalOptions>()
          const result = await backend.analytics.setMarketSize({
            period: o.period,
            amountCents: o.amount,
            currency: o.currency,
            note: o.note,
          })
          present(deps.out, global.json === true, result, (r) => `${r.outcome}\n${table([r.size])}`)
        },
      ),
    )
  market
    .command('list')
    .description('Every recorded market size')
    .action(
      run(async (backend) => {
        const global = market.optsWithGlobals<GlobalOptions>()
        present(deps.out, global.json === true, await backend.analytics.listMarketSizes(), table)
      }),
    )
  return market
}
