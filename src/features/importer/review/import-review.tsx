import { useMemo, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { finishImport, type ImportOutcome, type ReadFile } from '../../../data/import/files/import-file';
import type { RegionChoices as Choices } from '../../../data/import/files/draft-rows';
import type { Indicator } from '../../../domain/indicator';
import { pickText } from '../../../domain/localized';
import type { RegionCode } from '../../../domain/region';
import type { RegionIndex } from '../../../domain/region-index';
import { useLanguage } from '../../../i18n/use-language';
import { previewOf } from '../model/import-preview';
import { initialMetaForm, metaOf } from '../model/meta-form';
import { IssueReport } from './issue-report';
import { MetadataForm } from './metadata-form';
import { PreviewTable } from './preview-table';
import { RegionChoices } from './region-choices';
import { ReviewConflictsNote } from './review-conflicts-note';
import type { ImportsHandle } from '../../../data/import/local-imports-context';
import { rememberChoices, withRememberedChoices } from '../../../data/import/region-choice-memory';

interface ImportReviewProps {
  read: ReadFile;
  fileName: string;
  /** Bundled indicators: values may be added to one of them. */
  bundled: readonly Indicator[];
  /** Every indicator, imported ones included: targets may be set for any. */
  catalogue: readonly Indicator[];
  index: RegionIndex;
  replacing: boolean;
  handle: ImportsHandle;
  sourceKey: string;
  onImport: (outcome: ImportOutcome) => void;
  onCancel: () => void;
}

/** What the file holds, what is wrong with it, and the choices left to the user, before anything is kept. */
export function ImportReview(props: ImportReviewProps) {
  const { read, fileName, bundled, catalogue, index, replacing, handle, sourceKey, onImport, onCancel } =
    props;
  const { t } = useTranslation();
  const language = useLanguage();
  const { draft } = read;
  const [choices, setChoices] = useState<Choices>(() => withRememberedChoices(read.ambiguous, read.choices));
  const [form, setForm] = useState(() =>
    initialMetaForm(
      draft.kind === 'indicator' ? draft.suggested : {},
      bundled.map((i) => i.id),
    ),
  );
  const needsForm = draft.kind === 'indicator' && !draft.hasMetadata;
  const formMeta = useMemo(() => (needsForm ? metaOf(form) : { category: form.category }), [needsForm, form]);
  const blocked = needsForm && formMeta === null;
  // Until the form is complete the rows are still counted and checked, under a stand-in indicator.
  const usedMeta = useMemo(() => formMeta ?? { ...form, id: 'tanpa-nama' }, [formMeta, form]);

  const outcome = useMemo(
    () =>
      finishImport(read, {
        choices,
        formMeta: usedMeta,
        catalogue: draft.kind === 'targets' ? catalogue : bundled,
        fileName,
      }),
    [read, choices, usedMeta, draft.kind, catalogue, bundled, fileName],
  );
  // A file naming only bundled indicators has nothing to describe.
  const addsIndicator =
    outcome.content.kind === 'indicator' && outcome.content.indicators.some((i) => i.isNew);
  const nameOf = (code: RegionCode) => index.byCode.get(code)?.name ?? code;
  const indicatorName = (id: string) => {
    const found = catalogue.find((i) => i.id === id);
    return found ? pickText(found.name, language) : id;
  };
  const preview = previewOf(outcome.content, nameOf, indicatorName, t, language);
  const { tally } = outcome;
  const skipped = tally.skipped;
  const kindText = t(`importer.kind.${draft.kind}`);
  const formatText = draft.kind === 'indicator' ? ` · ${t(`importer.format.${draft.format}`)}` : '';

  return (
    <section className="panel import-review" aria-labelledby="import-review-heading">
      <h2 id="import-review-heading">{t('importer.review.title', { file: fileName })}</h2>
      <p>
        {t('importer.review.detected', { kind: kindText })}
        {formatText}
      </p>
      {draft.kind === 'indicator' && (needsForm || addsIndicator) && (
        <MetadataForm form={form} onChange={setForm} bundled={bundled} categoryOnly={draft.hasMetadata} />
      )}
      {blocked && (
        <p className="panel panel--warning" role="status">
          {t('importer.meta.nameRequired')}
        </p>
      )}
      <RegionChoices
        names={read.ambiguous}
        choices={choices}
        onChange={(text, code) => setChoices((c) => ({ ...c, [text]: code }))}
      />
      <p role="status" className={outcome.validRows === 0 ? 'panel panel--warning' : undefined}>
        {outcome.validRows === 0
          ? t('importer.review.noneValid')
          : skipped === 0
            ? t('importer.review.allValid', { valid: outcome.validRows })
            : t('importer.review.summary', { valid: outcome.validRows, count: skipped })}
      </p>
      <p className="muted">{t('importer.review.tally', { ...tally })}</p>
      {outcome.content.kind === 'indicator' && (
        <ReviewConflictsNote
          indicators={outcome.content.indicators}
          handle={handle}
          sourceKey={sourceKey}
          nameOf={nameOf}
        />
      )}
      <IssueReport issues={outcome.issues} />
      <PreviewTable preview={preview} />
      <div className="actions">
        <button
          type="button"
          className="button"
          disabled={blocked || outcome.validRows === 0}
          onClick={() => {
            rememberChoices(choices);
            onImport(outcome);
          }}
        >
          {t(replacing ? 'importer.review.replace' : 'importer.review.import', { count: outcome.validRows })}
        </button>
        <button type="button" className="button button--ghost" onClick={onCancel}>
          {t('importer.review.cancel')}
        </button>
      </div>
    </section>
  );
}
