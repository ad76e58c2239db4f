import type { Leak, LeakReason } from './types.ts'

/**
 * One warning sentence naming each suspected column with its reason and the `--allow <col>`
 * override; empty text when nothing was flagged.
 */
export function describeLeaks(leaks: readonly Leak[]): string {
  const first = leaks[0]
  if (first === undefined) return ''
  const named = leaks.map((leak) => `"${leak.column}" (${toReasonText(leak.reason)})`).join(', ')
  const subject =
    leaks.length === 1
      ? '1 column looks like it leaks'
      : `${leaks.length} columns look like they leak`
  return (
    `${subject} the outcome, which would make the model look better than it is: ${named}. ` +
    `If a column is known before the outcome, keep it with --allow <col>, e.g. --allow "${first.column}".`
  )
}

function toReasonText(reason: LeakReason): string {
  switch (reason) {
    case 'name_hint':
      return 'its name says it is recorded after the outcome'
    case 'near_perfect_auc':
      return 'alone it predicts the outcome almost perfectly'
  }
}
