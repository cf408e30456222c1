import { useId, useState } from 'react';
import { CSV_SEPARATORS, regionSeparator, type CsvSeparator } from './csv';
import { useTrainerStrings } from './use-trainer-strings';

export const CSV_TABLES = ['learners', 'indicators', 'decisions', 'falseAlarms'] as const;
export type CsvTable = (typeof CSV_TABLES)[number];

const SEPARATOR_NAMES = { ';': 'semicolon', ',': 'comma', '\t': 'tab' } as const satisfies Record<CsvSeparator, string>;

/** The CSV downloads, with the separator the trainer's spreadsheet expects (their region's by default). */
export function ExportPanel({ onExport }: { onExport: (table: CsvTable, separator: CsvSeparator) => void }) {
  const { t } = useTrainerStrings();
  const id = useId();
  const [separator, setSeparator] = useState<CsvSeparator>(() => regionSeparator());
  return (
    <section aria-labelledby={`${id}-heading`}>
      <h2 id={`${id}-heading`}>{t('export.heading')}</h2>
      <p>{t('export.intro')}</p>
      <div className="field">
        <label htmlFor={`${id}-separator`}>{t('export.separator')}</label>
        <p id={`${id}-separator-hint`} className="hint">
          {t('export.separatorHint')}
        </p>
        <select
          id={`${id}-separator`}
          className="narrow-input"
          value={separator}
          aria-describedby={`${id}-separator-hint`}
          onChange={(event) => setSeparator(event.target.value as CsvSeparator)}
        >
          {CSV_SEPARATORS.map((s) => (
            <option key={s} value={s}>
              {t(`export.separatorName.${SEPARATOR_NAMES[s]}`)}
            </option>
          ))}
        </select>
      </div>
      <p className="actions">
        {CSV_TABLES.map((which) => (
          <button key={which} type="button" className="button button-secondary" onClick={() => onExport(which, separator)}>
            {t(`export.${which}`)}
          </button>
        ))}
      </p>
    </section>
  );
}
