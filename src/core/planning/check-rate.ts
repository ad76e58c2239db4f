import { planError } from './plan-error.ts'
import type { RateName, ResolvedRate } from './types.ts'

const labels: Record<RateName, string> = {
  inquiry_to_mql: 'inquiry->MQL',
  mql_to_sql: 'MQL->SQL',
  sql_to_opportunity: 'SQL->opportunity',
  opportunity_to_won: 'opportunity->won',
}

/** The human name of a rate, e.g. "MQL->SQL (mql_to_sql)". */
export function rateLabel(rate: RateName): string {
  return `${labels[rate]} (${rate})`
}

/**
 * A conversion the plan divides by: present, above 0 and at most 1, or a `plan.invalid` error naming
 * the channel and the rate and saying how to fix it.
 */
export function checkRate(
  channel: string,
  rate: RateName,
  resolved: ResolvedRate | undefined,
): number {
  const where = `Channel "${channel}": the ${rateLabel(rate)} rate`
  const set = `set channels.${channel}.rates.${rate} to a share above 0 and at most 1 (0.9 for 90%)`
  const details = { channel, rate }
  if (resolved === undefined) {
    throw planError(`${where} is missing`, `${set}, or derive it from history`, details)
  }
  const { value } = resolved
  if (!Number.isFinite(value)) throw planError(`${where} is not a number`, set, details)
  if (value <= 0) {
    throw planError(
      `${where} is ${value}: no number of leads reaches a target through a stage nobody passes`,
      set,
      details,
    )
  }
  if (value > 1) {
    throw planError(
      `${where} is ${value}, above 1: a conversion is a share of the stage before`,
      `${set}${value <= 100 ? ` — for ${value}% write ${value / 100}` : ''}`,
      details,
    )
  }
  return value
}
