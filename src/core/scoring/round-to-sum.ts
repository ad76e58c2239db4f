/**
 * Rounds each value to `decimals` so the rounded values sum exactly to the rounded sum of the
 * values (largest-remainder method): every value is floored, then the units still missing go to
 * the values with the largest remainders, ties to the earlier value.
 */
export function roundToSum(values: readonly number[], decimals: number): number[] {
  const scale = 10 ** decimals
  // Snap away float noise first, so 2.9999999999999996 hundredths count as 3.
  const scaled = values.map((value) => Math.round(value * scale * 1e6) / 1e6)
  const floors = scaled.map((value) => Math.floor(value))
  const target = Math.round(scaled.reduce((sum, value) => sum + value, 0))
  let missing = target - floors.reduce((sum, value) => sum + value, 0)
  const byRemainder = scaled
    .map((value, index) => ({ index, remainder: value - (floors[index] ?? 0) }))
    .sort((a, b) => b.remainder - a.remainder || a.index - b.index)
  for (const { index } of byRemainder) {
    if (missing <= 0) break
    floors[index] = (floors[index] ?? 0) + 1
    missing -= 1
  }
  return floors.map((units) => units / scale)
}
