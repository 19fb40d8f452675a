import type { SdkTag } from '@/lib/types';
import { Finding } from './Finding';
import { useShowMore } from './useShowMore';

export interface Props {
  sdks: SdkTag[];
  /** data item id → label, for the items an SDK receives */
  labels: Map<string, string>;
}

export function SdkList({ sdks, labels }: Props) {
  const { shown, more } = useShowMore(sdks, 8);
  return (
    <div class="findings">
      {shown.map((sdk, i) => (
        <Finding
          key={`${sdk.name}:${i}`}
          title={
            <>
              {sdk.name}
              {sdk.vendor && <span class="finding-aside">{sdk.vendor}</span>}
            </>
          }
          evidence={sdk.evidence}
        >
          {(sdk.purpose || sdk.dataItems.length > 0) && (
            <p class="finding-detail">
              {[sdk.purpose, sdk.dataItems.map((id) => labels.get(id) ?? id).join('、')].filter(Boolean).join(' · ')}
            </p>
          )}
        </Finding>
      ))}
      {more}
    </div>
  );
}
