import { describe, expect, it } from 'vitest'
import { cleanProduct } from './clean-product.ts'
import { cleanTeamMember, placeholderEmail } from './clean-team-member.ts'

describe('cleanTeamMember', () => {
  it('gives a member without an email a reserved .invalid address', () => {
    expect(
      cleanTeamMember({ name: 'Mei-Mei Johns', manager: 'Melvin Marxen', team: 'Central' }),
    ).toEqual({
      kind: 'clean',
      member: {
        name: 'Mei-Mei Johns',
        nameKey: 'mei-mei johns',
        email: 'mei-mei.johns@no-email.invalid',
        emailGiven: false,
        team: 'Central',
        manager: 'Melvin Marxen',
        managerKey: 'melvin marxen',
        role: 'sales',
      },
    })
  })

  it('keeps a given email, lower-cased', () => {
    expect(cleanTeamMember({ name: 'Ana', email: 'Ana@Acme.com', role: 'SDR' })).toMatchObject({
      member: { email: 'ana@acme.com', emailGiven: true, role: 'sdr' },
    })
  })

  it.each([
    [{ name: ' ' }, 'team_member.missing_name'],
    [{ name: 'Ana', email: 'ana at acme' }, 'team_member.bad_email'],
  ])('rejects %j as %s', (input, reason) => {
    expect(cleanTeamMember(input)).toMatchObject({ kind: 'rejected', reason })
  })

  it('builds placeholder addresses from the name key', () => {
    expect(placeholderEmail('jose nunez')).toBe('jose.nunez@no-email.invalid')
    expect(placeholderEmail('darcel schlecht')).toBe('darcel.schlecht@no-email.invalid')
  })
})

describe('cleanProduct', () => {
  it('keys the product so the pipeline spelling joins the catalog one', () => {
    expect(cleanProduct({ name: 'GTX Pro', series: 'GTX', listPriceCents: '482100' })).toEqual({
      kind: 'clean',
      product: {
        name: 'GTX Pro',
        productKey: 'gtxpro',
        series: 'GTX',
        listPriceCents: 482_100,
        currency: 'USD',
        properties: {},
      },
    })
  })

  it.each([
    [{ name: '' }, 'product.missing_name'],
    [{ name: 'X', listPriceCents: -1 }, 'product.bad_price'],
  ])('rejects %j as %s', (input, reason) => {
    expect(cleanProduct(input)).toMatchObject({ kind: 'rejected', reason })
  })
})
