// A form generated from a saved query's parameter descriptors: entity parameters get the
// entity picker, enums a select, numbers a number input, booleans a checkbox.
import { useState, type FormEvent } from "react";
import type { ParamDescriptor, SavedQuery } from "../api/types.ts";
import { useKnowledgeGraph } from "../state/dataContext.ts";
import { EntityCombobox } from "./EntityCombobox.tsx";

/** Parameter names that hold an entity id when the schema says only "string". */
const ENTITY_NAME = /^(id|.*Id|entity|from|to|controller|dependent|origin|destination)$/;

const initialValue = (p: ParamDescriptor): unknown => p.default ?? (p.type === "boolean" ? false : "");

function coerce(p: ParamDescriptor, v: unknown): unknown {
  if (p.type === "number" || p.type === "integer") return v === "" ? undefined : Number(v);
  return v === "" ? undefined : v;
}

function Field({ p, value, set }: { p: ParamDescriptor; value: unknown; set: (v: unknown) => void }) {
  const { index } = useKnowledgeGraph();
  const label = `${p.name}${p.required ? "" : " (optional)"}`;
  const entity =
    p.type === "entity" || (p.type === "string" && (index.nodes.has(String(p.default)) || ENTITY_NAME.test(p.name)));
  if (entity) return <EntityCombobox label={label} value={String(value ?? "")} onChoose={set} />;
  if (p.options?.length) {
    return (
      <label>
        {label}
        <select value={String(value ?? "")} onChange={(e) => set(e.target.value)}>
          {!p.required && <option value="">—</option>}
          {p.options.map((o) => (
            <option key={o}>{o}</option>
          ))}
        </select>
      </label>
    );
  }
  if (p.type === "boolean") {
    return (
      <label className="check">
        <input type="checkbox" checked={Boolean(value)} onChange={(e) => set(e.target.checked)} /> {label}
      </label>
    );
  }
  const numeric = p.type === "number" || p.type === "integer";
  return (
    <label>
      {label}
      <input
        type={numeric ? "number" : "text"}
        step={p.type === "integer" ? 1 : "any"}
        required={p.required}
        value={String(value ?? "")}
        onChange={(e) => set(e.target.value)}
      />
    </label>
  );
}

export function QueryForm({
  query,
  onSubmit,
}: {
  query: SavedQuery;
  onSubmit: (params: Record<string, unknown>) => void;
}) {
  const [values, setValues] = useState<Record<string, unknown>>(() =>
    Object.fromEntries(query.params.map((p) => [p.name, initialValue(p)])),
  );
  const submit = (e: FormEvent) => {
    e.preventDefault();
    const params: Record<string, unknown> = {};
    for (const p of query.params) {
      const v = coerce(p, values[p.name]);
      if (v !== undefined) params[p.name] = v;
    }
    onSubmit(params);
  };
  return (
    <form className="query-form" onSubmit={submit} aria-label={`Parameters of ${query.title}`}>
      {query.params.map((p) => (
        <div key={p.name} className="field">
          <Field p={p} value={values[p.name]} set={(v) => setValues((s) => ({ ...s, [p.name]: v }))} />
          {p.description && <p className="hint">{p.description}</p>}
        </div>
      ))}
      <button type="submit" className="primary">
        Run query
      </button>
    </form>
  );
}
