/** A repeated item: its index, the index of its first occurrence and its key as written. */
export type Duplicate = {
  readonly index: number
  readonly firstIndex: number
  readonly value: string
}

/** Every item whose key (trimmed, case-insensitive) an earlier item already has, in list order. */
export function findDuplicates<T>(items: readonly T[], keyOf: (item: T) => string): Duplicate[] {
  const firstIndexByKey = new Map<string, number>()
  const duplicates: Duplicate[] = []
  items.forEach((item, index) => {
    const value = keyOf(item)
    const key = value.trim().toLowerCase()
    const firstIndex = firstIndexByKey.get(key)
    if (firstIndex === undefined) firstIndexByKey.set(key, index)
    else duplicates.push({ index, firstIndex, value })
  })
  return duplicates
}
