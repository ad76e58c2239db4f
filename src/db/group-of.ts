import { totalGroup } from '../core/analytics/index.ts'

/** A GROUPING SETS row's group: the whole report's row (GROUPING = 1) comes back as `totalGroup`. */
export const groupOf = (row: { grp: string | null; is_total: number | boolean }) =>
  row.is_total === 1 || row.is_total === true ? totalGroup : row.grp
