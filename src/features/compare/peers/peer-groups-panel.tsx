import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PEER_GROUPS, peersOf } from '../../../domain/analysis/peers/peer-groups';
import type { Region } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import { addToCompare } from '../add-to-compare';

/** Same province, same kind, or both: one click adds the group to the comparison. */
export function PeerGroupsPanel({ anchor, index }: { anchor: Region; index: RegionIndex }) {
  const { t } = useTranslation();
  const [result, setResult] = useState<{ added: number; skipped: number } | null>(null);
  const regions = index.atLevel(anchor.level);
  const groups = PEER_GROUPS.filter((g) => anchor.level === 'regency' || g === 'kind').map((group) => ({
    group,
    peers: peersOf(anchor, regions, group),
  }));
  return (
    <div className="peer-groups">
      <ul className="peer-groups__list">
        {groups.map(({ group, peers }) => (
          <li key={group}>
            <span>
              {t(`compare.group.${group}`, { count: peers.length, kind: t(`kind.${anchor.kind}`) })}
            </span>{' '}
            <button
              type="button"
              className="button button--small"
              disabled={peers.length === 0}
              aria-label={`${t('compare.addGroup')}: ${t(`compare.group.${group}`, { count: peers.length, kind: t(`kind.${anchor.kind}`) })}`}
              onClick={() => setResult(addToCompare(peers.map((p) => p.code)))}
            >
              {t('compare.addGroup')}
            </button>
          </li>
        ))}
      </ul>
      {result && result.skipped > 0 && (
        <p role="status" className="muted">
          {t('compare.addedSome', result)}
        </p>
      )}
    </div>
  );
}
