import type { Indicator } from '../../domain/indicator';
import type { Observation } from '../../domain/observation';
import type { SectorValue } from '../../domain/sectors/sector-value';
import type { Target } from '../../domain/target';
import { conflictKey, type ImportedSet } from '../import/imported-set';
import type { LocalImports } from '../import/local-imports';
import type { DataProvider } from '../provider';
import type { Validated } from '../schemas/validate-rows';
import { sectorTableKey } from './sector-table-key';

/** What the merged provider reads from the browser's imports. */
type ImportSource = Pick<LocalImports, 'ready' | 'sets'>;

/** Bundled data do not change during a visit; only successful answers are kept, so a retry still fetches. */
function remember<T>(load: (signal?: AbortSignal) => Promise<T>) {
  let kept: Promise<T> | null = null;
  return (_signal?: AbortSignal) => {
    if (!kept) {
      // Not the caller's signal: the load is shared, and one cancelled query (a StrictMode remount, a page
      // left early) must not reject it for every other query awaiting the same promise.
      kept = load();
      kept.catch(() => (kept = null));
    }
    return kept;
  };
}

const indicatorSets = (sets: readonly ImportedSet[]) =>
  sets.flatMap((set) => (set.kind === 'indicator' ? set.indicators.map((i) => ({ set, imported: i })) : []));

/**
 * The bundled Data API merged with the user's imports, in the same domain types, so every view shows
 * imported figures without knowing about them. A new imported indicator joins the catalogue; imported
 * values replace bundled ones for the same region-year unless the user chose the bundled value, and
 * later imports replace earlier ones. Regions and boundaries are the bundled ones.
 */
export function createMergedProvider(base: DataProvider, local: ImportSource): DataProvider {
  const baseIndicators = remember((signal) => base.indicators(signal));
  const baseObservations = new Map<string, (signal?: AbortSignal) => Promise<Validated<Observation>>>();

  const merged: DataProvider = {
    regions: (signal) => base.regions(signal),
    boundaries: (level, signal) => base.boundaries(level, signal),

    async indicators(signal) {
      const [bundled] = await Promise.all([baseIndicators(signal), local.ready]);
      const known = new Set(bundled.rows.map((i) => i.id));
      const added = new Map<string, Indicator>();
      for (const { imported } of indicatorSets(local.sets())) {
        if (imported.isNew && !known.has(imported.definition.id))
          added.set(imported.definition.id, imported.definition);
      }
      return { ...bundled, rows: [...bundled.rows, ...added.values()] };
    },

    async observations(indicatorId, signal) {
      const [catalogue] = await Promise.all([baseIndicators(signal), local.ready]);
      const imports = indicatorSets(local.sets()).filter(
        ({ imported }) => imported.definition.id === indicatorId,
      );
      const bundledHasIt = catalogue.rows.some((i) => i.id === indicatorId);
      if (!bundledHasIt && imports.length === 0) return base.observations(indicatorId, signal);
      let load = baseObservations.get(indicatorId);
      if (!load) {
        load = remember((s) => base.observations(indicatorId, s));
        baseObservations.set(indicatorId, load);
      }
      const bundled: Validated<Observation> = bundledHasIt ? await load(signal) : { rows: [], issues: [] };
      if (imports.length === 0) return bundled;

      const byKey = new Map(bundled.rows.map((o) => [`${o.region}|${o.year}`, o]));
      for (const { set, imported } of imports) {
        const preferBundled = new Set(set.preferBundled);
        for (const observation of imported.observations) {
          const key = `${observation.region}|${observation.year}`;
          if (
            byKey.get(key) &&
            preferBundled.has(conflictKey(indicatorId, observation.region, observation.year))
          )
            continue;
          byKey.set(key, observation);
        }
      }
      // Issues refer to the bundled file; row positions no longer line up once imports are merged in.
      return { rows: [...byKey.values()], issues: bundled.issues };
    },

    async targets(indicatorId, signal) {
      await local.ready;
      const bundled: Validated<Target> = base.targets
        ? await base.targets(indicatorId, signal)
        : { rows: [], issues: [] };
      const imported = local
        .sets()
        .flatMap((set) => (set.kind === 'targets' ? set.targets : []))
        .filter((t) => t.indicator === indicatorId);
      if (imported.length === 0) return bundled;
      const byKey = new Map(bundled.rows.map((t) => [`${t.region}|${t.year}`, t]));
      for (const { region, year, value, source } of imported)
        byKey.set(`${region}|${year}`, { region, year, value, source });
      return { rows: [...byKey.values()], issues: bundled.issues };
    },

    async sectors(signal) {
      await local.ready;
      const bundled: Validated<SectorValue> = base.sectors
        ? await base.sectors(signal)
        : { rows: [], issues: [] };
      const imported = local.sets().flatMap((set) => (set.kind === 'sectors' ? [set] : []));
      if (imported.length === 0) return bundled;
      const bundledTables = new Set(bundled.rows.map(sectorTableKey));
      // An imported table replaces the bundled (or an earlier imported) table of the same region, period
      // and basis whole: mixing sectors of two publications would make a table neither published.
      const byTable = new Map<string, SectorValue[]>();
      const addPublication = (rows: readonly SectorValue[]) => {
        const started = new Set<string>();
        for (const row of rows) {
          const key = sectorTableKey(row);
          if (!started.has(key)) {
            started.add(key);
            byTable.set(key, []);
          }
          byTable.get(key)!.push(row);
        }
      };
      addPublication(bundled.rows);
      for (const set of imported) {
        const keepBundled = new Set(set.preferBundled);
        addPublication(
          set.values
            .filter(
              (v) =>
                !(keepBundled.has(`sectors|${sectorTableKey(v)}`) && bundledTables.has(sectorTableKey(v))),
            )
            .map((v): SectorValue => ({ ...v, flags: ['imported'] })),
        );
      }
      return { rows: [...byTable.values()].flat(), issues: bundled.issues };
    },
  };
  return merged;
}
