/**
 * A small seeded pseudo-random generator (mulberry32) for property-style tests: the same seed gives
 * the same cases, so a failure names its seed and replays exactly.
 */
export function seededRandom(seed: number) {
  let state = seed >>> 0
  const next = () => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4_294_967_296
  }
  const int = (min: number, max: number) => min + Math.floor(next() * (max - min + 1))
  const pick = <T>(items: readonly T[]): T => {
    const item = items[int(0, items.length - 1)]
    if (item === undefined) throw new Error('pick from an empty list')
    return item
  }
  return { next, int, pick, chance: (p: number) => next() < p }
}

export type SeededRandom = ReturnType<typeof seededRandom>

// Text that has broken parsers, databases and spreadsheets before.
const nastyStrings = [
  '',
  ' ',
  '\u0000',
  "'; DROP TABLE person; --",
  '" OR 1=1 --',
  '=HYPERLINK("http://evil.example")',
  '../../etc/passwd',
  '%00%ff',
  '\uD800',
  '𝕭𝖆𝖙𝖔𝖓 🏃‍♀️',
  'NaN',
  '-1',
  '1e309',
  '2026-02-30T25:61:00Z',
  'not-a-uuid',
  '00000000-0000-0000-0000-000000000000',
  'ana@acme.com',
  '<script>alert(1)</script>',
  '\r\n\t',
]

/** A random JSON value: scalars that break things, long text, nested arrays and objects. */
export function randomJson(random: SeededRandom, depth = 0): unknown {
  const kind = random.int(0, depth > 2 ? 5 : 8)
  switch (kind) {
    case 0:
      return null
    case 1:
      return random.chance(0.5)
    case 2:
      return random.pick([0, -1, 1.5, 2 ** 53, -(2 ** 31), 1e308, Number.MIN_VALUE])
    case 3:
      return random.pick(nastyStrings)
    case 4:
      return 'x'.repeat(random.pick([1, 201, 5000, 70_000]))
    case 5:
      return random.int(-1000, 1000)
    case 6:
      return Array.from({ length: random.int(0, 4) }, () => randomJson(random, depth + 1))
    default:
      return Object.fromEntries(
        Array.from({ length: random.int(0, 4) }, () => [
          random.pick(['id', 'email', 'name', 'leads', 'stage', '__proto__', 'constructor', 'x']),
          randomJson(random, depth + 1),
        ]),
      )
  }
}

/** Raw request bodies that are not JSON, or JSON no route expects. */
export const malformedBodies = [
  '{',
  '{"a":',
  'not json',
  'null',
  '[]',
  '"text"',
  '12',
  '{"leads": [}',
  '\u0000\u0001',
  `${'['.repeat(5000)}${']'.repeat(5000)}`,
  '{"a": 1, "a": 2}',
]

export { nastyStrings }
