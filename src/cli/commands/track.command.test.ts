import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'
import { createAccount } from '../../app/records/accounts.ts'
import { createPerson } from '../../app/records/people.ts'
import { fixedClock } from '../../../test/fixed-clock.ts'

describeEachBackend('baton track', (db) => {
  it('prints the script tag with the site key and keeps the allowed origins', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const snippet = await cli('track', 'snippet', '--base-url', 'https://baton.acme.com')
    expect(snippet.code).toBe(0)
    expect(snippet.out).toMatch(
      /^<script async src="https:\/\/baton\.acme\.com\/t\.js" data-site="site_[\w-]+"><\/script>\nno origins allowed yet/,
    )
    expect((await cli('track', 'origins', 'add', 'HTTPS://www.acme.com/')).out).toBe(
      'origin\n--------------------\nhttps://www.acme.com\n',
    )
    expect(JSON.parse((await cli('track', 'origins', 'list', '--json')).out)).toEqual([
      'https://www.acme.com',
    ])
    const bad = await cli('track', 'origins', 'add', 'acme.com/pricing')
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('track.invalid_origin')])
    expect((await cli('track', 'origins', 'remove', 'https://www.acme.com')).out).toContain(
      'no origins allowed yet',
    )
    const missing = await cli('track', 'origins', 'remove', 'https://www.acme.com')
    expect([missing.code, missing.err]).toEqual([
      4,
      expect.stringContaining('not an allowed origin'),
    ])
  })

  it('records, lists and removes account IP ranges, and shows a timeline', async () => {
    const { slug, store } = await db().workspace()
    const ctx = { store, clock: fixedClock(), actor: 'test', role: 'admin' as const }
    const account = await createAccount(ctx, { name: 'Acme' })
    const person = await createPerson(ctx, { email: 'ana@acme.com' })
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    expect((await cli('track', 'ip-ranges', 'add', account.id, '203.0.113.9/24')).out).toBe(
      `203.0.113.0/24 -> account ${account.id}\n`,
    )
    const listed = JSON.parse((await cli('track', 'ip-ranges', 'list', '--json')).out)
    expect(listed).toEqual([
      expect.objectContaining({ cidr: '203.0.113.0/24', accountId: account.id }),
    ])
    const bad = await cli('track', 'ip-ranges', 'add', account.id, '203.0.113/24')
    expect([bad.code, bad.err]).toEqual([2, expect.stringContaining('CIDR notation')])
    expect((await cli('track', 'ip-ranges', 'remove', '203.0.113.0/24')).out).toBe(
      'removed 203.0.113.0/24\n',
    )
    const gone = await cli('track', 'ip-ranges', 'remove', '203.0.113.0/24')
    expect(gone.code).toBe(4)
    const timeline = await cli('track', 'timeline', person.id)
    expect(timeline.out).toMatch(/^at\s+type\s+url\s+visitor\n/)
    const nobody = await cli('track', 'timeline', '00000000-0000-4000-8000-000000000000')
    expect(nobody.code).toBe(4)
  })
})
