/**
 * Upper bin edges splitting sorted finite values into at most `bins` bins of roughly equal count:
 * a value v falls in the first bin whose edge is >= v, or in the last bin past every edge.
 */
export function quantileEdges(sorted: Float64Array, bins: number): number[] {
  const count = sorted.length
  if (count === 0) return []
  const max = sorted[count - 1] ?? 0
  const distinct = distinctValues(sorted, bins)
  if (distinct !== undefined) return distinct.slice(0, -1)
  const edges: number[] = []
  for (let i = 1; i < bins; i += 1) {
    const edge = sorted[Math.ceil((i * count) / bins) - 1] ?? max
    const last = edges[edges.length - 1]
    if (edge < max && (last === undefined || edge > last)) edges.push(edge)
  }
  return edges
}

/** The bin code of a value: 1 + the index of the first edge >= value (0 is kept for missing). */
export function binOf(edges: readonly number[], value: number): number {
  let low = 0
  let high = edges.length
  while (low < high) {
    const middle = (low + high) >>> 1
    if ((edges[middle] ?? Infinity) < value) low = middle + 1
    else high = middle
  }
  return low + 1
}

// The distinct values when there are at most `limit` of them, else undefined.
function distinctValues(sorted: Float64Array, limit: number): number[] | undefined {
  const values: number[] = []
  for (const value of sorted) {
    if (values[values.length - 1] === value) continue
    if (values.length === limit) return undefined
    values.push(value)
  }
  return values
}
