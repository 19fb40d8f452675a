import { t } from './i18n';

export interface Props {
  /** when the earlier version was read */
  since: number;
  /** what changed in meaning, e.g. "+人脸信息, −撤回同意的途径"; absent while it is worked out */
  summary?: string;
  onShow: () => void;
}

/** The policy's text differs from the last time this page was read. */
export function ChangeBanner({ since, summary, onShow }: Props) {
  return (
    <section class="change-banner" data-testid="changed" aria-label={t('changedLabel')}>
      <p class="change-title">
        <span aria-hidden="true">△ </span>
        {t('changedSince', new Date(since).toLocaleDateString())}
      </p>
      {summary && (
        <p class="change-summary" data-testid="changed-summary" data-policy-text>
          {summary}
        </p>
      )}
      <button type="button" class="button button-small" data-testid="show-changes" onClick={onShow}>
        {t('showChanges')}
      </button>
    </section>
  );
}
