import { describe, expect, it } from 'vitest'
import { personNameKey } from './person-name-key.ts'

describe('personNameKey', () => {
  it.each([
    ['Darcel Schlecht', 'darcel schlecht'],
    ['  DARCEL   schlecht ', 'darcel schlecht'],
    ['Mei-Mei Johns', 'mei-mei johns'],
    ['José Núñez', 'jose nunez'],
    ["Conor O'Brien", 'conor obrien'],
  ])('keys %j as %j', (raw, key) => {
    expect(personNameKey(raw)).toBe(key)
  })

  it.each([[null], [''], ['  ']])('has no key for %j', (raw) => {
    expect(personNameKey(raw)).toBeNull()
  })
})
