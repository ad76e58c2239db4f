import { describe, expect, it } from 'vitest'
import { takeRateToken, type RateBucket } from './take-rate-token.ts'

const policy = { capacity: 3, perMinute: 6 }

function run(times: readonly number[]) {
  let bucket: RateBucket | undefined
  return times.map((at) => {
    const taken = takeRateToken(bucket, at, policy)
    bucket = taken.bucket
    return taken.allowed ? 'ok' : `wait ${taken.retryAfterSeconds}s`
  })
}

describe('takeRateToken', () => {
  it.each([
    {
      rule: 'a new caller gets the full burst, then waits',
      times: [0, 0, 0, 0],
      got: ['ok', 'ok', 'ok', 'wait 10s'],
    },
    {
      rule: 'one token comes back every 10 s at 6 a minute',
      times: [0, 0, 0, 10_000, 10_000],
      got: ['ok', 'ok', 'ok', 'ok', 'wait 10s'],
    },
    {
      rule: 'a long pause refills to capacity, never beyond',
      times: [0, 0, 0, 600_000, 600_000, 600_000, 600_000],
      got: ['ok', 'ok', 'ok', 'ok', 'ok', 'ok', 'wait 10s'],
    },
    {
      rule: 'a partly refilled bucket says how long is left',
      times: [0, 0, 0, 4_000],
      got: ['ok', 'ok', 'ok', 'wait 6s'],
    },
    {
      rule: 'a clock going backwards refills nothing',
      times: [5_000, 5_000, 5_000, 0],
      got: ['ok', 'ok', 'ok', 'wait 10s'],
    },
  ])('$rule', ({ times, got }) => {
    expect(run(times)).toEqual(got)
  })
})
