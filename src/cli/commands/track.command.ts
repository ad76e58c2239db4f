import { Command } from 'commander'
import type { AccountIpRange, TimelineEntry } from '../../app/tracking/tracking-ports.ts'
import { trackingSnippet } from '../../core/tracking/index.ts'
import { formatTable, present } from '../output.ts'
import type { ProgramDeps } from '../program-deps.ts'
import type { TrackingSiteView } from '../tracking-backend.ts'
import { withBackend } from '../with-backend.ts'

const originsText = (site: TrackingSiteView) =>
  site.origins.length === 0
    ? 'no origins allowed yet; add one with: baton track origins add https://www.example.com\n'
    : formatTable(
        ['origin'],
        site.origins.map((origin) => [origin]),
      )

const rangesText = (ranges: readonly AccountIpRange[]) =>
  formatTable(
    ['cidr', 'account', 'recorded'],
    ranges.map((r) => [r.cidr, r.accountId, r.createdAt.toISOString()]),
  )

const timelineText = (entries: readonly TimelineEntry[]) =>
  formatTable(
    ['at', 'type', 'url', 'visitor'],
    entries.map((e) => [
      e.occurredAt.toISOString(),
      e.type,
      typeof e.properties['url'] === 'string' ? e.properties['url'] : '',
      e.visitorId,
    ]),
  )

function originsCommand(deps: ProgramDeps): Command {
  const command = new Command('origins').description(
    'Site origins allowed to send page views (CORS for POST /v1/track)',
  )
  command
    .command('list')
    .description('The allowed origins')
    .action(async (_options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        const site = await backend.tracking.site()
        present(deps.out, json, site.origins, () => originsText(site))
      })
    })
  for (const [name, verb] of [
    ['add', 'Allow'],
    ['remove', 'Stop'],
  ] as const) {
    command
      .command(name)
      .description(`${verb} a site origin, e.g. https://www.acme.com`)
      .argument('<origin>', 'scheme and host, e.g. https://www.acme.com')
      .action(async (origin: string, _options: unknown, cmd: Command) => {
        await withBackend(deps, cmd, async (backend, json) => {
          const tracking = backend.tracking
          const site = await (name === 'add'
            ? tracking.addOrigin(origin)
            : tracking.removeOrigin(origin))
          present(deps.out, json, site.origins, () => originsText(site))
        })
      })
  }
  return command
}

function ipRangesCommand(deps: ProgramDeps): Command {
  const command = new Command('ip-ranges').description(
    'IP ranges (CIDR) recorded on accounts: page views from them count for the account',
  )
  command
    .command('list')
    .description('Every recorded range and its account')
    .action(async (_options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.tracking.listIpRanges(), rangesText)
      })
    })
  command
    .command('add')
    .description('Record a range an account browses from')
    .argument('<accountId>', 'the account')
    .argument('<cidr>', 'e.g. 203.0.113.0/24')
    .action(async (accountId: string, cidr: string, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        const range = await backend.tracking.addIpRange(accountId, cidr)
        present(deps.out, json, range, (r) => `${r.cidr} -> account ${r.accountId}\n`)
      })
    })
  command
    .command('remove')
    .description('Forget a range')
    .argument('<cidr>', 'e.g. 203.0.113.0/24')
    .action(async (cidr: string, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        const removed = await backend.tracking.removeIpRange(cidr)
        present(deps.out, json, { cidr: removed }, (r) => `removed ${r.cidr}\n`)
      })
    })
  return command
}

/** `baton track snippet|origins|ip-ranges|timeline`: anonymous visitor tracking on your own site. */
export function trackCommand(deps: ProgramDeps): Command {
  const command = new Command('track').description(
    'Visitor tracking: the script tag, allowed origins, account IP ranges, timelines',
  )
  command
    .command('snippet')
    .description('The script tag to paste into your site (names the public site key)')
    .option('--base-url <url>', 'where visitors reach this Baton server', 'http://localhost:3000')
    .action(async (options: { baseUrl: string }, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        const site = await backend.tracking.site()
        const snippet = trackingSnippet(options.baseUrl, site.siteKey)
        present(deps.out, json, { ...site, snippet }, (s) =>
          s.origins.length === 0 ? `${s.snippet}\n${originsText(s)}` : `${s.snippet}\n`,
        )
      })
    })
  command.addCommand(originsCommand(deps))
  command.addCommand(ipRangesCommand(deps))
  command
    .command('timeline')
    .description("A person's activities newest first, tracked page views included")
    .argument('<personId>', 'a person')
    .action(async (personId: string, _options: unknown, cmd: Command) => {
      await withBackend(deps, cmd, async (backend, json) => {
        present(deps.out, json, await backend.tracking.timeline(personId), timelineText)
      })
    })
  return command
}
