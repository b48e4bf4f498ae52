import { useId, useState, type DragEvent } from 'react';
import { useTranslation } from 'react-i18next';

/** A file input and a drop zone around it; both hand over the first file. */
export function FilePicker({ onFile, label }: { onFile: (file: File) => void; label: string }) {
  const { t } = useTranslation();
  const id = useId();
  const [over, setOver] = useState(false);
  const take = (files: FileList | null) => {
    const file = files?.[0];
    if (file) onFile(file);
  };
  const onDrop = (event: DragEvent<HTMLDivElement>) => {
    event.preventDefault();
    setOver(false);
    take(event.dataTransfer.files);
  };
  return (
    <div
      className={`drop-zone${over ? ' drop-zone--over' : ''}`}
      onDragOver={(event) => {
        event.preventDefault();
        setOver(true);
      }}
      onDragLeave={() => setOver(false)}
      onDrop={onDrop}
    >
      <label htmlFor={id} className="button">
        {label}
      </label>
      <input
        id={id}
        className="visually-hidden"
        type="file"
        accept=".csv,.tsv,.txt,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
        onChange={(event) => {
          take(event.target.files);
          event.target.value = ''; // the same file may be chosen again after fixing it
        }}
      />
      <span className="muted">{t('importer.pick.drop')}</span>
    </div>
  );
}
