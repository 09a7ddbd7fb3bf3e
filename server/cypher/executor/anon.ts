// Hidden variables: unnamed pattern parts get names no query can write, so steps can bind them
// and paths can be built; projections (`RETURN *`) leave them out.
let anon = 0;
export const anonName = (kind: string) => `\u0000${kind}${anon++}`;
export const isHidden = (name: string) => name.startsWith("\u0000");
