// Analytics: every number is computed from stored facts (people, activities, stage events, spend),
// so any past period can be recomputed; rates are shares in 0..1 and money is in cents.
export {
  buildQualityReport,
  type PipelineFacts,
  type QualityFacts,
  type QualityReport,
  type QualityRow,
} from './build-quality-report.ts'
