/** The middle value of the runs (the mean of the two middle ones for an even count). */
export function median(values: number[]): number {
  if (values.length === 0) throw new Error('median of no runs');
  const sorted = [...values].sort((a, b) => a - b);
  const middle = Math.floor(sorted.length / 2);
  return sorted.length % 2 === 1 ? (sorted[middle] ?? 0) : ((sorted[middle - 1] ?? 0) + (sorted[middle] ?? 0)) / 2;
}

export type Runs = { fcp: number[]; interactive: number[]; jsToInteractive: number[] };

export type PageResult = {
  name: string;
  /** Gzipped JavaScript the first page loads, from the build manifest; undefined for a page without a build. */
  firstLoadJs: number | undefined;
  firstLoadCss: number | undefined;
  runs: Runs;
};

export type Summary = {
  name: string;
  firstLoadJs: number | undefined;
  firstLoadCss: number | undefined;
  fcp: number;
  interactive: number | undefined;
  jsToInteractive: number | undefined;
};

/** Medians of every measure of one page. */
export function summarize(page: PageResult): Summary {
  const mid = (values: number[]) => (values.length > 0 ? median(values) : undefined);
  return {
    name: page.name,
    firstLoadJs: page.firstLoadJs,
    firstLoadCss: page.firstLoadCss,
    fcp: median(page.runs.fcp),
    interactive: mid(page.runs.interactive),
    jsToInteractive: mid(page.runs.jsToInteractive),
  };
}

const kb = (bytes: number | undefined) => (bytes === undefined ? '—' : `${(bytes / 1024).toFixed(1)} KB`);
const ms = (value: number | undefined) => (value === undefined ? '—' : `${Math.round(value)} ms`);
const times = (a: number | undefined, b: number | undefined) => (a === undefined || b === undefined || b === 0 ? '—' : `${(a / b).toFixed(2)}×`);

/** A plain-text table, one row per page and a row of ratios of the first page to the reference. */
export function formatTable(rows: Summary[], reference: Summary): string {
  const [ours] = rows;
  const header = ['', 'first-load JS gz', 'first-load CSS gz', 'FCP', 'first vignette interactive', 'JS gz until interactive'];
  const body = rows.map((row) => [row.name, kb(row.firstLoadJs), kb(row.firstLoadCss), ms(row.fcp), ms(row.interactive), kb(row.jsToInteractive)]);
  if (ours && ours !== reference) {
    body.push([
      `ratio ${ours.name} / ${reference.name}`,
      times(ours.firstLoadJs, reference.firstLoadJs),
      '',
      times(ours.fcp, reference.fcp),
      times(ours.interactive, reference.interactive),
      times(ours.jsToInteractive, reference.jsToInteractive),
    ]);
  }
  const table = [header, ...body];
  const widths = header.map((_, column) => Math.max(...table.map((row) => (row[column] ?? '').length)));
  return table.map((row) => row.map((cell, column) => (column === 0 ? cell.padEnd(widths[column] ?? 0) : cell.padStart(widths[column] ?? 0))).join('  ')).join('\n');
}
