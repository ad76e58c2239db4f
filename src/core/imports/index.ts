// Imports of everything but leads: accounts, engagement events, marketing spend, the product catalog
// and sales rosters. Each row is cleaned on its own and either yields one clean record or is rejected
// with a reason and a message that says how to fix it; nothing is silently dropped.
export { cleanAccount, type AccountCleaning } from './clean-account.ts'
export { cleanEvent, maxEventUrlLength, toEventType } from './clean-event.ts'
export { cleanProduct } from './clean-product.ts'
export { cleanSpend } from './clean-spend.ts'
export { cleanTeamMember, placeholderEmail, placeholderEmailDomain } from './clean-team-member.ts'
export { planAccountUpsert } from './plan-account-upsert.ts'
export { readInstant, reject } from './read-value.ts'
export type {
  AccountChanges,
  AccountInput,
  AccountUpsert,
  CleanAccount,
  CleanEvent,
  CleanProduct,
  CleanSpend,
  CleanTeamMember,
  EventInput,
  ProductInput,
  Rejection,
  SpendInput,
  StoredAccount,
  TeamMemberInput,
} from './types.ts'
