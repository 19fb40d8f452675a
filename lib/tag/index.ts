export { buildTermIndex, findTerms, findTermsOf, hitsIn, type TermHit, type TermIndex } from './terms';
export { contextReader, definitionZones, type ContextReader, type MentionContext, type Stance } from './context';
export { tagDataItems } from './dataItems';
export { tagPermissions } from './permissions';
export { detectScript, policyConfidence, POLICY_SIGNALS, POLICY_THRESHOLD } from './policy';
