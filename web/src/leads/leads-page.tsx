import { Button, Group, Paper, Select, Stack, Table, Text, Title } from '@mantine/core'
import { useState } from 'react'
import type { FunnelReport, Page, Person } from '../api/api-types.ts'
import { useApi, withQuery } from '../api/use-api.ts'
import { Link, navigate, useLocation } from '../routing/router.tsx'
import { formatDay } from '../shared/format.ts'
import { stageLabels, useAgreementInForce } from '../shared/use-agreement-in-force.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { personName } from './person-name.ts'

const pageSize = 25

/** Leads by stage, a page at a time; each opens its lead page. */
export function LeadsPage() {
  const { search } = useLocation()
  const stage = search.get('stage') ?? ''
  const [cursors, setCursors] = useState<string[]>([])
  const cursor = cursors[cursors.length - 1]
  const people = useApi<Page<Person>>(withQuery('/v1/people', { stage, limit: pageSize, cursor }))
  const stages = useApi<FunnelReport>('/v1/reports/funnel')
  const labels = stageLabels(useAgreementInForce())
  const label = (s: string) => labels.get(s) ?? s
  const options = (stages.data?.total.entered ?? []).map((e) => ({
    value: e.stage,
    label: `${label(e.stage)} (${e.subjects} entered)`,
  }))
  const pick = (value: string | null) => {
    setCursors([])
    navigate(value ? `/leads?stage=${encodeURIComponent(value)}` : '/leads')
  }
  let body
  if (people.isPending) body = <LoadingState label="Finding leads" />
  else if (people.isError)
    body = <ErrorState error={people.error} retry={() => void people.refetch()} />
  else if (people.data.items.length === 0)
    body = (
      <EmptyState title={stage ? `No lead is at ${label(stage)} now` : 'No leads yet'}>
        {stage
          ? 'Pick another stage.'
          : 'Import a CSV file on the Import page, or send leads to POST /v1/leads.'}
      </EmptyState>
    )
  else
    body = (
      <Stack gap="sm">
        <Table aria-label="Leads" striped highlightOnHover>
          <Table.Thead>
            <Table.Tr>
              <Table.Th>Lead</Table.Th>
              <Table.Th>Stage</Table.Th>
              <Table.Th visibleFrom="sm">Source</Table.Th>
              <Table.Th visibleFrom="sm">Company</Table.Th>
              <Table.Th visibleFrom="sm">Created</Table.Th>
            </Table.Tr>
          </Table.Thead>
          <Table.Tbody>
            {people.data.items.map((p) => (
              <Table.Tr key={p.id}>
                <Table.Td>
                  <Link href={`/leads/${p.id}`}>{personName(p)}</Link>
                </Table.Td>
                <Table.Td>{label(p.stage)}</Table.Td>
                <Table.Td visibleFrom="sm">{p.source ?? '—'}</Table.Td>
                <Table.Td visibleFrom="sm">{p.companyName ?? '—'}</Table.Td>
                <Table.Td visibleFrom="sm">{formatDay(p.createdAt)}</Table.Td>
              </Table.Tr>
            ))}
          </Table.Tbody>
        </Table>
        <Group justify="space-between">
          <Button
            variant="default"
            disabled={cursors.length === 0}
            onClick={() => setCursors(cursors.slice(0, -1))}
          >
            Previous
          </Button>
          <Text size="sm" c="dimmed">
            Page {cursors.length + 1}
          </Text>
          <Button
            variant="default"
            disabled={people.data.nextCursor === undefined}
            onClick={() =>
              people.data.nextCursor && setCursors([...cursors, people.data.nextCursor])
            }
          >
            Next
          </Button>
        </Group>
      </Stack>
    )
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Leads
      </Title>
      <Select
        label="Stage"
        placeholder="Every stage"
        data={options}
        value={stage || null}
        onChange={pick}
        clearable
        w={280}
      />
      <Paper withBorder p="md">
        {body}
      </Paper>
    </Stack>
  )
}
