// An accessible autocomplete input over the entities (ARIA combobox pattern): type, move with
// arrows, Enter or click to choose. Used by the main search and by every tool form.
import { useId, useMemo, useState } from "react";
import { searchNodes } from "../graph/search.ts";
import { colorOf } from "../graph/palette.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";

interface Props {
  label: string;
  onChoose: (id: string) => void;
  /** Id of the chosen entity: shown as its name when the field is not being edited. */
  value?: string;
  inputId?: string;
  placeholder?: string;
  hideLabel?: boolean;
  /** When given, the list ends with "Search the evidence for …", which hands the typed text here. */
  onSubmitText?: (text: string) => void;
}

export function EntityCombobox({ label, onChoose, value, inputId, placeholder, hideLabel, onSubmitText }: Props) {
  const { data, index } = useKnowledgeGraph();
  const listId = useId();
  const fallbackId = useId();
  const [text, setText] = useState<string | null>(null);
  const [active, setActive] = useState(0);
  const hits = useMemo(() => (text ? searchNodes(data.nodes, text) : []), [data, text]);
  const shown = text ?? (value ? (index.nodes.get(value)?.name ?? value) : "");
  // The evidence option comes last, after the names, once two characters are typed.
  const evidence = Boolean(onSubmitText && text && text.trim().length >= 2);
  const count = hits.length + (evidence ? 1 : 0);
  const open = count > 0;

  const choose = (id: string) => {
    onChoose(id);
    setText(null);
    setActive(0);
  };
  const submit = () => {
    if (text) onSubmitText?.(text);
    setText(null);
    setActive(0);
  };
  const pick = (i: number) => (i < hits.length ? choose(hits[i].node.id) : submit());
  const onKeyDown = (e: React.KeyboardEvent<HTMLInputElement>) => {
    if (e.key === "ArrowDown" && open) setActive((a) => (a + 1) % count);
    else if (e.key === "ArrowUp" && open) setActive((a) => (a - 1 + count) % count);
    else if (e.key === "Enter" && open) pick(active);
    else if (e.key === "Escape" && text !== null) setText(null);
    else return;
    e.preventDefault();
    e.stopPropagation();
  };

  const id = inputId ?? fallbackId;
  return (
    <div className="combobox">
      <label htmlFor={id} className={hideLabel ? "visually-hidden" : undefined}>
        {label}
      </label>
      <input
        id={id}
        type="search"
        role="combobox"
        autoComplete="off"
        aria-expanded={open}
        aria-controls={listId}
        aria-activedescendant={open ? `${listId}-${active}` : undefined}
        placeholder={placeholder}
        value={shown}
        onChange={(e) => {
          setText(e.target.value);
          setActive(0);
        }}
        onKeyDown={onKeyDown}
        onBlur={() => setTimeout(() => setText(null), 150)}
      />
      {open && (
        <ul id={listId} role="listbox" className="combobox-list">
          {hits.map((h, i) => (
            <li
              key={h.node.id}
              id={`${listId}-${i}`}
              role="option"
              aria-selected={i === active}
              data-id={h.node.id}
              onMouseDown={(e) => e.preventDefault()}
              onClick={() => choose(h.node.id)}
            >
              <span className="swatch" style={{ background: colorOf(h.node.type) }} aria-hidden="true" />
              <span className="hit-name">{h.node.name}</span>
              {h.matched !== h.node.name && <span className="hit-matched">{h.matched}</span>}
              <span className="hit-type">{h.node.type}</span>
            </li>
          ))}
          {evidence && (
            <li
              id={`${listId}-${hits.length}`}
              role="option"
              aria-selected={active === hits.length}
              className="evidence-option"
              onMouseDown={(e) => e.preventDefault()}
              onClick={submit}
            >
              Search the quotes, notes and descriptions for “{text?.trim()}”
            </li>
          )}
        </ul>
      )}
    </div>
  );
}
