/** What the SLA report can split by: the clock's owner, the owner's team, or the clock's priority. */
export const slaDimensions = ['owner', 'team', 'priority'] as const
export type SlaDimension = (typeof slaDimensions)[number]

/** The dimension a `--by` value names, or undefined when it names none. */
export function toSlaDimension(value: string): SlaDimension | undefined {
  const name = value.trim().toLowerCase()
  return (slaDimensions as readonly string[]).includes(name) ? (name as SlaDimension) : undefined
}
