import { SourceLink } from '../../../components/provenance/source-link';
import { pickText } from '../../../domain/localized';
import type { Source } from '../../../domain/provenance';
import type { ProfileModel } from '../profile-model';
import { useProfileFormat } from '../use-profile-format';

/** Every source behind a figure on the page, once each — the list a printed profile ends with. */
export function SourcesList({ model }: { model: ProfileModel }) {
  const { t, language } = useProfileFormat();
  const entries = new Map<string, { source: Source; indicators: Set<string> }>();
  for (const row of model.rows) {
    const shown = row.latest ?? row.latestCategory;
    if (!shown) continue;
    const observations = [shown, row.parent?.observation, row.country?.observation];
    for (const o of observations) {
      if (!o) continue;
      const source = o.source ?? row.indicator.source;
      const key = `${source.name}|${source.url ?? ''}`;
      const entry = entries.get(key) ?? { source, indicators: new Set<string>() };
      entry.indicators.add(pickText(row.indicator.name, language));
      entries.set(key, entry);
    }
  }
  if (entries.size === 0) return null;
  return (
    <section className="section profile-section profile-sources" aria-labelledby="sources-heading">
      <h2 id="sources-heading">{t('profile.sources.title')}</h2>
      <ul>
        {[...entries.values()].map(({ source, indicators }) => (
          <li key={`${source.name}|${source.url ?? ''}`}>
            <SourceLink source={source} /> — {[...indicators].join('; ')}
            {source.url && <span className="print-only"> ({source.url})</span>}
          </li>
        ))}
      </ul>
    </section>
  );
}
