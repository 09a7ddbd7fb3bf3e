// Time slider: two range inputs bounding the years of dated relations shown. Undated
// relations are never hidden by it (they hold at any time as far as the sources say).
import { setFilters } from "../state/actions.ts";
import { useExplorer } from "../hooks/useExplorer.ts";

export function YearRange({ min, max }: { min: number; max: number }) {
  const { yearFrom, yearTo } = useExplorer((s) => s.filters);
  const from = yearFrom ?? min;
  const to = yearTo ?? max;
  return (
    <fieldset className="year-range">
      <legend>
        Years of dated relations: <output>{from}</output>–<output>{to}</output>
      </legend>
      <label>
        From
        <input
          type="range"
          min={min}
          max={max}
          value={from}
          onChange={(e) => {
            const v = Number(e.target.value);
            setFilters({ yearFrom: v === min ? null : v, yearTo: yearTo !== null && yearTo < v ? v : yearTo });
          }}
        />
      </label>
      <label>
        To
        <input
          type="range"
          min={min}
          max={max}
          value={to}
          onChange={(e) => {
            const v = Number(e.target.value);
            setFilters({ yearTo: v === max ? null : v, yearFrom: yearFrom !== null && yearFrom > v ? v : yearFrom });
          }}
        />
      </label>
    </fieldset>
  );
}
