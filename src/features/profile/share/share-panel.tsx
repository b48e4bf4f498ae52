import { useState } from 'react';
import { pickText } from '../../../domain/localized';
import type { ProfileModel, ScoreRow } from '../profile-model';
import { renderShareCard, type ShareCard } from './share-card';
import { useProfileFormat } from '../use-profile-format';

type Status =
  { kind: 'idle' } | { kind: 'done' | 'refused'; file: string } | { kind: 'failed'; reason: string };

/** "Bagikan": a square PNG of one indicator, downloaded, and a short text with the link, copied. */
export function SharePanel({ model }: { model: ProfileModel }) {
  const { t, language } = useProfileFormat();
  const rows = model.rows.filter((r) => r.latest && r.indicator.category !== 'demography');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [text, setText] = useState('');
  const content = useShareContent(model);
  if (rows.length === 0) return null;
  const row = rows.find((r) => r.indicator.id === chosen) ?? rows[0]!;

  async function share() {
    const { card, message } = content(row);
    const file = `kinerja-daerah_${row.indicator.id}_${model.region.code}.png`;
    setText(message);
    try {
      downloadBlob(file, await renderShareCard(card, document));
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    try {
      if (!navigator.clipboard) throw new Error('no clipboard');
      await navigator.clipboard.writeText(message);
      setStatus({ kind: 'done', file });
    } catch {
      setStatus({ kind: 'refused', file });
    }
  }

  return (
    <section id="share" className="section profile-section no-print" aria-labelledby="share-heading">
      <h2 id="share-heading">{t('profile.share.title')}</h2>
      <div className="share-panel">
        <label className="field">
          <span className="field__label">{t('profile.share.indicator')}</span>
          <select value={row.indicator.id} onChange={(e) => setChosen(e.target.value)}>
            {rows.map((r) => (
              <option key={r.indicator.id} value={r.indicator.id}>
                {pickText(r.indicator.name, language)}
              </option>
            ))}
          </select>
        </label>
        <button type="button" className="button" onClick={() => void share()}>
          {t('profile.share.make')}
        </button>
      </div>
      <p role="status" className="share-panel__status">
        {status.kind === 'done' && t('profile.share.done', { file: status.file })}
        {status.kind === 'refused' && t('profile.share.refused', { file: status.file })}
        {status.kind === 'failed' && t('profile.share.failed', { reason: status.reason })}
      </p>
      {status.kind === 'refused' && (
        <label className="field">
          <span className="field__label">{t('profile.share.textLabel')}</span>
          <textarea readOnly value={text} rows={3} onFocus={(e) => e.currentTarget.select()} />
        </label>
      )}
    </section>
  );
}

function useShareContent(model: ProfileModel) {
  const { t, language, value, delta } = useProfileFormat();
  return (row: ScoreRow): { card: ShareCard; message: string } => {
    const { indicator, latest, change } = row;
    const name = pickText(indicator.name, language);
    const unit = pickText(indicator.unit, language);
    const peers = t(`profile.peers.${model.region.level}`);
    const rank =
      row.parentRank && model.parent
        ? t('profile.scorecard.rankParent', { ...row.parentRank, parent: model.parent.name })
        : row.levelRank
          ? t('profile.share.rank', { ...row.levelRank, peers })
          : undefined;
    const standing = row.band ? pickText(row.band.band.label, language) : rank;
    const verdictWord =
      change && !change.incomparable ? t(`profile.scorecard.verdict.${change.verdict}`) : '';
    const verdict =
      change && !change.incomparable
        ? `${t('profile.scorecard.changeSince', { delta: delta(indicator, change.delta), year: change.from.year })}${verdictWord ? ` · ${verdictWord}` : ''}`
        : undefined;
    const source = (latest!.source ?? indicator.source).name;
    const url = typeof window === 'undefined' ? '' : window.location.href.split('#')[0]!;
    const host = typeof window === 'undefined' ? '' : window.location.host;
    const card: ShareCard = {
      region: model.region.name,
      indicator: name,
      value: value(indicator, latest!.value),
      unit,
      year: String(latest!.year),
      standing: standing ? capitalise(standing) : undefined,
      verdict: verdict ? capitalise(verdict) : undefined,
      tone:
        change?.verdict === 'improving' ? 'better' : change?.verdict === 'worsening' ? 'worse' : 'neutral',
      source: t('profile.share.sourceLine', { source }),
      footer: t('profile.share.footer', { host }),
    };
    const detail = [standing, verdict].filter(Boolean).join('; ');
    const message = t('profile.share.text', {
      region: model.region.name,
      indicator: name,
      year: latest!.year,
      value: `${card.value} ${unit}`.trim(),
      detail: detail ? ` (${detail})` : '',
      source,
      url,
    });
    return { card, message };
  };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);

function downloadBlob(filename: string, blob: Blob): void {
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = filename;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
