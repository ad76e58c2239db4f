import { describe, expect, it } from 'vitest'
import { productKey } from './product-key.ts'

describe('productKey', () => {
  it.each([
    ['GTXPro', 'gtxpro'],
    ['GTX Pro', 'gtxpro'],
    [' gtx-pro ', 'gtxpro'],
    ['GTX Plus Pro', 'gtxpluspro'],
    ['GTK 500', 'gtk500'],
    ['Café Crème', 'cafecreme'],
    ['MG  Special', 'mgspecial'],
  ])('keys %j as %j so spellings of one product join', (raw, key) => {
    expect(productKey(raw)).toBe(key)
  })

  it.each([[null], [undefined], [''], ['  '], ['—']])('has no key for %j', (raw) => {
    expect(productKey(raw)).toBeNull()
  })

  it('keeps products that differ in more than spacing apart', () => {
    expect(productKey('GTX Pro')).not.toBe(productKey('GTX Plus Pro'))
    expect(productKey('MG Special')).not.toBe(productKey('MG Advanced'))
  })
})
