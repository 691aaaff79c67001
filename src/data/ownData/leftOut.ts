// Collects rows or images left out of a partial import, grouped by reason (same code and values), each group naming
// its first few places; and says a group as a message.
import type { Message, MessageParam } from '../../schema/message';
import { sayOwnData } from '../../schema/ownDataWords';
import { LEFT_OUT_EXAMPLES } from './limits';
import type { LeftOutGroup, Problem } from './types';

export class LeftOutCollector {
  private readonly groups = new Map<string, LeftOutGroup>();

  /** Groups by the reason's code and values, except `value`: the group shows its first example's. */
  add(reason: Problem, where: number | string): void {
    const rest = { ...reason.params, value: undefined };
    const key = JSON.stringify([reason.code, rest]);
    let group = this.groups.get(key);
    if (!group) {
      group = { reason, count: 0, where: [] };
      this.groups.set(key, group);
    }
    group.count++;
    if (group.where.length < LEFT_OUT_EXAMPLES) group.where.push(where);
  }

  get total(): number {
    let total = 0;
    for (const group of this.groups.values()) total += group.count;
    return total;
  }

  /** Largest group first. */
  list(): LeftOutGroup[] {
    return [...this.groups.values()].sort((a, b) => b.count - a.count);
  }
}

/** "12 left out, a pixel that is not a number: row 3, row 7, and 10 more" (rows are numbers, entries paths). */
export function sayLeftOut(group: LeftOutGroup): Message {
  const places: MessageParam[] = group.where.map((w) =>
    typeof w === 'number' ? sayOwnData('leftOut.row', { row: w }) : w,
  );
  const rest = group.count - group.where.length;
  if (rest > 0) places.push(sayOwnData('leftOut.more', { rest }));
  const where = { items: places, join: 'and' } as const;
  return sayOwnData('leftOut.group', { count: group.count, reason: group.reason, where });
}
