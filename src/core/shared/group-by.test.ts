import { expect, it } from 'vitest'
import { groupBy } from './group-by.ts'

it('groups by key, keeping the order of first appearance and of the items', () => {
  const grouped = groupBy(['b1', 'a1', 'b2', 'c1', 'a2'], (item) => item[0])
  expect([...grouped]).toEqual([
    ['b', ['b1', 'b2']],
    ['a', ['a1', 'a2']],
    ['c', ['c1']],
  ])
})

it('gives an empty map for no items', () => {
  expect(groupBy([], () => 'x').size).toBe(0)
})
