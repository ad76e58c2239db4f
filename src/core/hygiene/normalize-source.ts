import { cleanText } from './clean-text.ts'
import { toEmptyIfPlaceholder } from './to-empty-if-placeholder.ts'
import type { NormalizedSource } from './types.ts'

// Spellings of one channel, keyed as `sourceKey` leaves them, merged to one name.
const aliases: Readonly<Record<string, string>> = {
  'google ads': 'google',
  'google adwords': 'google',
  adwords: 'google',
  'google cpc': 'google',
  'google com': 'google',
  'bing ads': 'bing',
  'microsoft ads': 'bing',
  fb: 'facebook',
  'facebook ads': 'facebook',
  'meta ads': 'facebook',
  'linked in': 'linkedin',
  'linkedin ads': 'linkedin',
  youtubechannel: 'youtube',
  'youtube channel': 'youtube',
  organic: 'organic search',
  seo: 'organic search',
  ppc: 'paid search',
  cpc: 'paid search',
  sem: 'paid search',
  'pay per click': 'paid search',
  'pay per click ads': 'paid search',
  direct: 'direct traffic',
  'direct none': 'direct traffic',
  'referral sites': 'referral',
  referrals: 'referral',
  social: 'social media',
  'e mail': 'email',
  livechat: 'live chat',
}
// Values typed to try a form out, or keyboard mashes.
const junkWords: ReadonlySet<string> = new Set([
  'dummy',
  'fake',
  'junk',
  'sample',
  'foo',
  'bar',
  'foobar',
  'abc',
  'abcd',
  'abc123',
  'lorem ipsum',
])
const junkShapes: readonly RegExp[] = [
  /^test(?:ing|er)? ?(?:\d+|one|two|three|lead|source|data)?$/u,
  /^(?:asdf|qwer|zxcv|hjkl)\p{L}*$/u,
  /^(\p{L})\1{2,}$/u,
  /^\d+$/u,
]

/**
 * Normalizes a lead source to one name per channel: lower case, separators as single spaces,
 * aliases merged ("Google", "google", "google ads" -> "google"; "organic_search" -> "organic
 * search"); test and keyboard-mash values ("testone", "asdf", "xxx") are marked junk.
 */
export function normalizeSource(raw: string | null | undefined): NormalizedSource {
  const key = sourceKey(raw)
  if (isJunk(key)) return { source: key, junk: true }
  if (toEmptyIfPlaceholder(raw) === null) return { source: null, junk: false }
  return { source: aliases[key] ?? key, junk: false }
}

function sourceKey(raw: string | null | undefined): string {
  return cleanText(raw)
    .toLowerCase()
    .replace(/[^\p{L}\p{M}\p{N}]+/gu, ' ')
    .trim()
}

function isJunk(key: string): boolean {
  return junkWords.has(key) || junkShapes.some((shape) => shape.test(key))
}
