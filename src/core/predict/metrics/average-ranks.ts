/** 1-based ranks of the values in ascending order; tied values share the mean of their ranks. */
export function averageRanks(values: readonly number[]): number[] {
  const sorted = values
    .map((value, index) => ({ value, index }))
    .sort((a, b) => (a.value < b.value ? -1 : a.value > b.value ? 1 : 0))
  const ranks = new Array<number>(values.length).fill(0)
  let start = 0
  while (start < sorted.length) {
    let end = start
    while (end + 1 < sorted.length && sorted[end + 1]?.value === sorted[start]?.value) end += 1
    const rank = (start + end) / 2 + 1
    for (const entry of sorted.slice(start, end + 1)) ranks[entry.index] = rank
    start = end + 1
  }
  return ranks
}
