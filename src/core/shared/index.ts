// Shared kernel: typed ids, the one AppError with its closed set of codes, paging shapes and
// grouping.
// Everything here is pure; every other core area may import it.
export { AppError, isAppError, type ErrorDetails } from './app-error.ts'
export { errorCodes, isErrorCode, type ErrorCode } from './error-code.ts'
export {
  isUuid,
  toId,
  type Id,
  type WorkspaceId,
  type PersonId,
  type AccountId,
  type OpportunityId,
  type UserId,
} from './ids.ts'
export { groupBy } from './group-by.ts'
export { defaultPageLimit, maxPageLimit, type Page, type PageRequest } from './page.ts'
