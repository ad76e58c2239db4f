// Models are few and their patterns fixed, so compiling each pattern once is enough.
const compiled = new Map<string, RegExp>()

/** A model's pattern as a case-insensitive regular expression; throws SyntaxError when it is not one. */
export function toPattern(source: string): RegExp {
  const known = compiled.get(source)
  if (known !== undefined) return known
  const pattern = new RegExp(source, 'i')
  compiled.set(source, pattern)
  return pattern
}
