import { describe, expect, it } from 'vitest'
import { erasedPersonFields } from './erased-person-fields.ts'
import { isContactable } from './is-contactable.ts'

describe('erasedPersonFields', () => {
  it('drops every field that names the person and leaves them uncontactable', () => {
    const erased = erasedPersonFields()
    expect(erased).toMatchObject({
      email: null,
      emailNormalized: null,
      lastName: null,
      phone: null,
      title: null,
      companyName: null,
      externalId: null,
      properties: {},
    })
    expect(isContactable(erased)).toBe(false)
  })
})
