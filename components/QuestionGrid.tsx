import type { AnsweredQuestion } from '@/lib/compare';
import { getLocale, t } from './i18n';
import { QuoteDetails } from './QuoteDetails';
import { dataItemName } from './names';

export interface Props {
  left: AnsweredQuestion[];
  right: AnsweredQuestion[];
  leftName: string;
  rightName: string;
}

/** A count that merely restates silence ("not stated: 0") is left out; a count or a limit the policy gives, or a note on what it leaves open, is shown. */
const shownValue = (answer: AnsweredQuestion): boolean => answer.value !== undefined && !(answer.answer === 'unstated' && typeof answer.value === 'number');

/** A symbol with each answer, so the grid reads without colour. */
const MARK = { yes: '●', no: '○', unstated: '?' } as const;

/** The value's words: ours in the reader's language; a count; or the policy's own (a time limit as it writes it). */
function Value({ answer }: { answer: AnsweredQuestion }) {
  if (answer.note) return <>{t(`answerNote_${answer.note}`)}</>;
  if (answer.dataItems) return <>{answer.dataItems.map(dataItemName).join(t('listSeparator'))}</>;
  if (typeof answer.value === 'number') return <>{answer.value}</>;
  return <span data-policy-text>{answer.value}</span>;
}

function Cell({ answer, testId }: { answer: AnsweredQuestion | undefined; testId: string }) {
  if (!answer) return <td />;
  const word = t(`answer_${answer.answer}`);
  // Colour says which answer is worse for the user, where one is; the symbol and the word say the answer.
  const tone = answer.answer === 'unstated' ? 'unstated' : !answer.worse ? 'neutral' : answer.answer === answer.worse ? 'worse' : 'better';
  return (
    <td class={`answer answer-${tone}`} data-answer={answer.answer}>
      <QuoteDetails evidence={answer.evidence} testId={testId}>
        <span aria-hidden="true">{MARK[answer.answer]} </span>
        {word}
        {shownValue(answer) && ': '}
        {shownValue(answer) && <Value answer={answer} />}
      </QuoteDetails>
    </td>
  );
}

/** The questions a person asks when choosing, answered for both sides; a differing answer is marked. */
export function QuestionGrid({ left, right, leftName, rightName }: Props) {
  const en = getLocale() === 'en';
  return (
    <table class="compare-table question-grid" data-testid="question-grid">
      <caption class="visually-hidden">{t('questionsTitle')}</caption>
      <thead>
        <tr>
          <th scope="col">{t('questionsTitle')}</th>
          <th scope="col" data-policy-text>
            {leftName}
          </th>
          <th scope="col" data-policy-text>
            {rightName}
          </th>
        </tr>
      </thead>
      <tbody>
        {left.map((q) => {
          const r = right.find((x) => x.id === q.id);
          const differs = r !== undefined && (r.answer !== q.answer || String(r.value ?? '') !== String(q.value ?? ''));
          return (
            <tr key={q.id} data-testid={`question-${q.id}`} class={differs ? 'differs' : undefined}>
              <th scope="row">
                {differs && <span class="differs-mark" title={t('answersDiffer')} aria-label={t('answersDiffer')}>≠ </span>}
                {en ? q.en : q.zh}
              </th>
              <Cell answer={q} testId={`answer-left-${q.id}`} />
              <Cell answer={r} testId={`answer-right-${q.id}`} />
            </tr>
          );
        })}
      </tbody>
    </table>
  );
}
