import type { NecessaryCheck, NecessaryItem } from '@/lib/types';
import { APP_TYPES } from '@/lib/necessary/table';
import { ChipList } from './ChipList';
import { Finding } from './Finding';
import { t } from './i18n';
import { useRoving } from './useRoving';
import { appTypeName, dataItemName } from './names';

export interface Props {
  necessary: NecessaryCheck;
  /** the person's choice of type: ids, [] for "none of these", null to let Zhiqing guess */
  onChooseType: (types: string[] | null) => void;
}

const AUTO = '';
const NONE = 'none';


/**
 * 必要个人信息范围规定: for the app's type, what the policy demands beyond the
 * basic service's list (✗, with quotes), what is on the list (✓), and what is
 * for functions the person may refuse; the type can be corrected.
 */
export function NecessaryBlock({ necessary, onChooseType }: Props) {
  const roving = useRoving<HTMLDivElement>(':scope > details > summary');
  const chosen = necessary.types.filter((type) => type.chosen);
  const by = (status: NecessaryItem['status']) => necessary.items.filter((i) => i.status === status);
  const beyond = by('beyond');
  const listed = by('necessary');
  const optional = by('optional');
  const noneChosen = necessary.by === 'user' && !chosen.length;
  const current = necessary.by === 'guess' ? AUTO : noneChosen ? NONE : (chosen[0]?.id ?? AUTO);
  const title = chosen.length ? t('necessaryTitle', chosen.map((c) => appTypeName(c.id, c.name)).join('、')) : t('necessaryTitleUnknown');
  const chip = (i: NecessaryItem) => ({ id: i.id, label: dataItemName(i) + (i.byLaw ? t('necessaryByLaw') : ''), evidence: i.evidence });
  return (
    <section class="section necessary" data-testid="necessary" aria-labelledby="necessary-title">
      <h2 class="section-title" id="necessary-title">
        {title}
      </h2>
      {noneChosen ? (
        <p class="empty-note">{t('necessaryNoneChosen')}</p>
      ) : necessary.unsure ? (
        <p class="warning-note" data-testid="necessary-unsure">
          {t('necessaryUnsure')}
        </p>
      ) : (
        <>
          <p class="necessary-how">
            {necessary.by === 'user' ? t('necessaryByUser') : t('necessaryGuessed', Math.round(Math.max(...chosen.map((c) => c.confidence)) * 100))}
          </p>
          {beyond.length > 0 && (
            <div class="findings" data-testid="necessary-beyond" ref={roving}>
              {beyond.map((item) => (
                <Finding
                  key={item.id}
                  class="risk risk-violation risk-high"
                  marker={<span class="necessary-mark necessary-beyond" aria-label={t('necessaryBeyondLabel')}>✗</span>}
                  title={dataItemName(item)}
                  aside={t('necessaryBeyondHint')}
                  evidence={item.evidence}
                />
              ))}
            </div>
          )}
          <h3 class="necessary-subtitle">
            <span class="necessary-mark necessary-ok" aria-hidden="true">
              ✓{' '}
            </span>
            {t('necessaryListed')}
          </h3>
          <div data-testid="necessary-listed">{listed.length ? <ChipList chips={listed.map(chip)} /> : <p class="empty-note">{t('necessaryListedNone')}</p>}</div>
          {optional.length > 0 && (
            <>
              <h3 class="necessary-subtitle">{t('necessaryOptional')}</h3>
              <div data-testid="necessary-optional">
                <ChipList chips={optional.map(chip)} />
              </div>
            </>
          )}
        </>
      )}
      <label class="necessary-type">
        {necessary.unsure && !noneChosen ? t('appTypeAsk') : t('appTypeWrong')}{' '}
        <select
          class="field"
          data-testid="app-type"
          value={current}
          onChange={(e) => {
            const value = (e.target as HTMLSelectElement).value;
            onChooseType(value === AUTO ? null : value === NONE ? [] : [value]);
          }}
        >
          <option value={AUTO}>{t('appTypeAuto')}</option>
          {APP_TYPES.map((type) => (
            <option key={type.id} value={type.id}>
              {appTypeName(type.id, type.zh)}
            </option>
          ))}
          <option value={NONE}>{t('appTypeNone')}</option>
        </select>
      </label>
    </section>
  );
}
