// Deterministic pseudo-randomness: a string hash and a seeded PRNG, so that initial layout
// positions and the synthetic bench graph are identical on every load (stable layout).

export function hashString(s: string): number {
  let h = 2166136261;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 16777619);
  }
  return h >>> 0;
}

/** mulberry32: small, fast and good enough for layout seeds. */
export function prng(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Seed position: one sector of a circle per entity type, jittered by the id's hash. */
export function seedPosition(id: string, typeIndex: number, typeCount: number): { x: number; y: number } {
  const rand = prng(hashString(id));
  const angle = ((typeIndex + rand()) / Math.max(typeCount, 1)) * 2 * Math.PI;
  const radius = 50 + rand() * 50;
  return { x: Math.cos(angle) * radius, y: Math.sin(angle) * radius };
}
