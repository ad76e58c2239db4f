import { describe, expect, it } from 'vitest'
import { canOpen, navigationFor } from './navigation.ts'

describe('navigation by role', () => {
  it.each([
    {
      role: 'admin',
      pages: [
        '/',
        '/flow',
        '/queue',
        '/leads',
        '/sla',
        '/pipeline',
        '/plan',
        '/agreement',
        '/import',
      ],
    },
    { role: 'sdr', pages: ['/queue', '/leads', '/sla', '/', '/flow', '/agreement'] },
    {
      role: 'sales',
      pages: ['/queue', '/leads', '/sla', '/pipeline', '/plan', '/', '/flow', '/agreement'],
    },
    { role: 'viewer', pages: ['/', '/flow', '/sla', '/pipeline', '/plan', '/agreement'] },
  ] as const)('$role sees $pages', ({ role, pages }) => {
    expect(navigationFor(role).map((item) => item.path)).toEqual(pages)
  })

  it('opens a lead page only for roles that see Leads, and never a page of another job', () => {
    expect(canOpen('sdr', '/leads/6f1c')).toBe(true)
    expect(canOpen('viewer', '/leads/6f1c')).toBe(false)
    expect(canOpen('sales', '/import')).toBe(false)
    expect(canOpen('admin', '/nowhere')).toBe(false)
    expect(canOpen('sdr', '/plan')).toBe(false)
  })
})
