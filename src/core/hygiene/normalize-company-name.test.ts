import { describe, expect, it } from 'vitest'
import { normalizeCompanyName } from './normalize-company-name.ts'

describe('normalizeCompanyName', () => {
  it.each([
    { raw: 'ACME, Inc.', key: 'acme' },
    { raw: 'Acme Incorporated', key: 'acme' },
    { raw: 'acme inc', key: 'acme' },
    { raw: 'Acme Inc', key: 'acme' },
    { raw: 'ACME LLC', key: 'acme' },
    { raw: 'Acme Ltd.', key: 'acme' },
    { raw: 'Acme Limited', key: 'acme' },
    { raw: 'Acme Pty Ltd', key: 'acme' },
    { raw: 'Acme Pty. Ltd.', key: 'acme' },
    { raw: 'Acme Private Limited', key: 'acme' },
    { raw: 'Acme Pvt. Ltd.', key: 'acme' },
    { raw: 'Acme GmbH', key: 'acme' },
    { raw: 'Acme GmbH & Co. KG', key: 'acme' },
    { raw: 'Acme AG', key: 'acme' },
    { raw: 'Acme S.A.', key: 'acme' },
    { raw: 'Acme SA', key: 'acme' },
    { raw: 'Acme S.A.S.', key: 'acme' },
    { raw: 'Acme SAS', key: 'acme' },
    { raw: 'Acme BV', key: 'acme' },
    { raw: 'Acme B.V.', key: 'acme' },
    { raw: 'Acme N.V.', key: 'acme' },
    { raw: 'Acme Oy', key: 'acme' },
    { raw: 'Acme AB', key: 'acme' },
    { raw: 'Acme AS', key: 'acme' },
    { raw: 'Acme PLC', key: 'acme' },
    { raw: 'Acme Corp.', key: 'acme' },
    { raw: 'Acme Corporation', key: 'acme' },
    { raw: 'Acme Co.', key: 'acme' },
    { raw: 'Acme Company', key: 'acme' },
    { raw: 'Acme Ltda.', key: 'acme' },
    { raw: 'Acme S.p.A.', key: 'acme' },
    { raw: 'Acme SRL', key: 'acme' },
    { raw: 'Acme K.K.', key: 'acme' },
    { raw: 'Acme Co., Ltd.', key: 'acme' },
    { raw: 'Acme S.A. de C.V.', key: 'acme' },
    { raw: 'The Acme Company', key: 'acme' },
    { raw: 'Société Générale', key: 'societe generale' },
    { raw: 'Societe Generale', key: 'societe generale' },
    { raw: 'SOCIÉTÉ GÉNÉRALE S.A.', key: 'societe generale' },
    { raw: 'Nestlé S.A.', key: 'nestle' },
    { raw: 'Müller GmbH', key: 'muller' },
    { raw: 'Procter & Gamble Co.', key: 'procter and gamble' },
    { raw: 'Procter and Gamble Company', key: 'procter and gamble' },
    { raw: 'Johnson & Johnson', key: 'johnson and johnson' },
    { raw: 'Smith & Co.', key: 'smith' },
    { raw: 'Henkel AG & Co. KGaA', key: 'henkel' },
    { raw: 'SAP SE', key: 'sap' },
    { raw: 'Salesforce.com, Inc.', key: 'salesforce' },
    { raw: "McDonald's Corporation", key: 'mcdonalds' },
    { raw: 'AT&T Inc.', key: 'at and t' },
    { raw: '  Acme   Software\tLtd ', key: 'acme software' },
    { raw: 'Olist Comércio Eletrônico Ltda', key: 'olist comercio eletronico' },
    { raw: '株式会社トヨタ', key: '株式会社トヨタ' },
  ])('keys "$raw" as "$key"', ({ raw, key }) => {
    expect(normalizeCompanyName(raw)).toBe(key)
  })

  it.each([
    { raw: 'The Company', key: 'company' },
    { raw: 'Inc.', key: 'inc' },
    { raw: 'The', key: 'the' },
  ])('never drops the last word of "$raw"', ({ raw, key }) => {
    expect(normalizeCompanyName(raw)).toBe(key)
  })

  it.each([{ raw: '' }, { raw: '  ' }, { raw: undefined }, { raw: '&' }, { raw: '., -' }])(
    'has no key for $raw',
    ({ raw }) => {
      expect(normalizeCompanyName(raw)).toBeNull()
    },
  )
})
