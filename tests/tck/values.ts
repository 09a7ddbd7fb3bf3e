// The TCK's value notation (README "How values are written in tables"): a small tokenizer +
// recursive-descent parser into a tagged value model. The model is tagged (not plain JS) so that
// integer vs float, node vs map and list vs path can never be confused by the comparator.

export interface TckNode {
  type: "node";
  labels: string[];
  properties: Record<string, TckValue>;
}
export interface TckRelationship {
  type: "relationship";
  relType: string;
  properties: Record<string, TckValue>;
}
export interface TckPathStep {
  rel: TckRelationship;
  forward: boolean;
  node: TckNode;
}
export type TckValue =
  | { type: "null" }
  | { type: "boolean"; value: boolean }
  | { type: "integer"; value: bigint } // 64-bit exact; JS numbers would lose digits beyond 2^53
  | { type: "float"; value: number }
  | { type: "string"; value: string }
  | { type: "list"; items: TckValue[] }
  | { type: "map"; entries: Record<string, TckValue> }
  | TckNode
  | TckRelationship
  | { type: "path"; start: TckNode; steps: TckPathStep[] };

export const NULL: TckValue = { type: "null" };

type TokenKind = "punct" | "string" | "number" | "word";
interface Token {
  kind: TokenKind;
  text: string;
  pos: number;
}

// Multi-character arrows are single tokens so `-[` / `]->` / `<-[` need no lookahead tricks.
const PUNCT = ["<-", "->", "(", ")", "[", "]", "{", "}", "<", ">", ",", ":", "-"];

function tokenize(src: string): Token[] {
  const tokens: Token[] = [];
  let i = 0;
  while (i < src.length) {
    const ch = src[i]!;
    if (/\s/.test(ch)) {
      i++;
      continue;
    }
    if (ch === "'") {
      let out = "";
      let j = i + 1;
      for (;;) {
        if (j >= src.length) throw new Error(`unterminated string at ${i} in ${src}`);
        const c = src[j]!;
        if (c === "\\" && j + 1 < src.length) {
          out += src[j + 1]!;
          j += 2;
          continue;
        }
        if (c === "'") break;
        out += c;
        j++;
      }
      tokens.push({ kind: "string", text: out, pos: i });
      i = j + 1;
      continue;
    }
    // A '-' directly followed by a digit is a negative number, unless it is an arrow in a path
    // (`)-[`), which never has a digit after it.
    const num = /^-?(?:\d+\.?\d*(?:[eE][+-]?\d+)?|\.\d+(?:[eE][+-]?\d+)?)/.exec(src.slice(i));
    if (num && (ch !== "-" || /\d|\./.test(src[i + 1] ?? ""))) {
      tokens.push({ kind: "number", text: num[0], pos: i });
      i += num[0].length;
      continue;
    }
    const word = /^[A-Za-z_$][A-Za-z0-9_$]*/.exec(src.slice(i));
    if (word) {
      tokens.push({ kind: "word", text: word[0], pos: i });
      i += word[0].length;
      continue;
    }
    if (ch === "`") {
      const end = src.indexOf("`", i + 1);
      if (end < 0) throw new Error(`unterminated backtick at ${i} in ${src}`);
      tokens.push({ kind: "word", text: src.slice(i + 1, end), pos: i });
      i = end + 1;
      continue;
    }
    const p = PUNCT.find((x) => src.startsWith(x, i));
    if (!p) throw new Error(`unexpected character '${ch}' at ${i} in ${src}`);
    tokens.push({ kind: "punct", text: p, pos: i });
    i += p.length;
  }
  return tokens;
}

class ValueParser {
  private i = 0;
  constructor(
    private readonly src: string,
    private readonly tokens: Token[],
  ) {}

  private peek(offset = 0): Token | undefined {
    return this.tokens[this.i + offset];
  }
  private fail(msg: string): never {
    throw new Error(`${msg} at token ${this.i} (${this.peek()?.text ?? "end"}) in ${this.src}`);
  }
  private isPunct(text: string, offset = 0): boolean {
    const t = this.peek(offset);
    return t?.kind === "punct" && t.text === text;
  }
  private expect(text: string): void {
    if (!this.isPunct(text)) this.fail(`expected '${text}'`);
    this.i++;
  }
  private name(): string {
    const t = this.peek();
    if (t?.kind !== "word" && t?.kind !== "string") this.fail("expected a name");
    this.i++;
    return t.text;
  }

  parseAll(): TckValue {
    const v = this.value();
    if (this.i !== this.tokens.length) this.fail("trailing input");
    return v;
  }

  value(): TckValue {
    const t = this.peek() ?? this.fail("unexpected end");
    switch (t.kind) {
      case "string":
        this.i++;
        return { type: "string", value: t.text };
      case "number":
        this.i++;
        return parseNumber(t.text);
      case "word":
        this.i++;
        if (t.text === "null") return NULL;
        if (t.text === "true" || t.text === "false") return { type: "boolean", value: t.text === "true" };
        if (t.text === "NaN") return { type: "float", value: NaN };
        if (t.text === "Infinity") return { type: "float", value: Infinity };
        return this.fail(`unknown word '${t.text}'`);
      case "punct":
        if (t.text === "-" && this.peek(1)?.kind === "word" && this.peek(1)?.text === "Infinity") {
          this.i += 2;
          return { type: "float", value: -Infinity };
        }
        if (t.text === "[") return this.isPunct(":", 1) ? this.relationship() : this.list();
        if (t.text === "{") return { type: "map", entries: this.properties() };
        if (t.text === "(") return this.node();
        if (t.text === "<") return this.path();
        return this.fail("unexpected punctuation");
    }
  }

  private list(): TckValue {
    this.expect("[");
    const items: TckValue[] = [];
    while (!this.isPunct("]")) {
      items.push(this.value());
      if (!this.isPunct("]")) this.expect(",");
    }
    this.expect("]");
    return { type: "list", items };
  }

  private properties(): Record<string, TckValue> {
    this.expect("{");
    const entries: Record<string, TckValue> = {};
    while (!this.isPunct("}")) {
      const key = this.name();
      this.expect(":");
      entries[key] = this.value();
      if (!this.isPunct("}")) this.expect(",");
    }
    this.expect("}");
    return entries;
  }

  node(): TckNode {
    this.expect("(");
    const labels: string[] = [];
    while (this.isPunct(":")) {
      this.i++;
      labels.push(this.name());
    }
    const properties = this.isPunct("{") ? this.properties() : {};
    this.expect(")");
    return { type: "node", labels, properties };
  }

  relationship(): TckRelationship {
    this.expect("[");
    this.expect(":");
    const relType = this.name();
    const properties = this.isPunct("{") ? this.properties() : {};
    this.expect("]");
    return { type: "relationship", relType, properties };
  }

  private path(): TckValue {
    this.expect("<");
    const start = this.node();
    const steps: TckPathStep[] = [];
    while (!this.isPunct(">")) {
      // `-[r]->(n)` is forward, `<-[r]-(n)` backward.
      const forward = this.isPunct("-");
      this.expect(forward ? "-" : "<-");
      const rel = this.relationship();
      this.expect(forward ? "->" : "-");
      steps.push({ rel, forward, node: this.node() });
    }
    this.expect(">");
    return { type: "path", start, steps };
  }
}

function parseNumber(text: string): TckValue {
  if (/^-?\d+$/.test(text)) return { type: "integer", value: BigInt(text) };
  return { type: "float", value: Number(text) };
}

export function parseValue(src: string): TckValue {
  return new ValueParser(src, tokenize(src)).parseAll();
}

function formatFloat(x: number): string {
  if (Number.isNaN(x)) return "NaN";
  if (!Number.isFinite(x)) return x > 0 ? "Infinity" : "-Infinity";
  const s = String(x);
  // Keep floats visibly floats (`1.0`, not `1`) so diffs show the integer/float distinction.
  return /[.eE]/.test(s) ? s : `${s}.0`;
}

function formatString(s: string): string {
  return `'${s.replace(/\\/g, "\\\\").replace(/'/g, "\\'")}'`;
}

function formatKey(k: string): string {
  return /^[A-Za-z_][A-Za-z0-9_]*$/.test(k) ? k : `\`${k.replace(/`/g, "``")}\``;
}

function formatProps(props: Record<string, TckValue>, o: FormatOptions): string {
  const keys = Object.keys(props);
  if (o.canonical) keys.sort();
  return keys.length === 0 ? "" : `{${keys.map((k) => `${formatKey(k)}: ${formatValue(props[k]!, o)}`).join(", ")}}`;
}

function formatNode(n: TckNode, o: FormatOptions): string {
  const labels = o.canonical ? [...n.labels].sort() : n.labels;
  const props = formatProps(n.properties, o);
  return `(${labels.map((l) => `:${l}`).join("")}${labels.length && props ? " " : ""}${props})`;
}

function formatRel(r: TckRelationship, o: FormatOptions): string {
  const props = formatProps(r.properties, o);
  return `[:${r.relType}${props ? " " : ""}${props}]`;
}

export interface FormatOptions {
  /** Sort map keys and labels, so that equal values (README comparison rules) render identically. */
  canonical?: boolean;
  /** Also sort list elements: the "ignoring element order for lists" comparison. */
  unorderedLists?: boolean;
}

/**
 * Renders a value in TCK notation. With `canonical` the text is an equality key: two values are
 * equal by the README rules exactly when their canonical texts are equal.
 */
export function formatValue(v: TckValue, o: FormatOptions = {}): string {
  switch (v.type) {
    case "null":
      return "null";
    case "boolean":
      return String(v.value);
    case "integer":
      return v.value.toString();
    case "float":
      return formatFloat(v.value);
    case "string":
      return formatString(v.value);
    case "list": {
      const items = v.items.map((x) => formatValue(x, o));
      // Sorting the element texts turns list comparison into multiset comparison.
      if (o.unorderedLists) items.sort();
      return `[${items.join(", ")}]`;
    }
    case "map":
      return formatProps(v.entries, o) || "{}";
    case "node":
      return formatNode(v, o);
    case "relationship":
      return formatRel(v, o);
    case "path":
      return `<${formatNode(v.start, o)}${v.steps
        .map((s) => (s.forward ? `-${formatRel(s.rel, o)}->` : `<-${formatRel(s.rel, o)}-`) + formatNode(s.node, o))
        .join("")}>`;
  }
}
