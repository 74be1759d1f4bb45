/** A chart and the same numbers as a table: the table is what screen readers (and the export) read. */
export interface ChartFigure {
  id: string;
  title: string;
  /** One category per bar, e.g. a domain or a month. */
  categories: string[];
  /** Column header of the categories in the table. */
  categoryHeader: string;
  /** A null value (e.g. a median of no cases) is a gap in the chart and a dash in the table. */
  series: { label: string; values: (number | null)[]; format?: (value: number) => string }[];
  /** Horizontal bars read better for long category names. */
  horizontal: boolean;
}

/** The table rows of a figure: the category, then each series' value as shown. */
export function figureRows(figure: ChartFigure): { category: string; cells: string[] }[] {
  return figure.categories.map((category, index) => ({
    category,
    cells: figure.series.map((series) => {
      const value = series.values[index] ?? null;
      if (value === null) {
        return '–';
      }
      return series.format ? series.format(value) : String(value);
    }),
  }));
}
