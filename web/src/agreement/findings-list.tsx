import { List, Text } from '@mantine/core'
import type { Finding } from '../api/api-types.ts'

const where = (f: Finding) => {
  const at =
    f.line === undefined ? '' : `line ${f.line}${f.column === undefined ? '' : `:${f.column}`} · `
  return `${at}${f.path.join('.') || '(document)'}`
}

/** Validation findings with where they are, what is wrong and how to fix it. */
export function FindingsList({ findings, color }: { findings: readonly Finding[]; color: string }) {
  return (
    <List spacing={4} size="sm">
      {findings.map((f, i) => (
        <List.Item key={`${where(f)}-${i}`}>
          <Text span size="sm" c={color} fw={600}>
            {where(f)}
          </Text>
          <Text span size="sm">
            {' '}
            {f.message}
          </Text>
          {f.fix && (
            <Text size="xs" c="dimmed">
              Fix: {f.fix}
            </Text>
          )}
        </List.Item>
      ))}
    </List>
  )
}
