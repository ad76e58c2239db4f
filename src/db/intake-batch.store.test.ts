import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { sharedDataPath } from '../../test/shared-data.ts'
import { companyNameSimilarity, normalizeCompanyName } from '../core/hygiene/index.ts'
import { strongNameSimilarity } from '../core/intake/index.ts'
import type { PersonId } from '../core/shared/index.ts'
import { similarAccountTrigrams } from './intake-batch.store.ts'

// Ways one company's name is typed again: a letter changed, dropped or doubled, words swapped or run
// together, a suffix added.
function variantsOf(name: string): string[] {
  const out = new Set<string>()
  for (let i = 0; i < name.length; i++) {
    out.add(name.slice(0, i) + name.slice(i + 1))
    out.add(name.slice(0, i) + 'x' + name.slice(i + 1))
    out.add(name.slice(0, i) + name.charAt(i) + name.slice(i))
  }
  const words = name.split(' ')
  out.add(words.toReversed().join(' '))
  out.add(words.join(''))
  out.add(`${name} Holdings`)
  out.add(`${name} Technologies Group`)
  return [...out]
}

async function mavenAccountNames(): Promise<string[]> {
  const text = await readFile(
    sharedDataPath('maven-crm-sales-opportunities', 'accounts.csv'),
    'utf8',
  )
  return text
    .trim()
    .split('\n')
    .slice(1)
    .map((line) => line.split(',')[0] ?? '')
    .concat(['Northwind Traders International', 'Société Générale', 'Globex Logistics Systems'])
}

describeEachBackend('intakeBatchStore', (db) => {
  it('asks the trigram index for every stored name that could reach the strong tier', async () => {
    const pairs: [string, string][] = []
    for (const name of await mavenAccountNames()) {
      for (const variant of variantsOf(name)) {
        if (companyNameSimilarity(name, variant) < strongNameSimilarity) continue
        const a = normalizeCompanyName(name)
        const b = normalizeCompanyName(variant)
        if (a !== null && b !== null) pairs.push([a, b])
      }
    }
    expect(pairs.length).toBeGreaterThan(500)
    const { rows } = await sql<{ a: string; b: string; s: number }>`
      SELECT p.a, p.b, similarity(p.a, p.b) AS s
      FROM unnest(${pairs.map((p) => p[0])}::text[], ${pairs.map((p) => p[1])}::text[]) AS p(a, b)
      WHERE similarity(p.a, p.b) < ${similarAccountTrigrams}`.execute(db().opened.db)
    expect(rows).toEqual([])
  })

  it('finds similar accounts for many names at once, best first, and not across workspaces', async () => {
    const { store } = await db().workspace()
    const other = await db().workspace()
    await store.intake.insertAccounts([
      { name: 'Northwind Traders', domain: 'northwind.example', nameKey: 'northwind traders' },
      { name: 'Northwind Trader', domain: 'nw.example', nameKey: 'northwind trader' },
      { name: 'Globex', domain: 'globex.example', nameKey: 'globex' },
    ])
    await other.store.intake.insertAccounts([
      { name: 'Northwind Traders', domain: 'northwind.example', nameKey: 'northwind traders' },
    ])
    const similar = await store.intake.findSimilarAccountsByNameKeys(
      ['northwind traderz', 'initech'],
      5,
    )
    expect(similar.get('northwind traderz')?.map((a) => a.nameKey)).toEqual([
      'northwind trader',
      'northwind traders',
    ])
    expect(similar.has('initech')).toBe(false)
  })

  it('keeps the most similar few when hundreds of stored names share a word with the one asked for', async () => {
    const { store } = await db().workspace()
    // "company bcc", "company ddi", ...: one shared word, then a short word of its own.
    const word = (n: number) => String(n).replace(/\d/g, (d) => 'abcdefghij'.charAt(Number(d)))
    const names = Array.from({ length: 400 }, (_, i) => `company ${word(i * 37 + 1)}`)
    await store.intake.insertAccounts(
      names.map((key, i) => ({ name: key, domain: `c${String(i)}.example`, nameKey: key })),
    )
    const asked = `company ${word(1223)}`
    const similar = await store.intake.findSimilarAccountsByNameKeys([asked], 3)
    const found = similar.get(asked)?.map((a) => a.nameKey ?? '') ?? []
    // Ties in similarity may come in any order: compare what each kept name scores.
    const scoreOf = async (keys: readonly string[]) => {
      const { rows } = await sql<{ s: number }>`
        SELECT similarity(k, ${asked}) AS s FROM unnest(${[...keys]}::text[]) WITH ORDINALITY AS u(k, i)
        ORDER BY i`.execute(db().opened.db)
      return rows.map((r) => r.s)
    }
    const { rows: best } = await sql<{ s: number }>`
      SELECT similarity(name_key, ${asked}) AS s FROM account
      WHERE workspace_id = ${store.workspaceId}
      ORDER BY s DESC LIMIT 3`.execute(db().opened.db)
    expect(found[0]).toBe(`company ${word(1222)}`)
    expect(await scoreOf(found)).toEqual(best.map((r) => r.s))
  })

  it('looks a numbered name up among names with the same numbers only', async () => {
    const { store } = await db().workspace()
    const keys = ['company 12345', 'company 12346', 'company 22345', 'compani 12345 labs']
    await store.intake.insertAccounts(
      keys.map((k, i) => ({ name: k, domain: `n${String(i)}.example`, nameKey: k })),
    )
    const similar = await store.intake.findSimilarAccountsByNameKeys(
      ['compnay 12345', 'company 1234'],
      5,
    )
    expect(similar.get('compnay 12345')?.map((a) => a.nameKey)).toEqual([
      'company 12345',
      'compani 12345 labs',
    ])
    expect(similar.get('company 1234')?.map((a) => a.nameKey)).toEqual(
      expect.arrayContaining(['company 12345', 'company 12346']),
    )
  })

  it('inserts people in input order and reads a merged person as the one it was merged into', async () => {
    const { store } = await db().workspace()
    const base = {
      accountId: null,
      stage: 'inquiry',
      flags: { freeMail: false, disposable: false, roleAddress: false },
      qualityIssues: [],
      properties: {},
    }
    const [first, second] = await store.intake.insertPeople([
      { ...base, email: 'a@acme.example', emailNormalized: 'a@acme.example', externalId: 'A-1' },
      { ...base, email: 'b@acme.example', emailNormalized: 'b@acme.example', externalId: null },
    ])
    await sql`UPDATE person SET merged_into = ${second} WHERE id = ${first}`.execute(db().opened.db)
    const found = await store.intake.findPeopleByKeys({
      externalIds: ['A-1'],
      emails: ['b@acme.example', 'nobody@acme.example'],
    })
    const byKey = new Map(found.map((p) => [p.externalId ?? p.emailNormalized, p.id]))
    expect(byKey.get('A-1')).toBe(second as PersonId)
    expect(byKey.get('b@acme.example')).toBe(second as PersonId)
    expect(found).toHaveLength(2)
  })
})
