// Words that, in CRM and lead exports, name values a rep records while or after working the lead:
// they describe the outcome rather than predict it. Matched as whole words of the column name.
const postOutcomeWords = new Set([
  'tag',
  'tags',
  'quality',
  'status',
  'statuses',
  'stage',
  'stages',
  'duration',
  'outcome',
  'outcomes',
  'result',
  'results',
  'converted',
  'won',
  'lost',
  'closed',
  'disposition',
  'dispositions',
])

// Activity columns in exports are snapshots taken at export time, after the sales call.
const postOutcomePhrases = [
  ['last', 'activity'],
  ['last', 'notable', 'activity'],
]

// A score is only suspicious when the name says someone in sales assessed it; a marketing lead
// score is known before the hand-off and is a fair feature.
const assessorWords = new Set(['sales', 'call', 'rep', 'agent', 'final', 'closing', 'deal', 'post'])

/** The words of a column name, lower-case, split at spaces, punctuation and camelCase humps. */
export function toNameWords(column: string): string[] {
  return column
    .replace(/([a-z0-9])([A-Z])/g, '$1 $2')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((word) => word !== '')
}

/** The hint that marks a column name as recorded after the outcome, or undefined when none does. */
export function findNameHint(column: string): string | undefined {
  const words = toNameWords(column)
  const phrase = postOutcomePhrases.find((candidate) =>
    words.some((_, start) => candidate.every((word, offset) => words[start + offset] === word)),
  )
  if (phrase !== undefined) return phrase.join(' ')
  const word = words.find((candidate) => postOutcomeWords.has(candidate))
  if (word !== undefined) return word
  const assessor = words.find((candidate) => assessorWords.has(candidate))
  if (assessor !== undefined && words.includes('score')) return `${assessor} score`
  return undefined
}
