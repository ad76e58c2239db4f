/** The roles a user or API key holds; each grants the actions of its column in the permission table. */
export const roles = ['admin', 'marketing', 'sdr', 'sales', 'viewer'] as const

export type Role = (typeof roles)[number]

/** True when the text names a role. */
export function isRole(value: string): value is Role {
  return (roles as readonly string[]).includes(value)
}
