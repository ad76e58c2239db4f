import { cleanText } from './clean-text.ts'
import { nameParticles, toNameCase } from './to-name-case.ts'
import type { PersonName } from './types.ts'

// Compared lower-case without dots: "Dr." and "DR" are the same honorific.
const honorifics: ReadonlySet<string> = new Set([
  'mr',
  'mrs',
  'ms',
  'miss',
  'mx',
  'dr',
  'prof',
  'sir',
  'dame',
  'rev',
  'herr',
  'frau',
  'mme',
  'mlle',
  'sra',
  'srta',
])
// Generational suffixes and credentials; "Ma" and "Ba" are left out because they are surnames.
const suffixes: ReadonlySet<string> = new Set([
  'jr',
  'sr',
  'ii',
  'iii',
  'iv',
  'phd',
  'md',
  'mba',
  'esq',
  'cpa',
  'cfa',
  'pmp',
  'dds',
])
const nicknames = /\([^)]*\)|"[^"]*"|“[^”]*”/gu
const eastAsianWord = /^[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]+$/u
const letter = /\p{L}/u

/**
 * Splits a full name into first and last name: "Last, First" order, honorifics (Mr., Dr.) and
 * suffixes (Jr., PhD) dropped, nicknames in quotes or brackets dropped, middle names kept with the
 * first name, family-name particles ("de la Cruz", "van der Berg") kept with the last name, and
 * all-caps or all-lower names title-cased. A single word, such as "王小明", is kept whole as the
 * last name; spaced Chinese, Japanese or Korean names are read family name first.
 */
export function splitName(full: string | null | undefined): PersonName {
  const text = cleanText(cleanText(full).replace(nicknames, ' '))
  const segments = text
    .split(',')
    .map((segment) => wordsOf(segment))
    .filter((words) => words.length > 0 && !words.every((word) => suffixes.has(keyOf(word))))
  const [lastSegment, ...firstSegments] = segments
  if (lastSegment === undefined) return { firstName: null, lastName: null }
  if (firstSegments.length > 0) {
    return named(trimTitles(firstSegments.flat()), trimTitles(lastSegment))
  }
  const words = trimTitles(lastSegment)
  if (words.length === 1) return named([], words)
  if (words.every((word) => eastAsianWord.test(word)))
    return named(words.slice(1), words.slice(0, 1))
  const lastStart = familyNameStart(words)
  return named(words.slice(0, lastStart), words.slice(lastStart))
}

function wordsOf(segment: string): string[] {
  return segment.split(' ').filter((word) => letter.test(word))
}

function keyOf(word: string): string {
  return word.toLowerCase().replaceAll('.', '')
}

/** Drops leading honorifics and trailing suffixes, never the last word left. */
function trimTitles(words: readonly string[]): string[] {
  const kept = [...words]
  while (kept.length > 1 && honorifics.has(keyOf(kept[0] ?? ''))) kept.shift()
  while (kept.length > 1 && suffixes.has(keyOf(kept.at(-1) ?? ''))) kept.pop()
  return kept
}

/** The index where the family name begins: at the first particle that has a name after it. */
function familyNameStart(words: readonly string[]): number {
  const lastIndex = words.length - 1
  for (let index = 1; index < lastIndex; index++) {
    if (nameParticles.has(keyOf(words[index] ?? ''))) return index
  }
  return lastIndex
}

function named(first: readonly string[], last: readonly string[]): PersonName {
  return {
    firstName: first.length > 0 ? toNameCase(first.join(' ')) : null,
    lastName: last.length > 0 ? toNameCase(last.join(' ')) : null,
  }
}
