import {
  rateNames,
  type ChannelRates,
  type PlanChannel,
  type RateName,
  type ResolvedRate,
} from '../../core/planning/index.ts'
import type { PlanDocument } from './plan.schema.ts'
import type { HistoryRates, SourceHistory } from './rates-from-history.ts'

type DocumentChannel = PlanDocument['channels'][number]

function historyFor(
  channel: DocumentChannel,
  history: HistoryRates | undefined,
): SourceHistory | undefined {
  if (history === undefined || channel.leadSource === undefined) return undefined
  return history.bySource.find((s) => s.leadSource === channel.leadSource)
}

function conversionOf(
  channel: DocumentChannel,
  rate: RateName,
  seen: SourceHistory | undefined,
  warnings: string[],
): ResolvedRate | undefined {
  const written = channel.rates[rate]
  if (written !== undefined) return { value: written, origin: 'assumption' }
  const observed = seen?.conversion[rate]
  if (observed === undefined) return undefined
  if (observed.value === null) {
    warnings.push(`Channel "${channel.name}": history has no ${rate}: ${observed.reason ?? ''}`)
    return undefined
  }
  if (observed.warning !== undefined)
    warnings.push(`Channel "${channel.name}": ${observed.warning}`)
  const sample = { cohort: observed.cohort, reached: observed.reached }
  return { value: observed.value, origin: 'history', sample }
}

function ratesOf(channel: DocumentChannel, seen: SourceHistory | undefined, warnings: string[]) {
  const conversion: Partial<Record<RateName, ResolvedRate>> = {}
  const lagDays: Partial<Record<RateName, number>> = {}
  for (const rate of rateNames) {
    const resolved = conversionOf(channel, rate, seen, warnings)
    if (resolved !== undefined) conversion[rate] = resolved
    const lag = channel.lagDays[rate] ?? seen?.lagDays[rate] ?? undefined
    if (lag !== undefined) lagDays[rate] = lag
  }
  const deal = channel.averageDealCents ?? seen?.averageDealCents.value ?? undefined
  if (channel.averageDealCents === undefined && seen && seen.averageDealCents.value === null)
    warnings.push(
      `Channel "${channel.name}": history has no average deal: ${seen.averageDealCents.reason ?? ''}`,
    )
  const rates: ChannelRates =
    deal === undefined ? { conversion, lagDays } : { conversion, lagDays, averageDealCents: deal }
  return rates
}

/**
 * The plan's channels with every rate resolved: what the file says wins (an override), else the
 * history of the channel's lead source; the warnings name small samples and gaps in history.
 */
export function resolveChannels(
  document: PlanDocument,
  history: HistoryRates | undefined,
): { readonly channels: PlanChannel[]; readonly warnings: string[] } {
  const warnings: string[] = []
  const channels = document.channels.map((channel): PlanChannel => {
    const seen = historyFor(channel, history)
    if (history !== undefined && channel.leadSource !== undefined && seen === undefined)
      warnings.push(
        `Channel "${channel.name}": no lead in the last ${history.months} months has source "${channel.leadSource}"`,
      )
    const base = {
      name: channel.name,
      source: channel.source,
      entryStage: channel.entryStage,
      rates: ratesOf(channel, seen, warnings),
    }
    return channel.leadSource === undefined ? base : { ...base, leadSource: channel.leadSource }
  })
  return { channels, warnings }
}
