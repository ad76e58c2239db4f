import type { ScoreState } from '../core/scoring/index.ts'

// person.score_state as compact text, read and written with every scored batch (so the row stays
// small enough for heap-only updates): "version at last negatives pairs", instants in base 36,
// each pair "rule:ms before at", a negative rule "-" when unmatched, an empty list empty.
//   e.g. "3 mwte6w00 mwtc1q80 -,- 0:1l5m2o0,4:4abk00" (model 3 at 2026-11-23T15:00Z, last event an
//   hour before, no negative match, rule 0 forty days before, rule 4 three days before)

const none = '-'
const parse36 = (text: string): number | undefined => {
  if (!/^-?[0-9a-z]+$/.test(text)) return undefined
  const value = parseInt(text, 36)
  return Number.isSafeInteger(value) ? value : undefined
}
const instant = (text: string) => (text === none ? null : parse36(text))

/** The text stored for a state. */
export function toScoreStateText(state: ScoreState): string {
  const at = state.atMs
  const pairs = state.scored.map(([rule, ms]) => `${rule.toString(36)}:${(at - ms).toString(36)}`)
  return [
    state.modelVersion.toString(36),
    at.toString(36),
    state.lastEventAtMs === null ? none : state.lastEventAtMs.toString(36),
    state.negativeAtMs.map((ms) => (ms === null ? none : ms.toString(36))).join(','),
    pairs.join(','),
  ].join(' ')
}

function readPairs(text: string, atMs: number): [number, number][] | undefined {
  if (text === '') return []
  const pairs: [number, number][] = []
  for (const pair of text.split(',')) {
    const [rule, before, ...rest] = pair.split(':').map(parse36)
    if (rule === undefined || before === undefined || rest.length > 0) return undefined
    pairs.push([rule, atMs - before])
  }
  return pairs
}

/** The state a stored text stands for; null for anything else (the score then reads the history). */
export function fromScoreStateText(text: unknown): ScoreState | null {
  if (typeof text !== 'string') return null
  const [version, at, last, negatives, pairs, ...rest] = text.split(' ')
  const modelVersion = parse36(version ?? '')
  const atMs = parse36(at ?? '')
  const lastEventAtMs = instant(last ?? '')
  if (modelVersion === undefined || atMs === undefined || lastEventAtMs === undefined) return null
  if (negatives === undefined || pairs === undefined || rest.length > 0) return null
  const negativeAtMs = negatives === '' ? [] : negatives.split(',').map(instant)
  const scored = readPairs(pairs, atMs)
  if (scored === undefined || negativeAtMs.some((ms) => ms === undefined)) return null
  return {
    modelVersion,
    atMs,
    lastEventAtMs,
    scored,
    negativeAtMs: negativeAtMs as (number | null)[],
  }
}
