/** What funnel and velocity reports can split by; `origin` and `channel` are names for `source`. */
export const funnelDimensions = [
  'source',
  'owner',
  'country',
  'cohort',
  'agreement_version',
  'week',
] as const
export type FunnelDimension = (typeof funnelDimensions)[number]

const aliases: Readonly<Record<string, FunnelDimension>> = { origin: 'source', channel: 'source' }

/** The dimension a `--by` value names, or undefined when it names none. */
export function toFunnelDimension(value: string): FunnelDimension | undefined {
  const name = value.trim().toLowerCase().replace(/-/g, '_')
  return (funnelDimensions as readonly string[]).includes(name)
    ? (name as FunnelDimension)
    : aliases[name]
}
