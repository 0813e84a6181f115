// Moving one item of an ordered list up or down (colleges, themes): pure, the callers write the positions.
import type { MoveDirection } from '../../schemas/council-options';

/** The list in its new order, or null when the item cannot move that way (first/last, or absent). */
export function moveInList<T extends { id: number }>(items: readonly T[], id: number, direction: MoveDirection): T[] | null {
	const index = items.findIndex((item) => item.id === id);
	const target = direction === 'up' ? index - 1 : index + 1;
	if (index < 0 || target < 0 || target >= items.length) return null;
	const next = [...items];
	[next[index], next[target]] = [next[target], next[index]];
	return next;
}

/** Normalises a name for uniqueness checks: trimmed, single spaces, no case. */
export function nameKey(name: string): string {
	return name.trim().replace(/\s+/g, ' ').toLocaleLowerCase('fr');
}
