import { mkdtemp, readFile, rm, writeFile } from 'node:fs/promises'
import { tmpdir } from 'node:os'
import path from 'node:path'
import { sql } from 'kysely'
import { afterAll, beforeAll, expect, it } from 'vitest'
import { describeEachBackend } from './database.ts'
import { runDbCli } from './run-db-cli.ts'

// A HubSpot contacts export and a Salesforce lead report of the same market, as their exports write
// them (columns documented in presets/mappings/README.md): people in both must come out once.
const hubspot = [
  '"Record ID","First Name","Last Name","Email","Phone Number","Company Name","Website URL","Job Title","Country/Region","Original Source","Create Date"',
  '"101","Ana","Silva","Ana.Silva@Acme.io","+55 11 5555-0101","Acme","https://acme.io","VP Marketing","Brazil","Organic search","2024-03-05 14:07:00"',
  '"102","José","Núñez","jose.nunez+events@globex.com","(415) 555-2671","Globex, Inc.","","CFO","United States","Offline Sources","2024-03-06 09:00:12"',
  '"103","Select","N/A","info@initech.com","","Initech","","","Select","Direct traffic","2024-03-07 10:00:00"',
  '"","","","not-an-email","","","","","","Direct traffic","2024-03-07 11:00:00"',
].join('\r\n')

const salesforce = [
  '"Lead ID","First Name","Last Name","Email","Phone","Company / Account","Website","Title","Country","Lead Source","Create Date","Email Opt Out"',
  '"00Q1","José","Nunez","JOSE.NUNEZ@globex.com","","Globex","www.globex.com","Chief Financial Officer","United States","Trade Show","3/14/2024","1"',
  '"00Q2","Maria","Garcia","maria@globex.com","+1 415 555 2672","Globex Inc","","Buyer","US","Web","3/15/2024","0"',
  '',
  '"Total"',
].join('\n')

let dir: string
beforeAll(async () => {
  dir = await mkdtemp(path.join(tmpdir(), 'baton-crm-'))
  await writeFile(path.join(dir, 'contacts.csv'), hubspot)
  await writeFile(path.join(dir, 'leads.csv'), salesforce)
})
afterAll(async () => {
  await rm(dir, { recursive: true, force: true })
})

type Summary = {
  summary: { read: number; created: number; updated: number; merged: number; rejected: number }
}

describeEachBackend('importing HubSpot and Salesforce exports', (db) => {
  it('takes both in, one person per address across the two, opt-out kept, junk rejected to a file', async () => {
    const { slug } = await db().workspace()
    const run = (...argv: string[]) => runDbCli(db(), slug, ...argv)
    const contacts = path.join(dir, 'contacts.csv')
    const leads = path.join(dir, 'leads.csv')

    const first = await run(
      'import',
      'leads',
      contacts,
      '--map',
      'hubspot-contacts',
      '--json',
      '--no-progress',
    )
    expect(first.code, first.err).toBe(0)
    expect((JSON.parse(first.out) as Summary).summary).toMatchObject({
      read: 4,
      created: 3,
      rejected: 1,
    })
    const rejects = await readFile(`${contacts}.rejects.csv`, 'utf8')
    // Data row 4, file line 5, with why and the row as it was.
    expect(rejects.split('\n')[1]).toMatch(/^4,5,no_usable_contact,".+",,,,not-an-email,/)

    const second = await run(
      'import',
      'leads',
      leads,
      '--map',
      'salesforce-leads',
      '--json',
      '--no-progress',
    )
    expect(second.code, second.err).toBe(0)
    expect((JSON.parse(second.out) as Summary).summary).toMatchObject({ created: 1, updated: 1 })

    const { rows } = await sql<{
      email: string
      first_name: string | null
      last_name: string | null
      title: string | null
      phone: string | null
      country: string | null
      do_not_contact: boolean
      account: string | null
      captures: number
    }>`SELECT p.email, p.first_name, p.last_name, p.title, p.phone, p.country, p.do_not_contact,
              a.name AS account,
              (SELECT count(*)::int FROM activity x WHERE x.person_id = p.id) AS captures
       FROM person p JOIN workspace w ON w.id = p.workspace_id
       LEFT JOIN account a ON a.workspace_id = p.workspace_id AND a.id = p.account_id
       WHERE w.slug = ${slug} ORDER BY p.email`.execute(db().opened.db)
    expect(rows).toEqual([
      {
        email: 'ana.silva@acme.io',
        first_name: 'Ana',
        last_name: 'Silva',
        title: 'VP Marketing',
        phone: '+551155550101',
        country: 'BR',
        do_not_contact: false,
        account: 'Acme',
        captures: 1,
      },
      {
        email: 'info@initech.com',
        first_name: null,
        last_name: null,
        title: null,
        phone: null,
        country: null,
        do_not_contact: false,
        account: 'Initech',
        captures: 1,
      },
      {
        email: 'jose.nunez+events@globex.com',
        first_name: 'José',
        last_name: 'Núñez',
        title: 'CFO',
        phone: '+14155552671',
        country: 'US',
        do_not_contact: true,
        account: 'Globex, Inc.',
        captures: 2,
      },
      {
        email: 'maria@globex.com',
        first_name: 'Maria',
        last_name: 'Garcia',
        title: 'Buyer',
        phone: '+14155552672',
        country: 'US',
        do_not_contact: false,
        account: 'Globex, Inc.',
        captures: 1,
      },
    ])

    const again = await run(
      'import',
      'leads',
      leads,
      '--map',
      'salesforce-leads',
      '--json',
      '--no-progress',
    )
    expect((JSON.parse(again.out) as Summary).summary).toMatchObject({
      created: 0,
      updated: 0,
      merged: 2,
    })
    const { rows: activity } = await sql<{ n: number }>`
      SELECT count(*)::int AS n FROM activity x JOIN workspace w ON w.id = x.workspace_id
      WHERE w.slug = ${slug}`.execute(db().opened.db)
    expect(activity[0]?.n).toBe(5)
  })
})
