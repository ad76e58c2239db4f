import { describe, expect, it } from 'vitest'
import { normalizePhone } from './normalize-phone.ts'

describe('normalizePhone', () => {
  it.each([
    // United States
    { raw: '(415) 555-2671', home: 'US', e164: '+14155552671', country: 'US' },
    { raw: '415.555.2671', home: 'US', e164: '+14155552671', country: 'US' },
    { raw: '4155552671', home: 'US', e164: '+14155552671', country: 'US' },
    { raw: '1-415-555-2671', home: 'US', e164: '+14155552671', country: 'US' },
    { raw: '+1 (415) 555-2671', home: undefined, e164: '+14155552671', country: 'US' },
    { raw: 'tel:+14155552671', home: undefined, e164: '+14155552671', country: 'US' },
    // United Kingdom
    { raw: '+44 20 7946 0958', home: undefined, e164: '+442079460958', country: 'GB' },
    { raw: '+44 (0)20 7946 0958', home: undefined, e164: '+442079460958', country: 'GB' },
    { raw: '020 7946 0958', home: 'GB', e164: '+442079460958', country: 'GB' },
    { raw: '07400 123456', home: 'GB', e164: '+447400123456', country: 'GB' },
    { raw: '0044 7400 123456', home: undefined, e164: '+447400123456', country: 'GB' },
    // +44 is shared: this mobile range belongs to Guernsey, not Great Britain.
    { raw: '+44 7911 123456', home: 'GB', e164: '+447911123456', country: 'GG' },
    // Germany
    { raw: '0049 30 123456', home: undefined, e164: '+4930123456', country: 'DE' },
    { raw: '0049 30 123456', home: 'DE', e164: '+4930123456', country: 'DE' },
    { raw: '0049 30 1234567', home: 'US', e164: '+49301234567', country: 'DE' },
    { raw: '030 1234567', home: 'DE', e164: '+49301234567', country: 'DE' },
    { raw: '+49 (0)151 23456789', home: undefined, e164: '+4915123456789', country: 'DE' },
    { raw: '0151/23456789', home: 'DE', e164: '+4915123456789', country: 'DE' },
    // Brazil
    { raw: '011 55 11 91234-5678', home: 'US', e164: '+5511912345678', country: 'BR' },
    { raw: '011 55 11 91234-5678', home: undefined, e164: '+5511912345678', country: 'BR' },
    { raw: '(011) 55 11 91234-5678', home: undefined, e164: '+5511912345678', country: 'BR' },
    { raw: '(11) 91234-5678', home: 'BR', e164: '+5511912345678', country: 'BR' },
    { raw: '+55 11 3456-7890', home: undefined, e164: '+551134567890', country: 'BR' },
    { raw: '+55 (21) 2345-6789', home: 'US', e164: '+552123456789', country: 'BR' },
    // India
    { raw: '+91 98765 43210', home: undefined, e164: '+919876543210', country: 'IN' },
    { raw: '098765 43210', home: 'IN', e164: '+919876543210', country: 'IN' },
    { raw: '9876543210', home: 'IN', e164: '+919876543210', country: 'IN' },
    { raw: '+91-22-2345-6789', home: undefined, e164: '+912223456789', country: 'IN' },
    // Japan
    { raw: '03-1234-5678', home: 'JP', e164: '+81312345678', country: 'JP' },
    { raw: '090-1234-5678', home: 'JP', e164: '+819012345678', country: 'JP' },
    { raw: '+81 90-1234-5678', home: undefined, e164: '+819012345678', country: 'JP' },
    { raw: '+81 (0)3 1234 5678', home: undefined, e164: '+81312345678', country: 'JP' },
  ])('reads "$raw" (home $home) as $e164 in $country', ({ raw, home, e164, country }) => {
    expect(normalizePhone(raw, home)).toEqual({ valid: true, e164, country })
  })

  it.each([
    { raw: '415-555-2671 x123', extension: '123' },
    { raw: '(415) 555-2671 ext. 45', extension: '45' },
    { raw: '+1 415 555 2671 extension 7', extension: '7' },
  ])('keeps the extension of "$raw" apart from the E.164 number', ({ raw, extension }) => {
    expect(normalizePhone(raw, 'US')).toEqual({
      valid: true,
      e164: '+14155552671',
      country: 'US',
      extension,
    })
  })

  it('uses a lower-case home country as given', () => {
    expect(normalizePhone('(415) 555-2671', 'us')).toMatchObject({ e164: '+14155552671' })
  })

  it.each([
    { case: 'an empty cell', raw: '', home: 'US', problem: 'empty' },
    { case: 'a placeholder', raw: 'N/A', home: 'US', problem: 'not_a_number' },
    { case: 'words', raw: 'call me', home: 'US', problem: 'not_a_number' },
    { case: 'too few digits', raw: '123', home: 'US', problem: 'invalid_number' },
    {
      case: 'a national number without a country',
      raw: '(415) 555-2671',
      home: undefined,
      problem: 'missing_country',
    },
    {
      case: 'an unknown home country',
      raw: '(415) 555-2671',
      home: 'XX',
      problem: 'missing_country',
    },
    { case: 'a repeated digit', raw: '0000000000', home: 'US', problem: 'invalid_number' },
    { case: 'a fake US area code', raw: '555-555-5555', home: 'US', problem: 'invalid_number' },
    { case: 'a counted sequence', raw: '1234567890', home: 'US', problem: 'invalid_number' },
    { case: "Ofcom's drama range", raw: '07700 900123', home: 'GB', problem: 'invalid_number' },
    {
      case: 'a German number cut short',
      raw: '+49 30 12',
      home: undefined,
      problem: 'invalid_number',
    },
    { case: 'a single digit', raw: '7', home: undefined, problem: 'not_a_number' },
    {
      case: 'an Indian mobile one digit short',
      raw: '+91 98765 4321',
      home: undefined,
      problem: 'invalid_number',
    },
  ])('rejects $case ("$raw") as $problem', ({ raw, home, problem }) => {
    const result = normalizePhone(raw, home)
    expect(result).toMatchObject({ valid: false, problem })
    expect(result.e164).toBeUndefined()
  })
})
