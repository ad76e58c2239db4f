import { readFile } from 'node:fs/promises'
import path from 'node:path'
import { runBaton, startBaton, type RunningBaton } from '../baton-process.ts'
import { sharedDataPath } from '../shared-data.ts'

export const olistLeads = sharedDataPath(
  'olist-marketing-funnel',
  'olist_marketing_qualified_leads_dataset.csv',
)
export const olistDeals = sharedDataPath('olist-marketing-funnel', 'olist_closed_deals_dataset.csv')

export type OlistServer = { readonly server: RunningBaton; readonly apiKey: string }

async function importFile(db: string, dir: string, entity: string, file: string, map: string) {
  const run = await runBaton([
    'import',
    entity,
    file,
    '--map',
    map,
    '--db',
    db,
    '--no-progress',
    '--rejects',
    path.join(dir, `${map}.rejects.csv`),
  ])
  if (run.code !== 0) throw new Error(`baton import ${entity} failed (${run.code}): ${run.stderr}`)
}

/** One JSON call to the running server; fails loudly on an error answer. */
export async function call(
  server: RunningBaton,
  apiKey: string,
  method: string,
  route: string,
  body: unknown,
) {
  const response = await fetch(`${server.url}${route}`, {
    method,
    headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
    body: JSON.stringify(body),
  })
  if (!response.ok)
    throw new Error(`${method} ${route}: ${response.status} ${await response.text()}`)
  return (await response.json()) as Record<string, unknown>
}

/**
 * A real `baton serve` on a fresh embedded database holding the Olist funnel (8,000 MQLs and
 * 842 won deals, imported through the CLI), with the waterfall agreement signed by both sides.
 */
export async function startOlistServer(dir: string): Promise<OlistServer> {
  const db = path.join(dir, 'db')
  await importFile(db, dir, 'leads', olistLeads, 'olist-mql')
  await importFile(db, dir, 'opportunities', olistDeals, 'olist-deals')
  const server = await startBaton(
    process.execPath,
    ['bin/baton.js', 'serve', '--port', '0', '--db', db],
    {},
  )
  const apiKey = (await readFile(`${db}.key`, 'utf8')).trim()
  const text = await readFile(
    new URL('../../presets/agreements/waterfall.yaml', import.meta.url),
    'utf8',
  )
  const checked = await call(server, apiKey, 'POST', '/v1/agreements/validate', { text })
  await call(server, apiKey, 'POST', '/v1/users', {
    email: 'marketing.lead@example.com',
    name: 'Marketing Lead',
    role: 'marketing',
  })
  await call(server, apiKey, 'POST', '/v1/users', {
    email: 'sales.lead@example.com',
    name: 'Sales Lead',
    role: 'sales',
  })
  await call(server, apiKey, 'POST', '/v1/agreements', { document: checked['document'] })
  // A signatory signs only as themselves: each signs with a key of their own.
  for (const [signerEmail, role] of [
    ['marketing.lead@example.com', 'marketing'],
    ['sales.lead@example.com', 'sales'],
  ] as const) {
    const issued = await call(server, apiKey, 'POST', '/v1/api-keys', {
      name: `${role} signatory`,
      role,
      userEmail: signerEmail,
    })
    await call(server, String(issued['key']), 'POST', '/v1/agreements/1/signatures', {
      signerEmail,
    })
  }
  return { server, apiKey }
}
