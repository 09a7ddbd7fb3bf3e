// A horizontal splitter: drag it (pointer) or use the arrow keys to resize the pane below it.
// It reports the wanted height; the owner clamps and stores it. ARIA window-splitter pattern.
import { useRef } from "react";

export interface SplitterProps {
  label: string;
  height: number;
  min: number;
  max: number;
  onResize: (height: number) => void;
}

const STEP = 24;

export function Splitter({ label, height, min, max, onResize }: SplitterProps) {
  const drag = useRef<{ y: number; height: number } | null>(null);
  const clamp = (h: number) => Math.round(Math.min(max, Math.max(min, h)));
  return (
    <div
      className="splitter"
      role="separator"
      aria-orientation="horizontal"
      aria-label={label}
      aria-valuenow={height}
      aria-valuemin={min}
      aria-valuemax={max}
      tabIndex={0}
      data-testid="results-splitter"
      onPointerDown={(e) => {
        e.currentTarget.setPointerCapture(e.pointerId);
        drag.current = { y: e.clientY, height };
      }}
      onPointerMove={(e) => {
        if (drag.current) onResize(clamp(drag.current.height + drag.current.y - e.clientY));
      }}
      onPointerUp={() => (drag.current = null)}
      onPointerCancel={() => (drag.current = null)}
      onKeyDown={(e) => {
        const delta = e.key === "ArrowUp" ? STEP : e.key === "ArrowDown" ? -STEP : 0;
        if (delta) {
          e.preventDefault();
          onResize(clamp(height + delta));
        } else if (e.key === "Home") onResize(min);
        else if (e.key === "End") onResize(max);
      }}
    />
  );
}
