import { afterEach, describe, expect, it, vi } from 'vitest'
import {
  createRandom,
  finish,
  formatValue,
  measure,
  parseBenchArgs,
  printBaseline,
  reportGoal,
  type Goal,
} from './harness.ts'

const defaults = { n: 2000 }

function captureLog() {
  return vi.spyOn(console, 'log').mockImplementation(() => undefined)
}

afterEach(() => {
  vi.restoreAllMocks()
})

describe('parseBenchArgs', () => {
  it.each([
    { argv: [], n: 2000 },
    { argv: ['--n', '200'], n: 200 },
    { argv: ['--n=500'], n: 500 },
    { argv: ['--n', '1'], n: 1 },
    { argv: ['--n', '007'], n: 7 },
    { argv: ['--n', '10', '--n=20'], n: 20 },
  ])('reads n=$n from $argv', ({ argv, n }) => {
    expect(parseBenchArgs(argv, defaults)).toEqual({ n })
  })

  it.each([
    { argv: ['--n', '0'], error: /--n expects a positive integer.*got "0"/ },
    { argv: ['--n', '-5'], error: /--n expects a positive integer.*got "-5"/ },
    { argv: ['--n=2.5'], error: /--n expects a positive integer.*got "2\.5"/ },
    { argv: ['--n', 'abc'], error: /"--n 500" or "--n=500"; got "abc"/ },
    { argv: ['--n', '1e3'], error: /--n expects a positive integer.*got "1e3"/ },
    { argv: ['--n='], error: /--n expects a positive integer.*got ""/ },
    { argv: ['--n'], error: /--n expects a positive integer.*got nothing/ },
    { argv: ['--n', '99999999999999999999'], error: /--n expects a positive integer/ },
    { argv: ['--count', '5'], error: /Unknown argument "--count"/ },
  ])('rejects $argv', ({ argv, error }) => {
    expect(() => parseBenchArgs(argv, defaults)).toThrow(error)
  })
})

describe('createRandom', () => {
  const take = (seed: number, count: number) => {
    const random = createRandom(seed)
    return Array.from({ length: count }, () => random.next())
  }

  it.each([0, 1, 42, 2 ** 32 - 1])('repeats the same sequence for seed %i', (seed) => {
    expect(take(seed, 20)).toEqual(take(seed, 20))
  })

  it.each([
    [1, 2],
    [42, 43],
    [0, 2 ** 31],
  ])('gives seeds %i and %i different sequences', (a, b) => {
    expect(take(a, 20)).not.toEqual(take(b, 20))
  })

  it('returns numbers in [0, 1)', () => {
    for (const value of take(7, 10_000)) {
      expect(value).toBeGreaterThanOrEqual(0)
      expect(value).toBeLessThan(1)
    }
  })

  it.each([
    { min: 1, max: 6 },
    { min: -3, max: 3 },
    { min: 0, max: 1 },
    { min: 5, max: 5 },
  ])('int($min, $max) stays inside and reaches both ends', ({ min, max }) => {
    const random = createRandom(99)
    const seen = new Set(Array.from({ length: 2000 }, () => random.int(min, max)))
    expect(Math.min(...seen)).toBe(min)
    expect(Math.max(...seen)).toBe(max)
    expect(seen.size).toBe(max - min + 1)
  })

  it.each([
    { min: 3, max: 1 },
    { min: 0.5, max: 2 },
  ])('int($min, $max) throws', ({ min, max }) => {
    expect(() => createRandom(1).int(min, max)).toThrow(/min <= max/)
  })

  it('picks every item of a list and throws on an empty one', () => {
    const random = createRandom(3)
    const items = ['a', 'b', 'c'] as const
    const seen = new Set(Array.from({ length: 200 }, () => random.pick(items)))
    expect([...seen].sort()).toEqual(['a', 'b', 'c'])
    expect(() => random.pick([])).toThrow(/at least one item/)
  })
})

describe('reportGoal', () => {
  const goal = (overrides: Partial<Goal>): Goal => ({
    name: 'store',
    metric: 'create_person_per_s',
    value: 0,
    op: '>=',
    goal: 300,
    ...overrides,
  })

  it.each([
    {
      value: 412.3456,
      op: '>=',
      line: 'create_person_per_s=412.35 goal >= 300 PASS',
      passed: true,
    },
    { value: 300, op: '>=', line: 'create_person_per_s=300 goal >= 300 PASS', passed: true },
    { value: 299.5, op: '>=', line: 'create_person_per_s=299.5 goal >= 300 FAIL', passed: false },
    { value: 299.999, op: '>=', line: 'create_person_per_s=300 goal >= 300 FAIL', passed: false },
    { value: 12, op: '<=', line: 'create_person_per_s=12 goal <= 300 PASS', passed: true },
    { value: 301, op: '<=', line: 'create_person_per_s=301 goal <= 300 FAIL', passed: false },
    {
      value: Number.NaN,
      op: '>=',
      line: 'create_person_per_s=NaN goal >= 300 FAIL',
      passed: false,
    },
  ] as const)('prints "$line"', ({ value, op, line, passed }) => {
    const log = captureLog()
    expect(reportGoal(goal({ value, op }))).toBe(passed)
    expect(log.mock.calls).toEqual([[`bench store: ${line}`]])
  })

  it('appends the unit to the value and the goal', () => {
    const log = captureLog()
    reportGoal({ name: 'api', metric: 'p95', value: 8.125, op: '<=', goal: 20, unit: 'ms' })
    expect(log.mock.calls).toEqual([['bench api: p95=8.13ms goal <= 20ms PASS']])
  })
})

describe('report lines and exit code', () => {
  it('prints a baseline line', () => {
    const log = captureLog()
    printBaseline('raw insert 5000 rows/s')
    expect(log.mock.calls).toEqual([['baseline: raw insert 5000 rows/s']])
  })

  it.each([
    { value: 1234.5678, text: '1234.57' },
    { value: 0.004, text: '0' },
    { value: -1.5, text: '-1.5' },
    { value: Number.POSITIVE_INFINITY, text: 'Infinity' },
  ])('formats $value as $text', ({ value, text }) => {
    expect(formatValue(value)).toBe(text)
  })

  it.each([
    { results: [], exitCode: 0 },
    { results: [true, true], exitCode: 0 },
    { results: [true, false], exitCode: 1 },
  ])('finish($results) sets exit code $exitCode', ({ results, exitCode }) => {
    const before = process.exitCode
    try {
      finish(results)
      expect(process.exitCode).toBe(exitCode)
    } finally {
      process.exitCode = before
    }
  })
})

describe('measure', () => {
  it('runs fn once per repeat and derives items per second from the mean', async () => {
    const runs: number[] = []
    const result = await measure('noop', (run) => runs.push(run), { repeat: 3, items: 10 })
    expect(runs).toEqual([0, 1, 2])
    expect(result.label).toBe('noop')
    expect(result.ms).toBeGreaterThanOrEqual(0)
    expect(result.perSecond).toBeCloseTo((10 * 1000) / result.ms)
  })

  it('awaits async work and leaves perSecond out without items', async () => {
    const result = await measure('sleep', () => new Promise((resolve) => setTimeout(resolve, 20)))
    expect(result.ms).toBeGreaterThanOrEqual(15)
    expect(result).not.toHaveProperty('perSecond')
  })

  it('rejects a repeat that is not a positive integer', async () => {
    await expect(measure('bad', () => undefined, { repeat: 0 })).rejects.toThrow(/repeat/)
  })
})
