import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'
import type { UseCaseContext } from '../context.ts'
import { ingestProducts } from './ingest-product.ts'

describeEachBackend('ingestProducts', (db) => {
  async function context(): Promise<UseCaseContext> {
    return {
      store: (await db().workspace()).store,
      clock: fixedClock(),
      actor: 'import',
      role: 'admin' as const,
    }
  }
  async function catalog(ctx: UseCaseContext) {
    const { rows } = await sql<{ name: string; product_key: string; price: string | null }>`
      SELECT name, product_key, list_price_cents::text AS price FROM product
      WHERE workspace_id = ${ctx.store.workspaceId} ORDER BY name`.execute(db().opened.db)
    return rows
  }

  it('keeps one product per key: a respelling updates it, the same row changes nothing', async () => {
    const ctx = await context()
    const rows = [
      { name: 'GTX Pro', series: 'GTX', listPriceCents: 482_100 },
      { name: 'GTK 500', series: 'GTK', listPriceCents: '2676800' },
    ]
    expect((await ingestProducts(ctx, rows)).map((o) => o.kind)).toEqual(['created', 'created'])
    expect((await ingestProducts(ctx, rows)).map((o) => o.kind)).toEqual(['merged', 'merged'])
    const respelled = await ingestProducts(ctx, [{ name: 'gtx-pro', listPriceCents: 500_000 }])
    expect(respelled[0]?.kind).toBe('updated')
    expect(await catalog(ctx)).toEqual([
      { name: 'GTK 500', product_key: 'gtk500', price: '2676800' },
      { name: 'gtx-pro', product_key: 'gtxpro', price: '500000' },
    ])
  })

  it('rejects a product without a name or with a negative price', async () => {
    const ctx = await context()
    const outcomes = await ingestProducts(ctx, [{ name: ' ' }, { name: 'X', listPriceCents: -1 }])
    expect(outcomes.map((o) => (o.kind === 'rejected' ? o.reason : o.kind))).toEqual([
      'product.missing_name',
      'product.bad_price',
    ])
    expect(await catalog(ctx)).toEqual([])
  })
})
