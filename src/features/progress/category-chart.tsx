import { useTranslation } from 'react-i18next';
import type { CategoryResult } from '../../engine';

type Props = { categories: CategoryResult[]; nameOf: (category: string) => string };

const percent = (share: number) => Math.round(share * 100);

/**
 * Horizontal bars of the share of signals seen per category. The SVG is a picture for sighted
 * readers; the same figures are in the table after it, which screen readers read instead.
 */
export function CategoryChart({ categories, nameOf }: Props) {
  const { t } = useTranslation('progress');
  const rowHeight = 34;
  const labelWidth = 230;
  const barWidth = 300;
  const weakest = categories[0];
  const strongest = categories[categories.length - 1];
  return (
    <figure className="chart">
      <figcaption>{t('profile.chartTitle')}</figcaption>
      {weakest && strongest && (
        <p className="small">
          {t('profile.chartSummary', {
            weakest: nameOf(weakest.category),
            weakestShare: percent(weakest.hitShare),
            strongest: nameOf(strongest.category),
            strongestShare: percent(strongest.hitShare),
          })}
        </p>
      )}
      <svg
        viewBox={`0 0 ${labelWidth + barWidth + 60} ${categories.length * rowHeight}`}
        className="chart-svg"
        aria-hidden="true"
        focusable="false"
      >
        {categories.map((c, i) => (
          <g key={c.category} transform={`translate(0 ${i * rowHeight})`}>
            <text x={labelWidth - 8} y={rowHeight / 2 + 5} textAnchor="end" className="chart-label">
              {nameOf(c.category)}
            </text>
            <rect x={labelWidth} y={6} width={barWidth} height={rowHeight - 12} className="chart-track" />
            <rect x={labelWidth} y={6} width={barWidth * c.hitShare} height={rowHeight - 12} className="chart-bar" />
            <text x={labelWidth + barWidth + 8} y={rowHeight / 2 + 5} className="chart-value">
              {percent(c.hitShare)}%
            </text>
          </g>
        ))}
      </svg>
      <table className="data-table">
        <caption>{t('profile.tableCaption')}</caption>
        <thead>
          <tr>
            <th scope="col">{t('profile.category')}</th>
            <th scope="col">{t('profile.caught')}</th>
            <th scope="col">{t('profile.missed')}</th>
            <th scope="col">{t('profile.share')}</th>
          </tr>
        </thead>
        <tbody>
          {categories.map((c) => (
            <tr key={c.category}>
              <th scope="row">{nameOf(c.category)}</th>
              <td>{c.hits}</td>
              <td>{c.misses}</td>
              <td>{percent(c.hitShare)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </figure>
  );
}
