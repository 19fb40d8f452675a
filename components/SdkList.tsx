import type { SdkTag } from '@/lib/types';
import { useRoving } from './useRoving';
import { Finding } from './Finding';
import { useShowMore } from './useShowMore';
import { t } from './i18n';

export interface Props {
  sdks: SdkTag[];
  /** data item id → label, for the items an SDK receives */
  labels: Map<string, string>;
}

export function SdkList({ sdks, labels }: Props) {
  const roving = useRoving<HTMLDivElement>(':scope > details > summary');
  const { shown, more } = useShowMore(sdks, 8);
  return (
    <div class="findings" ref={roving}>
      {shown.map((sdk, i) => (
        <Finding
          key={`${sdk.name}:${i}`}
          title={
            <span data-policy-text>
              {sdk.name}
              {sdk.vendor && <span class="finding-aside">{sdk.vendor}</span>}
            </span>
          }
          evidence={sdk.evidence}
        >
          {(sdk.purpose || sdk.dataItems.length > 0) && (
            <p class="finding-detail">
              {sdk.purpose && <span data-policy-text>{sdk.purpose}</span>}
              {sdk.purpose && sdk.dataItems.length > 0 && ' · '}
              {sdk.dataItems.map((id) => labels.get(id) ?? id).join(t('listSeparator'))}
            </p>
          )}
        </Finding>
      ))}
      {more}
    </div>
  );
}
