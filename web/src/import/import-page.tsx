import {
  Alert,
  Button,
  FileInput,
  Group,
  Paper,
  Progress,
  Select,
  Stack,
  Table,
  Text,
  Title,
} from '@mantine/core'
import { useQueryClient } from '@tanstack/react-query'
import { useState } from 'react'
import type { ImportPreset, MappedRows } from '../api/api-types.ts'
import { useApi } from '../api/use-api.ts'
import { useSession } from '../session/session-context.tsx'
import { formatCount } from '../shared/format.ts'
import { EmptyState, ErrorState, LoadingState } from '../shell/states.tsx'
import { parseCsvFile, type CsvTable } from './parse-csv-file.ts'
import { previewRows, rejectsCsv, runImport, type ImportResult } from './run-import.ts'

const previewSize = 5

// A mapped value as the preview shows it: text as is, properties as JSON, blanks empty.
const cellText = (value: unknown) =>
  value === undefined || value === null
    ? ''
    : typeof value === 'string'
      ? value
      : JSON.stringify(value)

function Preview({ mapped }: { mapped: MappedRows }) {
  const fields = [...new Set(mapped.rows.flatMap((r) => Object.keys(r.body ?? {})))]
  return (
    <Table.ScrollContainer minWidth={900}>
      <Table aria-label="Preview" verticalSpacing={4}>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>Row</Table.Th>
            {fields.map((f) => (
              <Table.Th key={f}>{f}</Table.Th>
            ))}
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {mapped.rows.map((row) => (
            <Table.Tr key={row.rowNumber}>
              <Table.Td>{row.rowNumber}</Table.Td>
              {row.body ? (
                fields.map((f) => <Table.Td key={f}>{cellText(row.body?.[f])}</Table.Td>)
              ) : (
                <Table.Td colSpan={fields.length} c="red">
                  {row.reason}: {row.message}
                </Table.Td>
              )}
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  )
}

function Summary({
  result,
  header,
  fileName,
}: {
  result: ImportResult
  header: string[]
  fileName: string
}) {
  const t = result.tally
  const download = () => {
    const url = URL.createObjectURL(
      new Blob([rejectsCsv(header, result.rejects)], { type: 'text/csv' }),
    )
    const link = document.createElement('a')
    link.href = url
    link.download = `${fileName}.rejects.csv`
    link.click()
    URL.revokeObjectURL(url)
  }
  return (
    <Alert color={t.rejected > 0 ? 'yellow' : 'green'} title="Import finished" role="status">
      <Stack gap={4}>
        <Text size="sm" data-testid="import-summary">
          read {formatCount(t.read)}, created {formatCount(t.created)}, updated{' '}
          {formatCount(t.updated)}, merged {formatCount(t.merged)}, rejected{' '}
          {formatCount(t.rejected)}
        </Text>
        {Object.entries(t.rejectedByReason).map(([reason, n]) => (
          <Text size="sm" key={reason}>
            rejected {reason}: {formatCount(n)}
          </Text>
        ))}
        {Object.entries(t.notedByReason).map(([note, n]) => (
          <Text size="sm" key={note}>
            noted {note}: {formatCount(n)}
          </Text>
        ))}
        {result.rejects.length > 0 && (
          <Group>
            <Button size="xs" variant="light" onClick={download}>
              Download the rejected rows
            </Button>
          </Group>
        )}
      </Stack>
    </Alert>
  )
}

/** Import: upload a CSV file, pick a mapping preset, preview the mapped rows, import with progress. */
export function ImportPage() {
  const { client } = useSession()
  const queryClient = useQueryClient()
  const presets = useApi<{ items: ImportPreset[] }>('/v1/import-mappings')
  const [presetName, setPresetName] = useState<string | null>(null)
  const [file, setFile] = useState<File | null>(null)
  const [table, setTable] = useState<CsvTable | null>(null)
  const [preview, setPreview] = useState<MappedRows | null>(null)
  const [progress, setProgress] = useState<{ done: number; total: number } | null>(null)
  const [result, setResult] = useState<ImportResult | null>(null)
  const [problem, setProblem] = useState<string | null>(null)
  const preset = presets.data?.items.find((p) => p.name === presetName)
  const reset = () => {
    setTable(null)
    setPreview(null)
    setResult(null)
    setProblem(null)
    setProgress(null)
  }
  const load = async () => {
    if (!file || !preset) return
    reset()
    try {
      const parsed = await parseCsvFile(file, {
        delimiter: preset.delimiter,
        skipRows: preset.skipRows,
      })
      setTable(parsed)
      setPreview(
        await previewRows({
          client,
          preset: preset.name,
          header: parsed.header,
          rows: parsed.rows.slice(0, previewSize),
        }),
      )
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  const start = async () => {
    if (!file || !preset || !table) return
    setProblem(null)
    try {
      const done = await runImport({
        client,
        preset: preset.name,
        fileName: file.name,
        header: table.header,
        rows: table.rows,
        onProgress: (n, total) => setProgress({ done: n, total }),
      })
      setResult(done)
      await queryClient.invalidateQueries()
    } catch (error) {
      setProblem(error instanceof Error ? error.message : String(error))
    }
  }
  if (presets.isPending) return <LoadingState label="Reading the mapping presets" />
  if (presets.isError)
    return <ErrorState error={presets.error} retry={() => void presets.refetch()} />
  const running = progress !== null && result === null && problem === null
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        Import
      </Title>
      <Paper withBorder p="md">
        <Stack>
          <Group align="end" wrap="wrap">
            <FileInput
              label="CSV file"
              placeholder="Choose a .csv file"
              accept=".csv,text/csv"
              value={file}
              onChange={(f) => {
                setFile(f)
                reset()
              }}
              w={300}
              clearable
            />
            <Select
              label="Mapping preset"
              placeholder="Pick what the file holds"
              data={presets.data.items.map((p) => ({
                value: p.name,
                label: `${p.name} (${p.entity})`,
              }))}
              value={presetName}
              onChange={(name) => {
                setPresetName(name)
                reset()
              }}
              w={300}
            />
            <Button
              variant="default"
              disabled={!file || !preset || running}
              onClick={() => void load()}
            >
              Preview
            </Button>
          </Group>
          {preset?.description && (
            <Text size="sm" c="dimmed">
              {preset.description}
            </Text>
          )}
          {!file && (
            <EmptyState title="Start with a file">
              Choose a CSV export and the preset that reads it; the preview shows the first rows as
              Baton will take them, before anything is written. Your own mappings work from the CLI:{' '}
              <code>baton import leads file.csv --map mapping.json</code>.
            </EmptyState>
          )}
          {problem && (
            <Alert color="red" role="alert" title="Cannot import">
              {problem}
            </Alert>
          )}
          {preview && table && (
            <Stack gap="sm">
              <Text size="sm">
                {formatCount(table.rows.length)} rows in {file?.name}; the first{' '}
                {Math.min(previewSize, table.rows.length)} as {preview.entity} for{' '}
                <code>{preview.target.path}</code>:
              </Text>
              <Preview mapped={preview} />
              <Group>
                <Button
                  onClick={() => void start()}
                  loading={running}
                  disabled={running || result !== null}
                >
                  Import {formatCount(table.rows.length)} rows
                </Button>
              </Group>
            </Stack>
          )}
          {progress && (
            <Stack gap={4}>
              <Progress
                value={progress.total === 0 ? 100 : (progress.done / progress.total) * 100}
                aria-label="Import progress"
              />
              <Text size="xs" c="dimmed">
                {formatCount(progress.done)} of {formatCount(progress.total)} rows
              </Text>
            </Stack>
          )}
          {result && table && file && (
            <Summary result={result} header={table.header} fileName={file.name} />
          )}
        </Stack>
      </Paper>
    </Stack>
  )
}
