import type { Leak } from '../api/api-types.ts'

/** A leak as the overview lists it: its sentence and where to look into it. */
export type LeakLine = {
  readonly sentence: string
  readonly href: string
  readonly linkLabel: string
  readonly key: string
}

/**
 * The first `count` leaks of the report (it ranks them by revenue lost), each linked to where it can
 * be worked: a slow response to the SLA page, a conversion gap to the leads waiting at its stage.
 */
export function topLeaks(
  leaks: readonly Leak[],
  label: (stage: string) => string = (stage) => stage,
  count = 3,
): LeakLine[] {
  return leaks.slice(0, count).map((leak, i) => {
    const key = `${leak.kind}-${leak.from ?? ''}-${leak.to ?? ''}-${leak.group ?? ''}-${i}`
    if (leak.kind === 'response')
      return { sentence: leak.sentence, href: '/sla', linkLabel: 'See the SLA report', key }
    const stage = leak.from ?? ''
    return {
      sentence: leak.sentence,
      href: stage === '' ? '/flow' : `/leads?stage=${encodeURIComponent(stage)}`,
      linkLabel: stage === '' ? 'See where leads went' : `See the leads at ${label(stage)}`,
      key,
    }
  })
}
