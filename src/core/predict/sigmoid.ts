/** The probability for a log-odds value, computed without overflow. */
export function sigmoid(logOdds: number): number {
  if (logOdds >= 0) return 1 / (1 + Math.exp(-logOdds))
  const odds = Math.exp(logOdds)
  return odds / (1 + odds)
}

/** log(1 + e^x) without overflow: the log-loss of a negative at log-odds x. */
export function softplus(x: number): number {
  return x > 0 ? x + Math.log1p(Math.exp(-x)) : Math.log1p(Math.exp(x))
}

/** Binary log-loss of one outcome at the given log-odds. */
export function logLossAt(logOdds: number, positive: boolean): number {
  return softplus(logOdds) - (positive ? logOdds : 0)
}

/** The log-odds of a rate, with the rate kept inside [1e-9, 1 - 1e-9] so the result stays finite. */
export function logit(rate: number): number {
  const kept = Math.min(1 - 1e-9, Math.max(1e-9, rate))
  return Math.log(kept / (1 - kept))
}
