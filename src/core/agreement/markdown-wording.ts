// Wording shared by the rendered agreement's sections: escaping, lists, tables, numbers, labels.
import type { CanonicalStage } from '../funnel/index.ts'
import { type Agreement, type Range, type Side, type Team, type Weekday } from './types.ts'

// User text goes through here: one line, Markdown specials and pipes backslash-escaped.
export function esc(text: string): string {
  return (
    text
      .replace(/\s+/g, ' ')
      .trim()
      .replace(/[\\`*[\]<>|~#]/g, '\\$&')
      // An underscore between letters or digits never opens emphasis: keep snake_case readable.
      .replace(/(?<![\p{L}\p{N}])_|_(?![\p{L}\p{N}])/gu, '\\_')
      .replace(/&(?=#?[0-9A-Za-z]+;)/g, '\\&')
      .replace(/^([-+=])/, '\\$1')
      .replace(/^(\d+)([.)])/, '$1\\$2')
  )
}

export const list = (items: readonly string[]): string =>
  items.map((item) => `- ${item}`).join('\n')

export const row = (cells: readonly string[]): string => `| ${cells.join(' | ')} |`

export const table = (head: readonly string[], rows: readonly (readonly string[])[]): string =>
  [row(head), row(head.map(() => '---')), ...rows.map(row)].join('\n')

export function joinWords(items: readonly string[], conjunction: 'and' | 'or' = 'and'): string {
  if (items.length <= 1) return items[0] ?? 'none'
  return `${items.slice(0, -1).join(', ')} ${conjunction} ${items.at(-1) ?? ''}`
}

export const plural = (count: number, unit: string): string =>
  `${count} ${unit}${count === 1 ? '' : 's'}`

export const isoDate = (date: Date): string =>
  Number.isNaN(date.getTime()) ? 'invalid date' : date.toISOString().slice(0, 10)

export function grouped(value: number): string {
  const [whole = '', fraction] = String(Math.abs(value)).split('.')
  const digits = whole.replace(/\B(?=(\d{3})+(?!\d))/g, ',')
  return `${value < 0 ? '-' : ''}${digits}${fraction === undefined ? '' : `.${fraction}`}`
}

export function range(value: Range | undefined, format: (n: number) => string): string | undefined {
  if (value?.min !== undefined && value.max !== undefined)
    return `${format(value.min)} to ${format(value.max)}`
  if (value?.min !== undefined) return `at least ${format(value.min)}`
  if (value?.max !== undefined) return `at most ${format(value.max)}`
  return undefined
}

export function stageLabel(agreement: Agreement, canonical: CanonicalStage): string {
  const name = agreement.funnel.stages.find((stage) => stage.canonical === canonical)?.name
  if (name === undefined || name.toLowerCase() === canonical) return esc(name ?? canonical)
  return `${esc(name)} (${canonical})`
}

export const teamLabels = {
  marketing: 'Marketing',
  sdr: 'Sales development (SDR)',
  sales: 'Sales',
} satisfies Record<Team, string>
export const sideLabels = { marketing: 'Marketing', sales: 'Sales' } satisfies Record<Side, string>
export const dayNames = {
  mon: 'Monday',
  tue: 'Tuesday',
  wed: 'Wednesday',
  thu: 'Thursday',
  fri: 'Friday',
  sat: 'Saturday',
  sun: 'Sunday',
} satisfies Record<Weekday, string>
