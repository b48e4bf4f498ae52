import { useState } from 'react';
import { useLocation } from 'react-router';
import { pickText } from '../../../domain/localized';
import type { ProfileModel, ScoreRow } from '../profile-model';
import { renderShareCard } from './share-card';
import { toShareContent, whatsAppLink } from './share-content';
import { useProfileFormat } from '../use-profile-format';

type Status =
  | { kind: 'idle' | 'shared' | 'cancelled' }
  | { kind: 'done' | 'refused'; file: string }
  | { kind: 'failed'; reason: string };

/**
 * "Bagikan": the device's share sheet with the card image and text where the browser has one (Android
 * Chrome), a WhatsApp link everywhere, and the card downloaded with the text copied as a fallback.
 */
export function SharePanel({ model }: { model: ProfileModel }) {
  const { t, language } = useProfileFormat();
  const rows = model.rows.filter((r) => r.latest && r.indicator.category !== 'demography');
  const [chosen, setChosen] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState<Status>({ kind: 'idle' });
  const [text, setText] = useState('');
  const content = useShareContent(model);
  if (rows.length === 0) return null;
  const row = rows.find((r) => r.indicator.id === chosen) ?? rows[0]!;
  const { card, message } = content(row);
  const file = `kinerja-daerah_${row.indicator.id}_${model.region.code}.png`;

  async function shareSheet() {
    let blob: Blob;
    try {
      blob = await renderShareCard(card, document);
    } catch (error) {
      setStatus({ kind: 'failed', reason: error instanceof Error ? error.message : String(error) });
      return;
    }
    const image = new File([blob], file, { type: 'image/png' });
    const data = navigator.canShare?.({ files: [image] })
      ? { title: model.region.name, text: message, files: [image] }
      : { title: model.region.name, text: message };
    try {
      await navigator.share(data);
      setStatus({ kind: 'shared' });
    } catch (error) {
      if (error instanceof DOMException && error.name === 'AbortError') setStatus({ kind: 'cancelled' });
      else await downloadAndCopy(blob);
    }
  }

  async function downloadAndCopy(ready?: Blob) {
    setText(message);
    try {
      downloadBlob(file, ready ?? (await renderShareCard(card, document)));
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
        {typeof navigator !== 'undefined' && 'share' in navigator && (
          <button type="button" className="button share-panel__primary" onClick={() => void shareSheet()}>
            {t('phone.share')}
          </button>
        )}
        <a
          className="button share-panel__whatsapp"
          href={whatsAppLink(message)}
          target="_blank"
          rel="noreferrer noopener"
        >
          {t('phone.whatsApp')}
        </a>
        <button type="button" className="button button--ghost" onClick={() => void downloadAndCopy()}>
          {t('profile.share.make')}
        </button>
      </div>
      <p role="status" className="share-panel__status">
        {status.kind === 'shared' && t('phone.shared')}
        {status.kind === 'cancelled' && t('phone.shareCancelled')}
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
  const words = useProfileFormat();
  // The router's path, not the window's: the same under a base path, in tests and in the browser.
  const { pathname } = useLocation();
  const place = {
    origin: window.location.origin,
    pathname: `${import.meta.env.BASE_URL.replace(/\/$/, '')}${pathname}`,
    host: window.location.host,
  };
  return (row: ScoreRow) => toShareContent(row, model, words, place);
}

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
