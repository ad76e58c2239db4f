import { Paper, Stack, Tabs, Title } from '@mantine/core'
import { useQuery } from '@tanstack/react-query'
import type { AgreementSummary, AgreementVersion, Page } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { useSession } from '../session/session-context.tsx'
import { canDraftAgreement } from '../shell/navigation.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { DraftEditor } from './draft-editor.tsx'
import { VersionDiff } from './version-diff.tsx'
import { VersionsTable } from './versions-table.tsx'

const documentPath = '/v1/agreements/in-force/document?format=html'

function InForceDocument() {
  const { client } = useSession()
  const html = useQuery({ queryKey: [documentPath], queryFn: () => client.getText(documentPath) })
  if (html.isPending) return <LoadingState label="Rendering the agreement" />
  if (html.isError) return <ErrorState error={html.error} retry={() => void html.refetch()} />
  // Rendered by the server; shown sandboxed, with no scripts.
  return (
    <iframe
      title="The agreement in force"
      srcDoc={html.data}
      sandbox=""
      style={{ width: '100%', height: '70vh', border: 0, background: 'white' }}
    />
  )
}

function Draft({ latest }: { latest: number | undefined }) {
  const version = useApi<AgreementVersion>(`/v1/agreements/${latest ?? 0}`, {
    enabled: latest !== undefined,
  })
  if (latest === undefined) return <DraftEditor initialText="" />
  if (version.isPending) return <LoadingState label="Opening the latest version" />
  if (version.isError) return <ErrorState error={version.error} />
  return <DraftEditor key={latest} initialText={JSON.stringify(version.data.document, null, 2)} />
}

/** Agreement: the document in force, its versions and signatures, diffs, and a draft editor. */
export function AgreementPage() {
  const { me } = useSession()
  const list = useApi<Page<AgreementSummary>>('/v1/agreements')
  let body
  if (list.isPending) body = <LoadingState label="Reading the agreement’s versions" />
  else if (list.isError) body = <ErrorState error={list.error} retry={() => void list.refetch()} />
  else {
    const versions = list.data.items
    const signed = versions.some((v) => v.status === 'signed')
    const canDraft = canDraftAgreement(me.role)
    body = (
      <Tabs defaultValue="document" keepMounted={false}>
        <Tabs.List>
          <Tabs.Tab value="document">In force</Tabs.Tab>
          <Tabs.Tab value="versions">Versions</Tabs.Tab>
          <Tabs.Tab value="compare">Compare</Tabs.Tab>
          {canDraft && <Tabs.Tab value="draft">Draft</Tabs.Tab>}
        </Tabs.List>
        <Tabs.Panel value="document" pt="md">
          {signed ? (
            <InForceDocument />
          ) : (
            <EmptyState title="No agreement is in force yet">
              Write one on the Draft tab (or run <code>baton agreement draft agreement.yaml</code>);
              it takes effect when one marketing and one sales signatory have signed it on the
              Versions tab.
            </EmptyState>
          )}
        </Tabs.Panel>
        <Tabs.Panel value="versions" pt="md">
          {versions.length === 0 ? (
            <EmptyState title="No versions yet">Save a draft on the Draft tab to start.</EmptyState>
          ) : (
            <VersionsTable versions={versions} canSign={canDraft} />
          )}
        </Tabs.Panel>
        <Tabs.Panel value="compare" pt="md">
          <VersionDiff versions={versions} />
        </Tabs.Panel>
        {canDraft && (
          <Tabs.Panel value="draft" pt="md">
            <Draft latest={versions[versions.length - 1]?.version} />
          </Tabs.Panel>
        )}
      </Tabs>
    )
  }
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Agreement
      </Title>
      <Paper withBorder p="md">
        {body}
      </Paper>
    </Stack>
  )
}
