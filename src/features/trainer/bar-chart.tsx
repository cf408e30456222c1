import { useId } from 'react';
import { useTrainerStrings } from './use-trainer-strings';

export type Bar = { key: string; label: string; value: number; display: string; tone?: 'accent' | 'ok' | 'warn' | 'bad'; note?: string };

type Props = {
  caption: string;
  bars: Bar[];
  /** The value of a full-width bar. */
  max: number;
  /** Column headings of the table that carries the same figures. */
  headers: [string, string];
};

/**
 * A horizontal bar chart: labels and figures are text (they wrap at 320 px and a screen reader
 * reads them), the bars are SVG drawn to scale. The same figures are offered as a table.
 */
export function BarChart({ caption, bars, max, headers }: Props) {
  const { t } = useTrainerStrings();
  const id = useId();
  return (
    <figure className="chart" aria-labelledby={`${id}-caption`}>
      <figcaption id={`${id}-caption`}>{caption}</figcaption>
      <ul className="bars">
        {bars.map((bar) => {
          const width = max === 0 ? 0 : Math.max(0, Math.min(100, (bar.value / max) * 100));
          return (
            <li key={bar.key} className="bar-row">
              <span className="bar-label">
                {bar.label}
                {bar.note && <span className="bar-note"> ({bar.note})</span>}
              </span>
              <span className="bar-track">
                <svg className="bar" viewBox="0 0 100 10" preserveAspectRatio="none" aria-hidden="true" focusable="false">
                  <rect x="0" y="0" width="100" height="10" className="bar-bg" />
                  <rect x="0" y="0" width={width} height="10" className={`bar-fill bar-${bar.tone ?? 'accent'}`} />
                </svg>
                <span className="bar-value">{bar.display}</span>
              </span>
            </li>
          );
        })}
      </ul>
      <details className="chart-table">
        <summary>{t('cohort.asTable')}</summary>
        <table>
          <caption className="visually-hidden">{caption}</caption>
          <thead>
            <tr>
              <th scope="col">{headers[0]}</th>
              <th scope="col">{headers[1]}</th>
            </tr>
          </thead>
          <tbody>
            {bars.map((bar) => (
              <tr key={bar.key}>
                <th scope="row">
                  {bar.label}
                  {bar.note && ` (${bar.note})`}
                </th>
                <td>{bar.display}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </details>
    </figure>
  );
}
