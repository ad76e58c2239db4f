/** One page of a list and the cursor to the next (absent on the last page). */
export type Page<T> = { readonly items: readonly T[]; readonly nextCursor?: string }

export type PageRequest = { readonly limit: number; readonly cursor?: string }

export const maxPageLimit = 500
export const defaultPageLimit = 50
