import type { Indicator } from '../../../domain/indicator';
import { pickText, type Language } from '../../../domain/localized';
import type { ProfileModel, ScoreRow } from '../profile-model';
import type { ShareCard } from './share-card';

type Translate = (key: string, options?: Record<string, unknown>) => string;

/** The page's own wording: translations and its number formats (see use-profile-format). */
export interface ShareWords {
  t: Translate;
  language: Language;
  value: (indicator: Indicator, v: number) => string;
  delta: (indicator: Indicator, d: number) => string;
}

/** Where the page lives: the shared address is the region's own, without the query it was opened with. */
export interface SharePlace {
  origin: string;
  pathname: string;
  host: string;
}

export function cleanShareUrl({ origin, pathname }: Pick<SharePlace, 'origin' | 'pathname'>): string {
  return `${origin}${pathname}`;
}

export function whatsAppLink(message: string): string {
  return `https://wa.me/?text=${encodeURIComponent(message)}`;
}

/**
 * The card and the message for one indicator: value, year, class, rank in the province and in the
 * nation, the province and Indonesia values, the source and a clean link — all from the page's numbers.
 */
export function toShareContent(
  row: ScoreRow,
  model: ProfileModel,
  words: ShareWords,
  place: SharePlace,
): { card: ShareCard; message: string } {
  const { t, language, value, delta } = words;
  const { indicator, change } = row;
  const latest = row.latest!;
  const name = pickText(indicator.name, language);
  const unit = pickText(indicator.unit, language);
  const band = row.band ? pickText(row.band.band.label, language) : undefined;
  const ranks = [
    row.parentRank && model.parent
      ? t('profile.scorecard.rankParent', { ...row.parentRank, parent: model.parent.name })
      : undefined,
    row.levelRank && model.region.level !== 'country'
      ? t(`profile.scorecard.rankLevel.${model.region.level}`, { ...row.levelRank })
      : undefined,
  ].filter((s): s is string => Boolean(s));
  const benchmarks = [row.parent, row.country]
    .filter((b) => b?.observation !== undefined)
    .map((b) => `${b!.region.name} ${value(indicator, b!.observation!.value)}`);
  const comparable = change && !change.incomparable;
  const verdict = comparable
    ? [
        t('profile.scorecard.changeSince', { delta: delta(indicator, change.delta), year: change.from.year }),
        t(`profile.scorecard.verdict.${change.verdict}`),
      ]
        .filter(Boolean)
        .join(' · ')
    : undefined;
  const source = (latest.source ?? indicator.source).name;
  const url = cleanShareUrl(place);
  const card: ShareCard = {
    region: model.region.name,
    indicator: name,
    value: value(indicator, latest.value),
    unit,
    year: String(latest.year),
    standing: band ? `${t('profile.scorecard.band')}: ${band}` : undefined,
    ranks: ranks.length > 0 ? capitalise(ranks.join(' · ')) : undefined,
    benchmarks:
      benchmarks.length > 0
        ? `${t('profile.scorecard.benchmarks', { year: latest.year })}: ${benchmarks.join(' · ')}`
        : undefined,
    verdict: verdict ? capitalise(verdict) : undefined,
    tone: change?.verdict === 'improving' ? 'better' : change?.verdict === 'worsening' ? 'worse' : 'neutral',
    source: t('profile.share.sourceLine', { source }),
    footer: t('profile.share.footer', { host: place.host }),
  };
  const detail = [band && `${t('profile.scorecard.band').toLowerCase()} ${band}`, ...ranks, verdict]
    .filter(Boolean)
    .join('; ');
  const message = t('phone.shareText', {
    region: model.region.name,
    indicator: name,
    year: latest.year,
    value: `${card.value} ${unit}`.trim(),
    detail: detail ? ` (${detail})` : '',
    compared: card.benchmarks ? ` ${card.benchmarks}.` : '',
    source,
    url,
  });
  return { card, message };
}

const capitalise = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
