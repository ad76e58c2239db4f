import { expect, it } from 'vitest'
import { agreementFixture } from '../../test/agreement-fixture.ts'
import { describeEachBackend } from '../../test/database.ts'
import type { Stores } from '../app/ports.ts'

// Versions straight through the store: a draft, signed from `effectiveFrom` when one is given.
async function version(stores: Stores, effectiveFrom?: string): Promise<number> {
  const draft = await stores.agreements.insertDraft({
    document: agreementFixture(),
    createdBy: 'test',
  })
  if (effectiveFrom !== undefined) await sign(stores, draft.version, effectiveFrom)
  return draft.version
}

const sign = (stores: Stores, number: number, effectiveFrom: string) =>
  stores.agreements.saveSignatures(number, {
    signatures: [],
    status: 'signed',
    effectiveFrom: new Date(effectiveFrom),
  })

const inForceAt = async (stores: Stores, iso: string) =>
  (await stores.agreements.findInForce(new Date(iso)))?.version

describeEachBackend('agreement store', (db) => {
  it('keeps the version in force within a transaction only for the span it is in force', async () => {
    const { store } = await db().workspace()
    await version(store, '2026-03-10T12:00:00.000Z')
    await version(store, '2026-07-01T00:00:00.000Z')
    const pending = await version(store)
    await store.transaction(async (tx) => {
      const at = (iso: string) => inForceAt(tx, iso)
      expect(await at('2026-03-10T12:00:00.000Z')).toBe(1)
      expect(await at('2026-06-30T23:59:59.999Z')).toBe(1)
      expect(await at('2026-07-01T00:00:00.000Z')).toBe(2)
      expect(await at('2026-12-31T00:00:00.000Z')).toBe(2)
      expect(await at('2026-03-10T12:00:00.000Z')).toBe(1)
      expect(await at('2026-03-10T11:59:59.999Z')).toBeUndefined()
      expect(await at('2020-01-01T00:00:00.000Z')).toBeUndefined()
      expect(await at('2026-06-01T00:00:00.000Z')).toBe(1)
      await sign(tx, pending, '2026-05-01T00:00:00.000Z')
      expect(await at('2026-06-01T00:00:00.000Z')).toBe(pending)
      expect(await at('2026-04-30T00:00:00.000Z')).toBe(1)
    })
  })

  it('keeps nothing once its transaction writes a version, so a rolled-back signature is not seen', async () => {
    const { store } = await db().workspace()
    await version(store, '2026-03-10T12:00:00.000Z')
    const undone = await version(store)
    await store.transaction(async (tx) => {
      const at = (iso: string) => inForceAt(tx, iso)
      expect(await at('2026-04-15T00:00:00.000Z')).toBe(1)
      const signing = tx.atomic(async (inner) => {
        await sign(inner, undone, '2026-04-01T00:00:00.000Z')
        expect(await at('2026-04-15T00:00:00.000Z')).toBe(undone)
        throw new Error('undone')
      })
      await expect(signing).rejects.toThrow('undone')
      expect(await at('2026-04-15T00:00:00.000Z')).toBe(1)
    })
  })
})
