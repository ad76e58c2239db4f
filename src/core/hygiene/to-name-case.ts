// Lower-case joining words of family names; kept lower-case unless they end the name.
export const nameParticles: ReadonlySet<string> = new Set([
  'van',
  'von',
  'de',
  'da',
  'di',
  'del',
  'della',
  'der',
  'den',
  'du',
  'la',
  'le',
  'dos',
  'das',
  'do',
  'ter',
  'ten',
  'zu',
  'bin',
  'ibn',
  'al',
  'el',
])
const romanNumerals: ReadonlySet<string> = new Set(['ii', 'iii', 'iv'])
const apostrophes = /(['’])/u

/**
 * Title-cases a name typed all in capitals or all in lower case ("JOSÉ ÑÚÑEZ" -> "José Ñúñez",
 * "o'brien" -> "O'Brien", "mcdonald" -> "McDonald", "VAN DER BERG" -> "van der Berg"); a name with
 * mixed case is kept as typed, as are scripts without case. "Mac" is left alone: Mack, Macy.
 */
export function toNameCase(name: string): string {
  if (name.toUpperCase() !== name && name.toLowerCase() !== name) return name
  const tokens = name.toLowerCase().split(' ')
  return tokens
    .map((token, index) => {
      const isLast = index === tokens.length - 1
      if (!isLast && nameParticles.has(token)) return token
      if (index > 0 && romanNumerals.has(token)) return token.toUpperCase()
      return token.split('-').map(capitalizeSegment).join('-')
    })
    .join(' ')
}

function capitalizeSegment(segment: string): string {
  const pieces = segment.split(apostrophes)
  // pieces alternate text, apostrophe, text: "o'brien" -> ["o", "'", "brien"]
  return pieces
    .map((piece, index) => {
      const before = pieces[index - 2]
      if (index === 0) return capitalizeWord(piece)
      // O'Brien, D'Angelo, N'Diaye: after a one-letter prefix a name of its own begins.
      return before !== undefined && /^\p{L}$/u.test(before) ? capitalizeWord(piece) : piece
    })
    .join('')
}

function capitalizeWord(word: string): string {
  const capitalized = word.replace(/^\p{L}/u, (first) => first.toUpperCase())
  const mc = /^Mc(\p{Ll})(\p{Ll}+)$/u.exec(capitalized)
  return mc ? `Mc${(mc[1] ?? '').toUpperCase()}${mc[2] ?? ''}` : capitalized
}
