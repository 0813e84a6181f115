// Word-level differences between two texts, as segments the page marks up with <ins> and <del>.
import { diffWordsWithSpace } from 'diff';

export type Segment = { kind: 'same' | 'ins' | 'del'; text: string };
export type TextFields = { title: string; summary: string; body: string };
export type FieldDiff = { title: Segment[]; summary: Segment[]; body: Segment[]; changed: boolean };

export function diffText(before: string, after: string): Segment[] {
	if (before === after) return before ? [{ kind: 'same', text: before }] : [];
	const changes = diffWordsWithSpace(before, after, { timeout: 1000 });
	if (!changes) {
		// Too costly to compare word by word: show the whole text replaced.
		return [...(before ? [{ kind: 'del' as const, text: before }] : []), ...(after ? [{ kind: 'ins' as const, text: after }] : [])];
	}
	return changes.map((c) => ({ kind: c.added ? 'ins' : c.removed ? 'del' : 'same', text: c.value }));
}

export function diffFields(before: TextFields, after: TextFields): FieldDiff {
	return {
		title: diffText(before.title, after.title),
		summary: diffText(before.summary, after.summary),
		body: diffText(before.body, after.body),
		changed: before.title !== after.title || before.summary !== after.summary || before.body !== after.body
	};
}
