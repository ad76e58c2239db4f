/**
 * Rounds each value to `decimals` so the rounded values sum exactly to the rounded sum of the
 * values (largest-remainder method): every value is floored, then the units still missing go to
 * the values with the largest remainders, ties to the earlier value.
 */
export function roundToSum(values: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals
  const count = values.length
  const floors = new Array<number>(count)
  const remainders = new Array<number>(count)
  let sum = 0
  let floored = 0
  for (let index = 0; index < count; index += 1) {
    // Snap away float noise first, so 2.9999999999999996 hundredths count as 3.
    const scaled = Math.round((values[index] ?? 0) * scale * 1e6) / 1e6
    const floor = Math.floor(scaled)
    floors[index] = floor
    remainders[index] = scaled - floor
    sum += scaled
    floored += floor
  }
  const missing = Math.round(sum) - floored
  if (missing > 0) {
    const order = largestFirst(remainders)
    for (let rank = 0; rank < missing && rank < count; rank += 1) {
      const index = order[rank] ?? 0
      floors[index] = (floors[index] ?? 0) + 1
    }
  }
  for (let index = 0; index < count; index += 1) floors[index] = (floors[index] ?? 0) / scale
  return floors
}

// Indexes by remainder, largest first, ties in index order. A score rounds ~20 contributions per
// person, where insertion sort beats a comparator sort; long lists take the comparator sort.
function largestFirst(remainders: readonly number[]): number[] {
  const order = remainders.map((_, index) => index)
  if (order.length > 32)
    return order.sort((a, b) => (remainders[b] ?? 0) - (remainders[a] ?? 0) || a - b)
  for (let i = 1; i < order.length; i += 1) {
    const index = order[i] ?? 0
    const remainder = remainders[index] ?? 0
    let j = i - 1
    for (; j >= 0 && (remainders[order[j] ?? 0] ?? 0) < remainder; j -= 1)
      order[j + 1] = order[j] ?? 0
    order[j + 1] = index
  }
  return order
}
