import type { HubEvent } from './events';

/**
 * The order of one scope's events. The hub numbers them without gaps; while a client catches up,
 * a live event may overtake older replayed ones, and one may come twice. This applies each once,
 * in order, holding early ones until the gap before them is filled.
 */
export class ScopeSequence {
  private last: number | null = null;
  private readonly early = new Map<number, HubEvent>();

  get lastSeq(): number | null {
    return this.last;
  }

  /** Starts (again) from a known position, e.g. after a refetch. */
  reset(lastSeq: number) {
    this.last = lastSeq;
    for (const seq of [...this.early.keys()]) if (seq <= lastSeq) this.early.delete(seq);
  }

  /** The events that can be applied now, in order. */
  accept(event: HubEvent): HubEvent[] {
    if (this.last !== null && event.seq <= this.last) return [];
    this.early.set(event.seq, event);
    const ready: HubEvent[] = [];
    let next = (this.last ?? event.seq - 1) + 1;
    while (this.early.has(next)) {
      ready.push(this.early.get(next)!);
      this.early.delete(next);
      this.last = next;
      next++;
    }
    return ready;
  }

  /** True while an event waits for an older one that has not come. */
  get waiting(): boolean {
    return this.early.size > 0;
  }
}
