/**
 * A sparse alignment between normalised and original text. Most output units are 1:1 with an
 * input unit at a constant distance (`original = output + delta`); the distance only changes
 * where something was deleted or expanded. So the alignment stores segments of constant delta
 * plus explicit ranges for the few units that are not 1:1 (a letter that absorbed deleted
 * marks, each unit of an expansion, a composed cluster), instead of two integers per unit.
 */

/** Records the alignment while the normaliser writes its output. */
export class Recorder {
  /** Output positions where a delta starts, and the delta (sorted by position). */
  segOut: number[] = [0];
  segDelta: number[] = [0];
  /** Explicit ranges: output unit, original start, original end (sorted by unit). */
  exU: number[] = [];
  exS: number[] = [];
  exE: number[] = [];
  /** Delta of the last segment. */
  delta = 0;

  /** Original start of output unit `u` (while recording or after). */
  startOf(u: number): number {
    const k = lastAtMost(this.exU, u);
    if (k >= 0 && this.exU[k] === u) return this.exS[k];
    return u + this.segDelta[lastAtMost(this.segOut, u)];
  }

  /** Original end of output unit `u`. */
  endOf(u: number): number {
    const k = lastAtMost(this.exU, u);
    if (k >= 0 && this.exU[k] === u) return this.exE[k];
    return u + this.segDelta[lastAtMost(this.segOut, u)] + 1;
  }

  /** Unit `u` (the last one written) came 1:1 from input unit `i`. */
  trivial(u: number, i: number): void {
    const d = i - u;
    if (d === this.delta) return;
    this.setDelta(u, d);
  }

  /** Trivial units from output position `u` on have original position `u + d`. */
  setDelta(u: number, d: number): void {
    const last = this.segOut.length - 1;
    if (this.segOut[last] === u) this.segDelta[last] = d;
    else {
      this.segOut.push(u);
      this.segDelta.push(d);
    }
    this.delta = d;
  }

  /** Unit `u` (the last one written) stands for the original range [s, e). */
  explicit(u: number, s: number, e: number): void {
    const last = this.exU.length - 1;
    if (last >= 0 && this.exU[last] === u) {
      this.exS[last] = s;
      this.exE[last] = e;
    } else {
      this.exU.push(u);
      this.exS.push(s);
      this.exE.push(e);
    }
  }

  /**
   * A deleted unit ending at `e` belongs to output unit `j - 1` — and to every unit of its
   * expansion, which share its start. Trivial units from `j` on have delta `nextDelta`.
   */
  attach(j: number, e: number, nextDelta: number): void {
    if (j > 0) {
      const u = j - 1;
      const last = this.exU.length - 1;
      if (last >= 0 && this.exU[last] === u) {
        const s0 = this.exS[last];
        for (let k = last; k >= 0 && this.exU[k] === u - (last - k) && this.exS[k] === s0; k--) {
          if (this.exE[k] < e) this.exE[k] = e;
        }
      } else {
        this.explicit(u, this.startOf(u), e);
      }
    }
    this.setDelta(j, nextDelta);
  }

  /** Forgets what was recorded for units `from` and after (they are about to be rewritten). */
  truncate(from: number): void {
    let k = this.exU.length;
    while (k > 0 && this.exU[k - 1] >= from) k--;
    this.exU.length = k;
    this.exS.length = k;
    this.exE.length = k;
    let s = this.segOut.length;
    while (s > 1 && this.segOut[s - 1] >= from) s--;
    this.segOut.length = s;
    this.segDelta.length = s;
    this.delta = this.segDelta[s - 1];
  }

  /** Units [from, to) all stand for [start of `from`, e): a composed or reordered cluster. */
  cluster(from: number, to: number, e: number): void {
    const s = this.startOf(from);
    this.truncate(from);
    for (let u = from; u < to; u++) {
      this.exU.push(u);
      this.exS.push(s);
      this.exE.push(e);
    }
  }

  /** Units deleted at the very start belong to the first output unit. */
  finish(m: number): void {
    if (m === 0) return;
    const s0 = this.startOf(0);
    if (s0 === 0) return;
    if (this.exU.length > 0 && this.exU[0] === 0) {
      for (let k = 0; k < this.exU.length && this.exU[k] === k && this.exS[k] === s0; k++) this.exS[k] = 0;
    } else {
      const e0 = this.endOf(0);
      this.exU.unshift(0);
      this.exS.unshift(0);
      this.exE.unshift(e0);
    }
  }
}

/** Largest k with a[k] <= x, or -1. `a` is sorted ascending. */
export function lastAtMost(a: readonly number[], x: number): number {
  let lo = 0;
  let hi = a.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (a[mid] <= x) lo = mid + 1;
    else hi = mid;
  }
  return lo - 1;
}
