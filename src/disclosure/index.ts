/**
 * Disclosure control: make a report safe to publish, and prove it.
 *
 * @module
 */
export { applyDisclosureControl, describeMethod } from './apply.js';
export { auditLinkedTables, snapshotTable } from './audit-report.js';
export { auditTable } from './audit-table.js';
export type { AuditCell, AuditConstraint, AuditTable, CellRange, TableAudit } from './audit-table.js';
export { jointlyFixed } from './joint.js';
export { exposedByCut, residualMoves, secondarySuppressions } from './network.js';
export type { NetworkArc } from './network.js';
export { DISCLOSURE_PRESETS, resolvePolicy } from './policy.js';
export { isSuppressed, roundToBase, suppressed, WITHHELD_REASON } from './suppressed.js';
export type { DisclosurePolicy, PresetName, ResolvedPolicy } from './types.js';
export { explainDisclosure } from './explain.js';
export type { DisclosureExplanation, WithheldHeadline, WithheldRule, WithheldValueExplanation } from './explain.js';
export { publicationModel } from './intruder.js';
export { yearPairModel } from './year-pair-model.js';
export type { IntruderConstraint, IntruderModel, IntruderVariable, PrintedPrecision } from './intruder.js';
export type { DisclosureOptions } from './apply.js';
export { populationKey } from './intruder.js';
export type { PublicationModelOptions } from './intruder.js';
