import { productKey } from '../hygiene/index.ts'
import { readCurrency, readText, readWholeNumber, reject } from './read-value.ts'
import type { CleanProduct, ProductInput, Rejection } from './types.ts'

/** Cleans one catalog row: a name with a product key is required; the list price is whole cents >= 0. */
export function cleanProduct(
  input: ProductInput,
): { kind: 'clean'; product: CleanProduct } | Rejection {
  const name = readText(input.name)
  const key = productKey(name)
  if (name === null || key === null) {
    return reject(
      'product.missing_name',
      'the row has no product name — fix: fill the name cell, or map the column holding it to "name"',
    )
  }
  const price = readWholeNumber('listPriceCents', input.listPriceCents, {
    bad: 'product.bad_price',
  })
  if (price.kind === 'rejected') return price
  const currency = readCurrency(input.currency, 'product.bad_currency')
  if (currency.kind === 'rejected') return currency
  return {
    kind: 'clean',
    product: {
      name,
      productKey: key,
      series: readText(input.series),
      listPriceCents: price.value,
      currency: currency.value,
      properties: { ...input.properties },
    },
  }
}
