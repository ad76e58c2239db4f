import { expect, it } from 'vitest'
import { describeEachBackend } from '../../../test/database.ts'
import { httpClient } from '../../../test/http-client.ts'
import { runDbCli } from '../../../test/run-db-cli.ts'

describeEachBackend('baton api-key and user disable', (db) => {
  it('creates a key shown once, lists it with its last use, revokes it; a disabled user loses theirs', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    await cli('user', 'add', '--email', 'sam@acme.com', '--name', 'Sam', '--role', 'sales')
    const created = await cli(
      'api-key',
      'create',
      '--name',
      'sam laptop',
      '--role',
      'sales',
      '--user',
      'sam@acme.com',
      '--json',
    )
    expect(created.code).toBe(0)
    const issued = JSON.parse(created.out) as { id: string; key: string; userId: string }
    expect(issued.key).toMatch(/^bk_/)
    expect((await httpClient(db().storage, issued.key).get('/v1/people')).status).toBe(200)

    const listed = await cli('api-key', 'list')
    expect(listed.out).toMatch(/sam laptop\s+\S+\s+sales\s+\S{36}\s+\S+\s+20\d\d-/)
    expect(listed.out).not.toContain(issued.key)

    const disabled = await cli('user', 'disable', 'sam@acme.com')
    expect(disabled).toMatchObject({
      code: 0,
      out: expect.stringContaining('disabled sam@acme.com'),
    })
    expect((await httpClient(db().storage, issued.key).get('/v1/people')).status).toBe(401)

    expect((await cli('api-key', 'revoke', issued.id)).out).toContain('revoked key "sam laptop"')
    const json = JSON.parse((await cli('api-key', 'list', '--json')).out) as {
      revokedAt: string | null
    }[]
    expect(json.some((k) => k.revokedAt !== null)).toBe(true)
  })

  it('exits non-zero naming what is wrong', async () => {
    const { slug } = await db().workspace()
    const cli = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const badRole = await cli('api-key', 'create', '--name', 'x', '--role', 'boss')
    expect(badRole).toMatchObject({
      code: 2,
      err: expect.stringContaining('Role "boss" does not exist'),
    })
    const noUser = await cli(
      'api-key',
      'create',
      '--name',
      'x',
      '--role',
      'sales',
      '--user',
      'no@acme.com',
    )
    expect(noUser).toMatchObject({ code: 4, err: expect.stringContaining('[user.not_found]') })
    const unknown = await cli('api-key', 'revoke', '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a')
    expect(unknown).toMatchObject({ code: 4, err: expect.stringContaining('[api_key.not_found]') })
    expect((await cli('user', 'disable', 'no@acme.com')).code).toBe(4)
  })
})
