import type { Agreement } from '../src/core/agreement/types.ts'

/** A small, valid agreement (waterfall vocabulary) that tests change one thing at a time. */
export function agreementFixture(): Agreement {
  return {
    name: 'Acme sales and marketing agreement',
    purpose: 'One funnel, one set of definitions and one set of numbers for marketing and sales.',
    term: { startsOn: '2026-01-01', endsOn: '2026-12-31' },
    funnel: {
      stages: [
        { canonical: 'inquiry', name: 'Inquiry', ownerTeam: 'marketing' },
        { canonical: 'mql', name: 'MQL', ownerTeam: 'sdr' },
        { canonical: 'sal', name: 'SAL', ownerTeam: 'sales' },
        { canonical: 'sql', name: 'SQL', ownerTeam: 'sales' },
        { canonical: 'opportunity', name: 'SQO', ownerTeam: 'sales' },
        { canonical: 'won', name: 'Won', ownerTeam: 'sales' },
        { canonical: 'lost', name: 'Lost', ownerTeam: 'sales' },
        { canonical: 'nurture', name: 'Nurture', ownerTeam: 'marketing' },
        { canonical: 'disqualified', name: 'Disqualified', ownerTeam: 'marketing' },
      ],
      transitions: [
        { from: 'inquiry', to: ['mql', 'nurture', 'disqualified'] },
        { from: 'mql', to: ['sal', 'nurture', 'disqualified'] },
        { from: 'sal', to: ['sql', 'nurture', 'disqualified'] },
        { from: 'sql', to: ['opportunity', 'nurture'] },
        { from: 'opportunity', to: ['won', 'lost'] },
        { from: 'lost', to: ['nurture'] },
        { from: 'nurture', to: ['mql'] },
      ],
      opportunityStages: [
        { name: 'Discovery', probabilityPct: 10 },
        { name: 'Proposal', probabilityPct: 50 },
        { name: 'Negotiation', probabilityPct: 80 },
        { name: 'Closed Won', probabilityPct: 100, outcome: 'won' },
        { name: 'Closed Lost', probabilityPct: 0, outcome: 'lost' },
      ],
    },
    idealCustomerProfiles: [
      {
        product: 'Platform',
        account: {
          industries: ['Software'],
          countries: ['US'],
          employeeCount: { min: 50, max: 5000 },
        },
        person: { titles: ['VP Marketing'], functions: ['Marketing'], levels: ['VP'] },
        bestCustomers: ['Globex'],
        worstCustomers: ['Initech'],
      },
    ],
    leadDefinitions: [
      {
        stage: 'mql',
        requiredFields: ['name', 'company', 'website', 'area_of_interest', 'email'],
        optionalFields: ['phone', 'title'],
        unnecessaryFields: ['budget'],
        scoreThreshold: 60,
        capturedBy: 'web_form',
      },
      {
        stage: 'sql',
        requiredFields: ['name', 'company', 'website', 'area_of_interest', 'email', 'phone'],
        optionalFields: [],
        unnecessaryFields: [],
        qualification: { framework: 'bant', minimumMet: 2 },
        capturedBy: 'sdr',
      },
    ],
    scoring: {
      description: 'Fit plus engagement with decay.',
      handoffScore: 60,
      reviewEveryDays: 30,
    },
    responseTargets: [
      { priority: 'hot', minScore: 80, withinBusinessHours: 1 },
      { priority: 'warm', minScore: 60, withinBusinessHours: 24 },
    ],
    calendar: {
      timeZone: 'America/New_York',
      workingHours: {
        mon: [{ from: '09:00', to: '17:00' }],
        tue: [{ from: '09:00', to: '17:00' }],
        wed: [{ from: '09:00', to: '17:00' }],
        thu: [{ from: '09:00', to: '17:00' }],
        fri: [{ from: '09:00', to: '17:00' }],
      },
      holidays: { country: 'US' },
      closedDays: ['2026-12-24'],
    },
    cadences: [
      {
        name: 'Tier A',
        tier: 'A',
        steps: [
          { channel: 'call', afterBusinessDays: 0 },
          { channel: 'email', afterBusinessDays: 1 },
          { channel: 'voicemail', afterBusinessDays: 3 },
        ],
      },
    ],
    exitCriteria: {
      recycleAcceptedUnqualifiedAfterDays: 30,
      sdrTakeBackAfterBusinessDays: 8,
      resolutionWithinBusinessDays: 15,
      statusUpdateWithinBusinessDays: 1,
      recycleTo: 'nurture',
    },
    clocks: [
      { kind: 'first_response', startsOn: 'mql', stopsOn: ['sal', 'nurture', 'disqualified'] },
      { kind: 'recycle', startsOn: 'sal', stopsOn: ['sql', 'nurture', 'disqualified'] },
      { kind: 'status_update', startsOn: 'sql', stopsOn: ['opportunity', 'nurture'] },
    ],
    reasonCodes: [
      { code: 'unreachable', label: 'Unreachable', noteRequired: false },
      { code: 'non_compliant', label: 'Non-compliant with the agreement', noteRequired: true },
      { code: 'no_need', label: 'No acknowledged need', noteRequired: false },
      { code: 'other', label: 'Other', noteRequired: true },
    ],
    nurturePrograms: [{ name: 'Recycled leads', touchMonths: [1, 3, 6, 9, 12] }],
    goals: {
      conversions: [{ from: 'mql', to: 'sql', targetPct: 90 }],
      responseCompliancePct: 95,
      activities: [{ team: 'sdr', activity: 'conversations', perDay: 8 }],
    },
    responsibilities: {
      marketing: ['Deliver 400 MQLs a quarter'],
      sdr: ['Call every hot MQL within one business hour'],
      sales: ['Accept or reject every SAL within one business day'],
    },
    review: { firstReviewAfterDays: 90, thenEveryMonths: 3 },
    signatories: {
      marketing: [{ name: 'Maria Marketing', email: 'maria@acme.com', title: 'VP Marketing' }],
      sales: [{ name: 'Sam Sales', email: 'sam@acme.com', title: 'VP Sales' }],
    },
  }
}
