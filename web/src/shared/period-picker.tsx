import { Button, Group, TextInput } from '@mantine/core'
import { navigate, useLocation } from '../routing/router.tsx'
import { lastDays, periodFromSearch, type Period } from '../overview/period.ts'

/** The page's period, kept in the address (?from=&to=) so a view can be shared. */
export function usePeriod(): Period {
  return periodFromSearch(useLocation().search)
}

function go(path: string, period: Period) {
  const query = new URLSearchParams(
    Object.entries(period).filter((entry): entry is [string, string] => Boolean(entry[1])),
  ).toString()
  navigate(query === '' ? path : `${path}?${query}`)
}

/** From/to days (to exclusive) and quick picks; changes go into the address. */
export function PeriodPicker() {
  const { path } = useLocation()
  const period = usePeriod()
  const today = new Date()
  const set = (change: Partial<Period>) => go(path, { ...period, ...change })
  return (
    <Group gap="xs" align="end" wrap="wrap">
      <TextInput
        type="date"
        label="From"
        value={period.from ?? ''}
        onChange={(event) => set({ from: event.currentTarget.value })}
        w={160}
      />
      <TextInput
        type="date"
        label="To (exclusive)"
        value={period.to ?? ''}
        onChange={(event) => set({ to: event.currentTarget.value })}
        w={160}
      />
      <Button variant="default" onClick={() => go(path, lastDays(90, today))}>
        Last 90 days
      </Button>
      <Button variant="default" onClick={() => go(path, lastDays(365, today))}>
        Last 12 months
      </Button>
      <Button variant="default" onClick={() => go(path, {})}>
        All time
      </Button>
    </Group>
  )
}
