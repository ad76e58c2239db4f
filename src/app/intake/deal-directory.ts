import { cleanText, personNameKey, productKey } from '../../core/hygiene/index.ts'
import type { UserId } from '../../core/shared/index.ts'
import type { Stores } from '../ports.ts'

/** Who owns a deal and which catalog product it names, resolved the way the imports match them. */
export type DealDirectory = {
  /** The owner named by email, else by full name; `unknown` when named but not found (or ambiguous). */
  readonly ownerOf: (email: string | null, name: string | null) => UserId | 'unknown' | null
  /** The catalog's name for a product written any way with the same key, or the text as written. */
  readonly productOf: (
    written: string | null,
  ) => { readonly name: string; readonly inCatalog: boolean } | null
  readonly hasCatalog: boolean
}

/** Loads the users and the product catalog once for a batch of deals. */
export async function loadDealDirectory(stores: Stores): Promise<DealDirectory> {
  const users = await stores.imports.teams.listUsers()
  const catalog = new Map((await stores.imports.products.list()).map((p) => [p.productKey, p.name]))
  const byEmail = new Map(users.map((user) => [user.email.toLowerCase(), user.id]))
  const byName = new Map<string, UserId | 'unknown'>()
  for (const user of users) {
    const key = personNameKey(user.name)
    // Two users with one name cannot be told apart by name.
    if (key !== null) byName.set(key, byName.has(key) ? 'unknown' : user.id)
  }
  return {
    hasCatalog: catalog.size > 0,
    ownerOf(email, name) {
      const address = cleanText(email).toLowerCase()
      const key = personNameKey(name)
      if (address === '' && key === null) return null
      return (
        (address === '' ? undefined : byEmail.get(address)) ??
        (key === null ? undefined : byName.get(key)) ??
        'unknown'
      )
    },
    productOf(written) {
      const text = cleanText(written)
      if (text === '') return null
      const name = catalog.get(productKey(text) ?? '')
      return name === undefined ? { name: text, inCatalog: false } : { name, inCatalog: true }
    },
  }
}
