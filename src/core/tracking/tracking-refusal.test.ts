import { describe, expect, it } from 'vitest'
import { trackingRefusal } from './tracking-refusal.ts'

describe('trackingRefusal', () => {
  it.each([
    { headers: {}, refusal: null },
    { headers: { dnt: '0' }, refusal: null },
    { headers: { dnt: '1' }, refusal: 'do_not_track' },
    { headers: { dnt: ' 1 ' }, refusal: 'do_not_track' },
    { headers: { secGpc: '1' }, refusal: 'global_privacy_control' },
    { headers: { dnt: '1', secGpc: '1' }, refusal: 'do_not_track' },
    { headers: { secGpc: 'yes' }, refusal: null },
  ])('headers $headers -> $refusal', ({ headers, refusal }) => {
    expect(trackingRefusal(headers)).toBe(refusal)
  })
})
