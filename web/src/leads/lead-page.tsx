import {
  Badge,
  Button,
  Group,
  Paper,
  SimpleGrid,
  Stack,
  Text,
  Timeline,
  Title,
} from '@mantine/core'
import { useDisclosure } from '@mantine/hooks'
import type { Activity, Page, Person, StageEvent, User } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { Link } from '../routing/router.tsx'
import { formatInstant } from '../shared/format.ts'
import { stageLabels, useAgreementInForce } from '../shared/use-agreement-in-force.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { ClocksPanel } from './clocks-panel.tsx'
import { DuplicatesPanel } from './duplicates-panel.tsx'
import { toTimeline } from './lead-timeline.ts'
import { personName } from './person-name.ts'
import { RejectDialog } from './reject-dialog.tsx'
import { ScoreSection } from './score-section.tsx'

type ActivityList = { items: Activity[]; total: number }

function LeadTimeline({ id, label }: { id: string; label: (stage: string) => string }) {
  const events = useApi<Page<StageEvent>>(`/v1/people/${id}/stage-events?limit=200`)
  const activities = useApi<ActivityList>(`/v1/people/${id}/activities?limit=100`)
  if (events.isPending || activities.isPending) return <LoadingState label="Reading the history" />
  if (events.isError) return <ErrorState error={events.error} retry={() => void events.refetch()} />
  if (activities.isError) return <ErrorState error={activities.error} />
  const entries = toTimeline(events.data.items, activities.data.items, label)
  if (entries.length === 0)
    return (
      <EmptyState title="Nothing happened yet">
        Stage moves and engagement events appear here.
      </EmptyState>
    )
  return (
    <Timeline bulletSize={14} lineWidth={2} aria-label="Timeline">
      {entries.map((entry) => (
        <Timeline.Item
          key={entry.key}
          color={entry.kind === 'stage' ? 'indigo' : 'gray'}
          title={entry.title}
          data-kind={entry.kind}
        >
          <Text size="xs" c="dimmed">
            {formatInstant(entry.at)}
          </Text>
          {entry.detail && <Text size="sm">{entry.detail}</Text>}
        </Timeline.Item>
      ))}
    </Timeline>
  )
}

function Facts({ person, owner }: { person: Person; owner: User | undefined }) {
  const facts: [string, string | null][] = [
    ['Email', person.email],
    ['Company', person.companyName],
    ['Title', person.title],
    ['Source', person.source],
    ['Country', person.country],
    [
      'Owner',
      owner ? `${owner.name} (${owner.role})` : person.ownerId ? 'unknown user' : 'nobody yet',
    ],
    ['Created', formatInstant(person.createdAt)],
  ]
  return (
    <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
      {facts.map(([name, value]) => (
        <Text key={name} size="sm">
          <Text span c="dimmed">
            {name}:{' '}
          </Text>
          {value ?? '—'}
        </Text>
      ))}
    </SimpleGrid>
  )
}

/** A lead: facts and owner, its timeline, its score explained, duplicates to review, reject. */
export function LeadPage({ id }: { readonly id: string }) {
  const person = useApi<Person>(`/v1/people/${id}`)
  const users = useApi<{ items: User[] }>('/v1/users')
  const inForce = useAgreementInForce()
  const labels = stageLabels(inForce)
  const label = (stage: string) => labels.get(stage) ?? stage
  const [rejecting, reject] = useDisclosure(false)
  if (person.isPending) return <LoadingState label="Opening the lead" />
  if (person.isError) return <ErrorState error={person.error} retry={() => void person.refetch()} />
  const lead = person.data
  const owner = users.data?.items.find((u) => u.id === lead.ownerId)
  const agreement = inForce.state === 'ready' ? inForce.version.document : undefined
  const exits = new Set(['nurture', 'disqualified', 'lost', 'won', 'customer'])
  return (
    <Stack gap="lg">
      <Text size="sm">
        <Link href="/leads">← Leads</Link>
      </Text>
      <Group justify="space-between" align="start">
        <Stack gap={4}>
          <Title order={1} size="h2">
            {personName(lead)}
          </Title>
          <Group gap="xs">
            <Badge size="lg" aria-label="Stage">
              {label(lead.stage)}
            </Badge>
            {lead.doNotContact && <Badge color="red">do not contact</Badge>}
            {lead.mergedInto && <Badge color="gray">merged</Badge>}
          </Group>
        </Stack>
        {!exits.has(lead.stage) && !lead.mergedInto && (
          <Button color="red" variant="light" onClick={reject.open}>
            Reject…
          </Button>
        )}
      </Group>
      <Paper withBorder p="md">
        <Facts person={lead} owner={owner} />
      </Paper>
      <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              Timeline
            </Title>
            <LeadTimeline id={lead.id} label={label} />
          </Stack>
        </Paper>
        <Stack gap="lg">
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Clocks
              </Title>
              <ClocksPanel personId={lead.id} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Score
              </Title>
              <ScoreSection personId={lead.id} />
            </Stack>
          </Paper>
          <Paper withBorder p="md">
            <Stack gap="sm">
              <Title order={2} size="h4">
                Duplicates to review
              </Title>
              <DuplicatesPanel personId={lead.id} />
            </Stack>
          </Paper>
        </Stack>
      </SimpleGrid>
      <RejectDialog
        personIds={[lead.id]}
        opened={rejecting}
        onClose={reject.close}
        agreement={agreement}
      />
    </Stack>
  )
}
