import { productKey } from '../../core/hygiene/index.ts'
import { cleanProduct, type CleanProduct, type ProductInput } from '../../core/imports/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import type { StoredProduct } from './import-ports.ts'
import { ingestEach, type RowOutcome } from './ingest-each.ts'

const sameProduct = (stored: StoredProduct, clean: CleanProduct) =>
  stored.name === clean.name &&
  stored.series === clean.series &&
  stored.listPriceCents === clean.listPriceCents &&
  stored.currency === clean.currency &&
  Object.entries(clean.properties).every(([key, value]) => stored.properties[key] === value)

async function upsert(tx: Stores, input: ProductInput): Promise<RowOutcome> {
  const cleaning = cleanProduct(input)
  if (cleaning.kind === 'rejected') return cleaning
  const { product } = cleaning
  const stored = await tx.imports.products.findByKey(product.productKey)
  if (!stored) return { kind: 'created', id: await tx.imports.products.insert(product) }
  if (sameProduct(stored, product)) return { kind: 'merged', id: stored.id }
  const properties = { ...stored.properties, ...product.properties }
  await tx.imports.products.update(stored.id, { ...product, properties })
  return { kind: 'updated', id: stored.id }
}

/**
 * Deals that name a catalog product in another spelling ("GTXPro" for "GTX Pro": same product key)
 * take the catalog's name, so pipeline and catalog join by name whichever was imported first.
 */
export async function alignOpportunityProducts(tx: Stores): Promise<number> {
  const catalog = new Map((await tx.imports.products.list()).map((p) => [p.productKey, p.name]))
  if (catalog.size === 0) return 0
  const renames = new Map<string, string[]>()
  for (const written of await tx.imports.products.listOpportunityProductNames()) {
    const name = catalog.get(productKey(written) ?? '')
    if (name === undefined || name === written) continue
    renames.set(name, [...(renames.get(name) ?? []), written])
  }
  let changed = 0
  for (const [name, from] of renames)
    changed += await tx.imports.products.renameOpportunityProducts(from, name)
  return changed
}

/**
 * Imports the product catalog in one transaction, a savepoint each: a product is matched by its key
 * (case, spaces and punctuation ignored) and updated, else created; then deals are aligned to it.
 */
export async function ingestProducts(
  ctx: UseCaseContext,
  inputs: readonly ProductInput[],
): Promise<RowOutcome[]> {
  const outcomes = await ingestEach(ctx, inputs, upsert)
  await ctx.store.transaction(alignOpportunityProducts)
  return outcomes
}
