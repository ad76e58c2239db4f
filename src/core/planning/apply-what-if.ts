import { checkRate } from './check-rate.ts'
import { planError } from './plan-error.ts'
import { rateNames, type PlanChannel, type RateName } from './types.ts'

/** One assumption changed: a conversion, for every channel or the one named. */
export type WhatIfChange = {
  readonly rate: RateName
  readonly value: number
  readonly channel?: string
}

/** Reads "mql_to_sql=0.8" (or "paid search:mql_to_sql=0.8" for one channel). */
export function toWhatIfChange(text: string): WhatIfChange {
  const match = /^(?:(.+):)?([a-z_]+)=(.+)$/.exec(text.trim())
  const rate = match?.[2] as RateName | undefined
  if (!match || rate === undefined || !(rateNames as readonly string[]).includes(rate)) {
    throw planError(
      `"${text}" is not a change of a rate`,
      `write <rate>=<share>, e.g. mql_to_sql=0.8, with a rate among ${rateNames.join(', ')} (prefix "<channel>:" for one channel)`,
      { set: text },
    )
  }
  const value = Number(match[3])
  const channel = match[1]
  checkRate(channel ?? 'every', rate, { value, origin: 'what_if' })
  return channel === undefined ? { rate, value } : { rate, value, channel }
}

/** The channels with the changes applied; a change naming no known channel is refused. */
export function applyWhatIf(
  channels: readonly PlanChannel[],
  changes: readonly WhatIfChange[],
): PlanChannel[] {
  for (const change of changes) {
    if (change.channel !== undefined && !channels.some((c) => c.name === change.channel)) {
      throw planError(
        `The change of ${change.rate} names channel "${change.channel}", which the plan does not define`,
        `use one of ${channels.map((c) => c.name).join(', ')}`,
        { channel: change.channel },
      )
    }
  }
  return channels.map((channel) => {
    const mine = changes.filter((c) => c.channel === undefined || c.channel === channel.name)
    if (mine.length === 0) return channel
    const conversion = { ...channel.rates.conversion }
    for (const change of mine) conversion[change.rate] = { value: change.value, origin: 'what_if' }
    return { ...channel, rates: { ...channel.rates, conversion } }
  })
}
