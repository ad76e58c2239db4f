import type { ScoreState } from '../core/scoring/index.ts'

// person.score_state as compact text, read and written with every scored batch: one flat JSON
// array (native JSON is the fastest text both ways), instants of scored events as milliseconds
// before `at`: [version, at, last | null, negatives count, ...negatives (null when unmatched),
// ...rule, ms before at, rule, ms before at, ...].
//   e.g. [3,1795446000000,1795442400000,2,null,null,0,3456000000,4,259200000] (model 3 at
//   2026-11-23T15:00Z, last event an hour before, no negative match, rule 0 forty days before,
//   rule 4 three days before)

/** The text stored for a state. */
export function toScoreStateText(state: ScoreState): string {
  const flat: (number | null)[] = [
    state.modelVersion,
    state.atMs,
    state.lastEventAtMs,
    state.negativeAtMs.length,
    ...state.negativeAtMs,
  ]
  for (const [rule, atMs] of state.scored) flat.push(rule, state.atMs - atMs)
  return JSON.stringify(flat)
}

const isInteger = (value: unknown): value is number => Number.isSafeInteger(value)
const isInstant = (value: unknown): value is number | null => value === null || isInteger(value)

function parse(text: string): unknown {
  try {
    return JSON.parse(text)
  } catch {
    return undefined
  }
}

/** The state a stored text stands for; null for anything else (the score then reads the history). */
export function fromScoreStateText(text: unknown): ScoreState | null {
  const flat = typeof text === 'string' ? parse(text) : undefined
  if (!Array.isArray(flat)) return null
  const [modelVersion, atMs, lastEventAtMs, negatives] = flat as unknown[]
  if (!isInteger(modelVersion) || !isInteger(atMs) || !isInstant(lastEventAtMs)) return null
  if (!isInteger(negatives) || negatives < 0 || (flat.length - 4 - negatives) % 2 !== 0) return null
  const negativeAtMs = flat.slice(4, 4 + negatives) as unknown[]
  if (!negativeAtMs.every(isInstant)) return null
  const scored: [number, number][] = []
  for (let i = 4 + negatives; i < flat.length; i += 2) {
    const rule: unknown = flat[i]
    const before: unknown = flat[i + 1]
    if (!isInteger(rule) || !isInteger(before)) return null
    scored.push([rule, atMs - before])
  }
  return { modelVersion, atMs, lastEventAtMs, scored, negativeAtMs }
}
