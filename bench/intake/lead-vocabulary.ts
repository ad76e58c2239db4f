// The words the intake benchmark builds leads from: names per country (accents included), how each
// country writes its phone numbers, company legal forms and the spellings leads give for countries
// and sources. Only data; generate-leads.ts draws from it.

export type CountryCode = 'US' | 'GB' | 'DE' | 'FR' | 'ES' | 'BR' | 'SE' | 'PL'

export type CountryWords = {
  readonly firstNames: readonly string[]
  readonly lastNames: readonly string[]
  /** How leads type the country: codes, English and native names; '' leaves it blank. */
  readonly spellings: readonly string[]
  readonly tlds: readonly string[]
  /** Families of legal suffixes; one company keeps one family, leads vary within it. */
  readonly legalForms: readonly (readonly string[])[]
  /** A phone number written the ways people of this country write it; digits come from `digit`. */
  readonly phoneFormats: readonly ((digit: () => string) => string)[]
}

const digits = (digit: () => string, count: number) => Array.from({ length: count }, digit).join('')

export const countries: Readonly<Record<CountryCode, CountryWords>> = {
  US: {
    firstNames: ['James', 'Mary', 'Robert', 'Jennifer', 'Michael', 'Linda', 'Chen', 'Aisha', 'Zoë'],
    lastNames: ['Smith', 'Johnson', 'Williams', 'Brown', 'Garcia', "O'Brien", 'Nguyen', 'Patel'],
    spellings: ['US', 'USA', 'United States', 'United States of America', 'us', ''],
    tlds: ['.com', '.com', '.io', '.co'],
    legalForms: [
      ['Inc.', 'Inc', ', Inc.', 'Incorporated'],
      ['LLC', 'L.L.C.', ', LLC'],
      ['Corp.', 'Corporation', 'Corp'],
    ],
    phoneFormats: [
      (d) => `+1 (415) 8${digits(d, 2)}-${digits(d, 4)}`,
      (d) => `(212) 7${digits(d, 2)}-${digits(d, 4)}`,
      (d) => `646.3${digits(d, 2)}.${digits(d, 4)}`,
      (d) => `+13128${digits(d, 6)}`,
      (d) => `1-617-4${digits(d, 2)}-${digits(d, 4)}`,
    ],
  },
  GB: {
    firstNames: ['Oliver', 'Amelia', 'Harry', 'Isla', 'George', 'Siobhán', 'Rhys', 'Niamh'],
    lastNames: ['Taylor', 'Davies', 'Evans', 'Wilson', 'Thomas', 'Roberts', 'MacDonald', 'Ó Néill'],
    spellings: ['GB', 'UK', 'United Kingdom', 'England', 'Great Britain', ''],
    tlds: ['.co.uk', '.co.uk', '.com'],
    legalForms: [
      ['Ltd', 'Ltd.', 'Limited'],
      ['PLC', 'plc', 'Public Limited Company'],
    ],
    phoneFormats: [
      (d) => `+44 20 7${digits(d, 3)} ${digits(d, 4)}`,
      (d) => `020 3${digits(d, 3)} ${digits(d, 4)}`,
      (d) => `+44 (0)161 4${digits(d, 2)} ${digits(d, 4)}`,
    ],
  },
  DE: {
    firstNames: ['Jürgen', 'Anja', 'Lukas', 'Jörg', 'Mareike', 'Günther', 'Sören', 'Katrin'],
    lastNames: ['Müller', 'Schäfer', 'Weiß', 'Hoffmann', 'Köhler', 'Groß', 'Becker', 'von Bülow'],
    spellings: ['DE', 'Germany', 'Deutschland', 'germany', ''],
    tlds: ['.de', '.de', '.com'],
    legalForms: [['GmbH', 'Gmbh', 'G.m.b.H.'], ['AG', 'Aktiengesellschaft'], ['GmbH & Co. KG']],
    phoneFormats: [
      (d) => `+49 30 2${digits(d, 7)}`,
      (d) => `089 5${digits(d, 7)}`,
      (d) => `+49 (0)40 3${digits(d, 7)}`,
    ],
  },
  FR: {
    firstNames: ['Benoît', 'Hélène', 'Léa', 'François', 'Anaïs', 'Jérôme', 'Cécile', 'Noël'],
    lastNames: ['Lefèvre', 'Dubois', 'Moreau', 'Girard', 'Bénard', 'Rousseau', 'Faure', 'Lemaître'],
    spellings: ['FR', 'France', 'france', 'République française', ''],
    tlds: ['.fr', '.fr', '.com'],
    legalForms: [
      ['SAS', 'S.A.S.'],
      ['SA', 'S.A.'],
      ['SARL', 'S.A.R.L.'],
    ],
    phoneFormats: [
      (d) => `+33 1 4${d()} ${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`,
      (d) => `01 4${d()} ${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`,
      (d) => `+336${digits(d, 8)}`,
    ],
  },
  ES: {
    firstNames: ['José', 'María', 'Álvaro', 'Lucía', 'Íñigo', 'Sofía', 'Martín', 'Begoña'],
    lastNames: ['García', 'Núñez', 'Peña', 'Martínez', 'Rodríguez', 'López', 'Ibáñez', 'Muñoz'],
    spellings: ['ES', 'Spain', 'España', 'spain', ''],
    tlds: ['.es', '.es', '.com'],
    legalForms: [
      ['S.L.', 'SL', 'S.L.U.'],
      ['S.A.', 'SA'],
    ],
    phoneFormats: [
      (d) => `+34 91 ${digits(d, 3)} ${digits(d, 2)} ${digits(d, 2)}`,
      (d) => `93 4${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`,
      (d) => `+34 6${digits(d, 2)} ${digits(d, 3)} ${digits(d, 3)}`,
    ],
  },
  BR: {
    firstNames: ['João', 'Ana', 'Luís', 'Conceição', 'Thiago', 'Letícia', 'Gonçalo', 'Júlia'],
    lastNames: ['Silva', 'Gonçalves', 'Araújo', 'Conceição', 'Magalhães', 'Souza', 'Simões'],
    spellings: ['BR', 'Brazil', 'Brasil', ''],
    tlds: ['.com.br', '.com.br', '.com'],
    legalForms: [
      ['Ltda.', 'Ltda', 'LTDA'],
      ['S.A.', 'S/A'],
    ],
    phoneFormats: [
      (d) => `+55 11 9${digits(d, 4)}-${digits(d, 4)}`,
      (d) => `(21) 9${digits(d, 4)}-${digits(d, 4)}`,
      (d) => `+55 (31) 3${digits(d, 3)}-${digits(d, 4)}`,
    ],
  },
  SE: {
    firstNames: ['Björn', 'Åsa', 'Örjan', 'Linnéa', 'Mårten', 'Ingrid', 'Sören', 'Maja'],
    lastNames: ['Söderström', 'Lindqvist', 'Åberg', 'Nyström', 'Ekström', 'Johansson', 'Öberg'],
    spellings: ['SE', 'Sweden', 'Sverige', ''],
    tlds: ['.se', '.se', '.com'],
    legalForms: [['AB', 'Aktiebolag', '(publ)']],
    phoneFormats: [
      (d) => `+46 8 5${digits(d, 2)} ${digits(d, 3)} ${digits(d, 2)}`,
      (d) => `08-5${digits(d, 2)} ${digits(d, 3)} ${digits(d, 2)}`,
      (d) => `+46 70 ${digits(d, 3)} ${digits(d, 2)} ${digits(d, 2)}`,
    ],
  },
  PL: {
    firstNames: ['Łukasz', 'Małgorzata', 'Paweł', 'Agnieszka', 'Michał', 'Zofia', 'Wojciech'],
    lastNames: ['Wójcik', 'Kowalczyk', 'Woźniak', 'Dąbrowski', 'Zieliński', 'Kamiński', 'Król'],
    spellings: ['PL', 'Poland', 'Polska', ''],
    tlds: ['.pl', '.pl', '.com'],
    legalForms: [
      ['Sp. z o.o.', 'sp. z o.o.', 'Spółka z o.o.'],
      ['S.A.', 'SA'],
    ],
    phoneFormats: [
      (d) => `+48 22 5${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`,
      (d) => `22 5${digits(d, 2)} ${digits(d, 2)} ${digits(d, 2)}`,
      (d) => `+48 6${digits(d, 2)} ${digits(d, 3)} ${digits(d, 3)}`,
    ],
  },
}

export const countryCodes = Object.keys(countries) as CountryCode[]

export const freeMailDomains = [
  'gmail.com',
  'gmail.com',
  'gmail.com',
  'yahoo.com',
  'hotmail.com',
  'outlook.com',
  'icloud.com',
  'gmx.de',
  'web.de',
  'orange.fr',
  'yahoo.co.uk',
  'uol.com.br',
  'wp.pl',
] as const

export const companyPrefixes = [
  'North', 'Blue', 'Silver', 'Red', 'Bright', 'Clear', 'Green', 'Iron', 'Nova', 'Apex', 'Summit',
  'Pioneer', 'Quantum', 'Vertex', 'Harbor', 'Cedar', 'Falcon', 'Orbit', 'Stellar', 'Terra',
  'Lumière', 'Nordström', 'Águila', 'Polar', 'Crest', 'Maple', 'Granite', 'Beacon', 'Atlas', 'Echo',
] // prettier-ignore

export const companyCores = [
  'wind', 'stone', 'field', 'bridge', 'point', 'wave', 'gate', 'peak', 'forge', 'light', 'line',
  'path', 'works', 'scape', 'grid', 'core', 'way', 'dale', 'ridge', 'port', 'haven', 'mark',
] // prettier-ignore

export const companyIndustries = [
  'Logistics', 'Robotics', 'Health', 'Analytics', 'Software', 'Capital', 'Foods', 'Energy',
  'Systems', 'Labs', 'Networks', 'Consulting', 'Manufacturing', 'Media', 'Biotech', 'Security',
] // prettier-ignore

export const titles = [
  'VP Marketing', 'Head of Sales', 'Marketing Manager', 'Demand Generation Manager', 'CEO', 'CTO',
  'Sales Director', 'Account Executive', 'SDR', 'Growth Lead', 'Marketing Operations Manager',
  'Chief Revenue Officer', 'Product Marketing Manager', 'Director of Operations', 'Founder',
  'Business Development Representative', 'Revenue Operations Analyst', 'Procurement Manager',
] // prettier-ignore

export const sources = [
  'webinar', 'Webinar', 'content', 'paid_search', 'Google Ads', 'google', 'LinkedIn',
  'linkedin ads', 'event', 'Trade Show', 'referral', 'Referral Sites', 'partner', 'Organic',
  'organic_search', 'direct', 'Email', 'facebook ads',
] // prettier-ignore

export const campaigns = ['q1-webinar', 'q2-ebook', 'spring-event', 'pricing-page', 'demo-request']
