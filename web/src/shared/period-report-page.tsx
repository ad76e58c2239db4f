import { Paper, Stack, Title } from '@mantine/core'
import type { ReactNode } from 'react'
import { PeriodPicker } from './period-picker.tsx'

/** A report page: its title, the period picker, and the report in one panel. */
export function PeriodReportPage({
  title,
  children,
}: {
  readonly title: string
  readonly children: ReactNode
}) {
  return (
    <Stack gap="lg">
      <Title order={1} size="h2">
        {title}
      </Title>
      <PeriodPicker />
      <Paper withBorder p="md">
        {children}
      </Paper>
    </Stack>
  )
}
