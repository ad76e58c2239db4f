import { sql, type Kysely, type Selectable } from 'kysely'
import type { ProductStore, StoredProduct } from '../app/intake/import-ports.ts'
import type { CleanProduct } from '../core/imports/index.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import type { Database, ProductTable } from './schema.ts'
import { translating } from './store-error.ts'

function toProduct(row: Selectable<ProductTable>): StoredProduct {
  return {
    id: row.id,
    name: row.name,
    productKey: row.product_key,
    series: row.series,
    listPriceCents: row.list_price_cents === null ? null : Number(row.list_price_cents),
    currency: row.currency,
    properties: row.properties as Record<string, string>,
  }
}

const toColumns = (product: CleanProduct) => ({
  name: product.name,
  product_key: product.productKey,
  series: product.series,
  list_price_cents: product.listPriceCents,
  currency: product.currency,
  properties: JSON.stringify(product.properties),
})

/** The product catalog of one workspace, and the product names its deals carry. */
export function productStore(db: Kysely<Database>, workspaceId: WorkspaceId): ProductStore {
  const mine = () => db.selectFrom('product').selectAll().where('workspace_id', '=', workspaceId)
  return {
    async findByKey(productKey) {
      const row = await mine().where('product_key', '=', productKey).executeTakeFirst()
      return row && toProduct(row)
    },
    async list() {
      return (await mine().orderBy('name').execute()).map(toProduct)
    },
    insert: (product) =>
      translating(async () => {
        const row = await db
          .insertInto('product')
          .values({ ...toColumns(product), workspace_id: workspaceId })
          .returning('id')
          .executeTakeFirstOrThrow()
        return row.id
      }),
    update: (id, product) =>
      translating(async () => {
        await db
          .updateTable('product')
          .set({ ...toColumns(product), updated_at: sql<Date>`now()` })
          .where('workspace_id', '=', workspaceId)
          .where('id', '=', id)
          .execute()
      }),
    async listOpportunityProductNames() {
      const rows = await db
        .selectFrom('opportunity')
        .select('product')
        .distinct()
        .where('workspace_id', '=', workspaceId)
        .where('product', 'is not', null)
        .execute()
      return rows.flatMap((row) => (row.product === null ? [] : [row.product]))
    },
    async renameOpportunityProducts(from, to) {
      if (from.length === 0) return 0
      const result = await db
        .updateTable('opportunity')
        .set({ product: to, updated_at: sql<Date>`now()` })
        .where('workspace_id', '=', workspaceId)
        .where('product', 'in', from)
        .executeTakeFirst()
      return Number(result.numUpdatedRows)
    },
  }
}
