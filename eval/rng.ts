/** A small seeded generator (mulberry32): the same seed plants the same defects on every machine. */
export class Rng {
  #state: number

  constructor(seed: number) {
    this.#state = seed >>> 0
  }

  /** A float in [0, 1). */
  next(): number {
    this.#state = (this.#state + 0x6d2b79f5) >>> 0
    let t = this.#state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }

  /** An integer in [0, below). */
  int(below: number): number {
    return Math.floor(this.next() * below)
  }

  pick<T>(items: readonly T[]): T {
    if (items.length === 0) throw new Error('rng.pick: nothing to pick from')
    return items[this.int(items.length)]
  }

  chance(probability: number): boolean {
    return this.next() < probability
  }
}

/** Mix a seed with a string (an article name, a half) into a new 32-bit seed (FNV-1a). */
export function mix(seed: number, ...parts: string[]): number {
  let hash = 0x811c9dc5 ^ seed
  for (const part of parts) {
    for (let index = 0; index < part.length; index++) {
      hash ^= part.charCodeAt(index)
      hash = Math.imul(hash, 0x01000193)
    }
    hash ^= 0x2f
    hash = Math.imul(hash, 0x01000193)
  }
  return hash >>> 0
}
