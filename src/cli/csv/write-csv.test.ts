import { readdir, readFile } from 'node:fs/promises'
import path from 'node:path'
import { describe, expect, it } from 'vitest'

describe('the one CSV writer', () => {
  it('is the only module that imports csv-stringify, so every CSV export is neutralised', async () => {
    const root = path.resolve(import.meta.dirname, '../..')
    const files = (await readdir(root, { recursive: true })).filter(
      (file) => file.endsWith('.ts') && !file.endsWith('.test.ts'),
    )
    const importers: string[] = []
    for (const file of files) {
      const text = await readFile(path.join(root, file), 'utf8')
      if (/from 'csv-stringify/.test(text)) importers.push(file.split(path.sep).join('/'))
    }
    expect(importers).toEqual(['cli/csv/write-csv.ts'])
  })
})
