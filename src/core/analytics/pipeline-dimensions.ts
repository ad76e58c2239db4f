/** What the pipeline report can split by: the deal's product, its owner, the month it opened, or its person's lead source. */
export const pipelineDimensions = ['product', 'owner', 'cohort', 'source'] as const
export type PipelineDimension = (typeof pipelineDimensions)[number]

/** The dimension a `--by` value names, or undefined when it names none. */
export function toPipelineDimension(value: string): PipelineDimension | undefined {
  const name = value.trim().toLowerCase()
  return (pipelineDimensions as readonly string[]).includes(name)
    ? (name as PipelineDimension)
    : undefined
}
