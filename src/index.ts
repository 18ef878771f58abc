/**
 * par-index: exact, typed scoring of Vietnam's administrative reform index (Chỉ số CCHC).
 * This core entry is pure: no I/O, no Node built-ins; it runs in Node and in browsers.
 * Files, Excel and reports are in `par-index/node`.
 * @packageDocumentation
 */

export type { CriteriaSetSummary } from './criteria-sets/registry.js';
// Bundled criteria sets
export { getCriteriaSet, listCriteriaSets } from './criteria-sets/registry.js';
// Scoring
export { classify } from './engine/classify.js';
export { findNode } from './engine/find-node.js';
export type { ScoreOptions } from './engine/score-assessment.js';
export { scoreAssessment } from './engine/score-assessment.js';
export type { Issue, IssueCode, SafeParseResult } from './errors.js';
// Errors and parse results
export { isParIndexError, ParIndexError } from './errors.js';
export type { FormatOptions, Lang } from './format/number-format.js';
// Formatting
export { formatNumber, formatPercent } from './format/number-format.js';
export type { RoundingMode } from './format/round.js';
export { roundDecimal, roundToDecimalString } from './format/round.js';
export type { AdjustmentDefinition } from './model/adjustment.js';
export type {
  AdjustmentEntry,
  Assessment,
  AssessmentEntry,
  EvidenceDocument,
  PointsUncertainty,
  RawValue,
  UnitInfo,
} from './model/assessment.js';
export type { BandLevel, BandScale, CriterionRatingConfig } from './model/bands.js';
export type { CriteriaNode, ScoringMethod } from './model/criteria-node.js';
export type {
  AdminLevel,
  ClassifyOn,
  CriteriaSet,
  Decision,
  Provenance,
  RoundingConfig,
  TotalCap,
} from './model/criteria-set.js';
// Domain model
export type { DecimalInput, DecimalString } from './model/decimal-string.js';
export type {
  BlockRanking,
  RankBy,
  RankChange,
  RankedUnit,
  RankInput,
  Ranking,
  RankingWarning,
  RankTarget,
  RankTargetVerdict,
  UnrankedReason,
  UnrankedUnit,
} from './model/ranking.js';
export type {
  BandResult,
  FiredTrigger,
  LeafExplanation,
  NodeRating,
  NodeScore,
  NodeStatus,
  PointsSource,
  ScoreResult,
  ScoreWarning,
  ScoreWarningCode,
  ShownNode,
  ShownTotals,
  Stage,
} from './model/score-result.js';
export type {
  DeadlineRule,
  DeadlineTier,
  DeductionRule,
  DirectRule,
  RatioLinearRule,
  RatioTier,
  RatioTiersRule,
  ScoringRule,
  ScoringRuleKind,
  SurveyOption,
  SurveyOptionsRule,
  SurveyScaleRule,
  YesNoRule,
} from './model/scoring-rule.js';
export type { BandTarget, BandTargetVerdict } from './model/targets.js';
export type { NodeSelector, TriggerCondition, TriggerRule } from './model/trigger.js';
export type {
  BandGap,
  BandGapInput,
  BandShown,
  NoWeakGap,
  PeerIndex,
  PeerShown,
  RankGap,
  RankGapInput,
  RatedCriterionInput,
  WeakCriterionGap,
} from './model/whatif-gaps.js';
export type {
  MonteCarloOptions,
  MonteCarloResult,
  NodeSensitivity,
  RankProbability,
  UncertainNode,
  UncertainUnit,
  UnitRankDistribution,
} from './model/whatif-monte-carlo.js';
export type { CheapestPlan, PlanItem, PlanOptions, PlanStep } from './model/whatif-plan.js';
export type {
  ScenarioChange,
  ScenarioInput,
  ScenarioResult,
  UnitDiff,
  UnitSnapshot,
} from './model/whatif-scenario.js';
export type { InputWarning, InputWarningCode } from './parse/assessment-warnings.js';
export { assessmentWarnings } from './parse/assessment-warnings.js';
export type { DecimalInputProblem, DecimalRead } from './parse/decimal-input.js';
// Parsing (the boundary)
export { parseDecimal, readDecimal } from './parse/decimal-input.js';
export { parseAssessment, safeParseAssessment } from './parse/parse-assessment.js';
export { parseCriteriaSet, safeParseCriteriaSet } from './parse/parse-criteria-set.js';
export type { BandCount, BlockSummary, FieldAverage } from './ranking/block-summary.js';
export { summariseBlock, summariseBlocks } from './ranking/block-summary.js';
// Ranking and targets
export { rankValues } from './ranking/rank.js';
export { compareRanks } from './ranking/rank-change.js';
export type { RankResultsOptions } from './ranking/rank-results.js';
export { rankResults } from './ranking/rank-results.js';
export { checkBandTarget, checkRankTarget } from './ranking/targets.js';
export { describeRule } from './rules/describe-rule.js';
// Rules
export { acceptedValueKinds } from './rules/value-kinds.js';
export { criteriaSetJsonSchema } from './schema/json-schema.js';
// Writing assessments back in their file format
export { assessmentToInput } from './serialize/assessment-input.js';
export { pointsNeededForBand } from './whatif/band-gap.js';
export type { BandGapResultOptions } from './whatif/band-gap-result.js';
export { pointsNeededForBandInResult } from './whatif/band-gap-result.js';
export { monteCarloRanks } from './whatif/monte-carlo.js';
export type { NoWeakOptions, NoWeakResultOptions } from './whatif/no-weak-gap.js';
export {
  pointsNeededForNoWeakCriterion,
  pointsNeededForNoWeakCriterionInResult,
} from './whatif/no-weak-gap.js';
export { planCheapest, winnablePoints } from './whatif/plan-cheapest.js';
export type { PlanItemsOptions } from './whatif/plan-items.js';
export { planItemsFromResult } from './whatif/plan-items.js';
export type { PlanPhase, TargetGaps, TargetsPlan } from './whatif/plan-targets.js';
export { planForTargets } from './whatif/plan-targets.js';
// What-if and targets
export { pointsNeededForRank } from './whatif/rank-gap.js';
export type { RankGapResultsOptions } from './whatif/rank-gap-results.js';
export { pointsNeededForRankInResults } from './whatif/rank-gap-results.js';
export { simulateScenario } from './whatif/simulate.js';
export type { UncertainUnitsOptions } from './whatif/uncertain-units.js';
export { uncertainUnitsFromResults } from './whatif/uncertain-units.js';
