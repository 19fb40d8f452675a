// Necessary personal information (必要个人信息范围规定): the 39 app types, the
// guess of which a policy is for, and the check of what it demands.
export { APP_TYPES, appTypeById, coveredIds, type AppTypeRow, type NecessaryItemRow, type TableSource } from './table';
export { guessAppTypes, type TypeGuess } from './appType';
export { checkNecessary, type NecessaryInput } from './check';
export { DEMAND_ROWS } from './demands';
export { TYPE_CUES } from './cues';
