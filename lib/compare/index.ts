// Comparing two analyses: two sites side by side (sides.ts, questions.ts), or
// two versions of one policy (changes.ts, textDiff.ts). Reads only the
// Analysis objects.
export { compareAnalyses, type Comparison, type Side } from './sides';
export { changesBetween, changeSummary, type Change, type Changes, type DataChange, type Delta, type FindingChange } from './changes';
export { textDiff, type SectionDiff, type SentenceChange, type SentenceOp, type TextDiff } from './textDiff';
export { answerQuestions, QUESTIONS, type AnsweredQuestion, type Answer, type AnswerKind, type Question, type QuestionExample } from './questions';
