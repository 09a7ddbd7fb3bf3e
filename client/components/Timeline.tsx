// The timeline under the graph: dated relations (by the year they start) and dated events as a
// histogram by year. Brushing a window sets the year filter — relations outside it leave the
// graph and nodes with no relation in it fade (ReducersController); undated relations are
// behind a toggle; play slides the window a year at a time. Arrow keys move the window.
import { useEffect, useMemo, useRef, useState } from "react";
import "../styles/timeline.css";
import { setFilters } from "../state/actions.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { useExplorer } from "../hooks/useExplorer.ts";
import { stepWindow, yearHistogram, type Histogram } from "../time/histogram.ts";

const HEIGHT = 40;
const PLAY_MS = 800;
const PLAY_WIDTH = 4;

export function Timeline() {
  const { data } = useKnowledgeGraph();
  // Drawn after the graph's first frame: the box keeps its height (CSS) so nothing moves then.
  const [drawn, setDrawn] = useState(false);
  useEffect(() => {
    const frame = requestAnimationFrame(() => setDrawn(true));
    return () => cancelAnimationFrame(frame);
  }, []);
  const histogram = useMemo(() => (drawn ? yearHistogram(data) : null), [data, drawn]);
  if (!drawn) return <section className="timeline" aria-label="Timeline" aria-busy="true" />;
  if (!histogram) return null;
  return <TimelineChart h={histogram} />;
}

function TimelineChart({ h }: { h: Histogram }) {
  const { yearFrom, yearTo, includeUndated } = useExplorer((s) => s.filters);
  const [playing, setPlaying] = useState(false);
  const chart = useRef<HTMLDivElement>(null);
  const anchor = useRef<number | null>(null);
  // Heights on a square-root scale: one peak year (2022) would otherwise flatten every other.
  const peak = Math.sqrt(Math.max(1, ...h.bins.map((b) => b.relations + b.events)));
  const tall = (n: number) => (Math.sqrt(n) / peak) * HEIGHT;
  const span = h.max - h.min + 1;
  const windowSet = yearFrom !== null || yearTo !== null;
  const from = yearFrom ?? h.min;
  const to = yearTo ?? h.max;

  const setWindow = (a: number, b: number) => {
    const lo = Math.max(h.min, Math.min(a, b));
    const hi = Math.min(h.max, Math.max(a, b));
    setFilters({ yearFrom: lo, yearTo: hi });
  };
  const yearAt = (clientX: number) => {
    const r = chart.current!.getBoundingClientRect();
    return h.min + Math.min(span - 1, Math.max(0, Math.floor(((clientX - r.left) / r.width) * span)));
  };

  useEffect(() => {
    if (!playing) return;
    const timer = setInterval(() => {
      // The window as drawn (data-from/to), so a brush during play continues from there.
      const f = chart.current?.dataset;
      const next = stepWindow(Number(f?.from), Number(f?.to), h.min, h.max);
      setWindow(next.from, next.to);
    }, PLAY_MS);
    return () => clearInterval(timer);
  }, [playing, h]);

  const togglePlay = () => {
    if (!playing && (!windowSet || to - from >= span - 1)) setWindow(h.min, h.min + PLAY_WIDTH);
    setPlaying(!playing);
  };
  const ticks = h.bins.filter((b) => b.year % (span > 60 ? 20 : span > 25 ? 10 : 5) === 0);

  return (
    <section className="timeline" aria-label="Timeline" data-testid="timeline">
      <div className="timeline-controls">
        <button type="button" className="small" onClick={togglePlay} aria-pressed={playing}>
          {playing ? "❚❚ Pause" : "▶ Play"}
        </button>
        <output data-testid="timeline-window">{windowSet ? `${from}–${to}` : `All years (${h.min}–${h.max})`}</output>
        <label className="check">
          <input
            type="checkbox"
            checked={includeUndated}
            onChange={(e) => setFilters({ includeUndated: e.target.checked })}
          />
          Include undated relations ({h.undated})
        </label>
        {windowSet && (
          <button
            type="button"
            className="small"
            onClick={() => {
              setPlaying(false);
              setFilters({ yearFrom: null, yearTo: null });
            }}
          >
            All years
          </button>
        )}
        <span className="hint timeline-key">
          <i className="swatch relations" /> relations starting · <i className="swatch events" /> events
        </span>
      </div>
      <div
        className="timeline-chart"
        ref={chart}
        data-from={from}
        data-to={to}
        role="slider"
        tabIndex={0}
        aria-label="Year window: drag to choose, arrow keys to move"
        aria-valuemin={h.min}
        aria-valuemax={h.max}
        aria-valuenow={from}
        aria-valuetext={windowSet ? `${from} to ${to}` : "all years"}
        onPointerDown={(e) => {
          e.currentTarget.setPointerCapture(e.pointerId);
          setPlaying(false);
          anchor.current = yearAt(e.clientX);
          setWindow(anchor.current, anchor.current);
        }}
        onPointerMove={(e) => {
          if (anchor.current !== null) setWindow(anchor.current, yearAt(e.clientX));
        }}
        onPointerUp={() => (anchor.current = null)}
        onPointerCancel={() => (anchor.current = null)}
        onKeyDown={(e) => {
          const d = e.key === "ArrowRight" ? 1 : e.key === "ArrowLeft" ? -1 : 0;
          if (!d) return;
          e.preventDefault();
          if (e.shiftKey) setWindow(from, to + d);
          else if (from + d >= h.min && to + d <= h.max) setWindow(from + d, to + d);
        }}
      >
        <svg viewBox={`0 0 ${span} ${HEIGHT}`} preserveAspectRatio="none" aria-hidden="true">
          {windowSet && (
            <rect className="timeline-window" x={from - h.min} y={0} width={to - from + 1} height={HEIGHT} />
          )}
          {h.bins.map((b) => {
            const x = b.year - h.min;
            const both = tall(b.relations + b.events);
            const rel = b.relations + b.events ? both * (b.relations / (b.relations + b.events)) : 0;
            const ev = both - rel;
            const out = windowSet && (b.year < from || b.year > to);
            return (
              <g key={b.year} className={out ? "out" : undefined}>
                <title>{`${b.year}: ${b.relations} relations, ${b.events} events`}</title>
                {rel > 0 && <rect className="relations" x={x + 0.1} y={HEIGHT - rel} width={0.8} height={rel} />}
                {ev > 0 && <rect className="events" x={x + 0.1} y={HEIGHT - rel - ev} width={0.8} height={ev} />}
              </g>
            );
          })}
        </svg>
        <div className="timeline-ticks" aria-hidden="true">
          {ticks.map((b) => (
            <span key={b.year} style={{ left: `${((b.year - h.min + 0.5) / span) * 100}%` }}>
              {b.year}
            </span>
          ))}
        </div>
      </div>
    </section>
  );
}
