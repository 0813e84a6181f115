// Vote screens: the vote form (create / edit a draft), the control screen's actions, and the paper ballot entry.
// Cross-field rules (min/max against the options, winners, quorum value) are checked by the service
// (ballot-rules.ts), whose refusals come back next to the field they name.
import { z } from 'zod';
import { m } from '$lib/paraglide/messages';
import { checkbox, id, optionalText } from './common';
import type { MajorityBase, Majority, Method, QuorumKind, Secrecy, Weighting } from '$lib/server/plenaries/tally-types';

// The same lists as the service's (tally-types.ts), repeated here so that pages may import them (no server import).
export const METHODS = ['yes_no_abstain', 'single', 'multiple', 'ranked'] as const satisfies readonly Method[];
export const WEIGHTINGS = ['none', 'member', 'college'] as const satisfies readonly Weighting[];
export const MAJORITIES = ['simple', 'absolute', 'two_thirds', 'three_quarters'] as const satisfies readonly Majority[];
export const BASES = ['cast', 'cast_abstain', 'entitled', 'present'] as const satisfies readonly MajorityBase[];
export const QUORUM_KINDS = ['none', 'count', 'share'] as const satisfies readonly QuorumKind[];
export const SECRECIES = ['named', 'secret'] as const satisfies readonly Secrecy[];

const lf = (v: unknown) => (typeof v === 'string' ? v.replace(/\r\n?/g, '\n') : v);
/** An optional whole number from a form field ('' = not given). */
const optionalCount = (min: number, max: number) => z.preprocess((v) => (v === '' || v === undefined || v === null ? undefined : v), z.coerce.number().int().min(min).max(max).optional());
const ids = () => z.preprocess((v) => (v === undefined || v === '' ? [] : Array.isArray(v) ? v : [v]), z.array(z.coerce.number().int().positive()).max(2000));

/** the secretariat's confirmation of a secret vote despite small colleges (a check box: absent = not confirmed) */
const confirmBox = z.preprocess((v) => v === 'on' || v === 'true' || v === true, z.boolean());

export const voteFormSchema = z
	.object({
		/** may be left empty only when one proposal is ticked: the question is then made from it (vote-form.server.ts) */
		question: optionalText(300),
		description: z.preprocess(lf, optionalText(5000)),
		method: z.enum(METHODS),
		/** typed options, one per line (single / multiple / ranked on items that are not annual themes) */
		options: z.preprocess(lf, z.string().max(10_000).default('')).transform((raw) =>
			raw
				.split('\n')
				.map((l) => l.trim())
				.filter(Boolean)
		),
		/** annual themes items: the council's themes offered as options */
		themeIds: ids(),
		/** yes/no/abstain: proposed indicators the vote validates when adopted */
		indicatorIds: ids(),
		/** yes/no/abstain: the proposals of the agenda item the vote decides (none ticked by default) */
		proposalIds: ids(),
		/** the secretariat confirms putting a proposal rejected by an earlier vote to this one */
		revote: checkbox(),
		minChoices: optionalCount(0, 100),
		maxChoices: optionalCount(1, 100),
		winners: optionalCount(1, 100),
		weighting: z.enum(WEIGHTINGS),
		secrecy: z.enum(SECRECIES),
		majority: z.enum(MAJORITIES),
		base: z.enum(BASES),
		quorumKind: z.enum(QUORUM_KINDS),
		quorumValue: z.preprocess((v) => (v === '' || v === undefined ? 0 : typeof v === 'string' ? v.replace(',', '.') : v), z.coerce.number().min(0).max(100000)),
		confirmSmallGroups: confirmBox
	})
	.superRefine(
		(form, ctx) => {
			// runs even when other fields failed (`when`), so that an empty question is named with the others
			const oneProposal = form.method === 'yes_no_abstain' && Array.isArray(form.proposalIds) && form.proposalIds.length === 1;
			if (typeof form.question === 'string' && !form.question && !oneProposal)
				ctx.addIssue({ code: 'too_small', origin: 'string', minimum: 1, inclusive: true, input: form.question, path: ['question'] });
		},
		{ when: () => true }
	);
export type VoteForm = z.infer<typeof voteFormSchema>;

export const openVoteSchema = z.object({
	voteId: id(),
	/** optional timer, in seconds */
	durationSeconds: z.preprocess(
		(v) => (v === '' || v === undefined || v === null ? undefined : v),
		z.coerce
			.number({ error: () => m.votes_v_duration() })
			.int({ error: () => m.votes_v_duration() })
			.min(1, { error: () => m.votes_v_duration() })
			.max(86400, { error: () => m.votes_v_duration() })
			.optional()
	),
	confirmSmallGroups: confirmBox
});

export const voteIdSchema = z.object({ voteId: id() });

export const currentItemSchema = z.object({
	itemId: z.preprocess((v) => (v === '' || v === undefined ? null : v), z.coerce.number().int().positive().nullable())
});

const count = z.preprocess((v) => (v === '' || v === undefined ? 0 : v), z.coerce.number().int().min(0).max(1_000_000));

/**
 * Paper ballots: fields `count.<group>.<optionId>`, `abstain.<group>`, `invalid.<group>`, `ballots.<group>` where
 * group is a college id or `all`, and `voters` (membership ids). Parsed into the service's groups by the route.
 */
export const paperFormSchema = z.object({ voters: ids() }).catchall(z.union([z.string(), z.array(z.string())]));
export const paperCount = count;

/**
 * A ballot's choice from the voting form (the socket path and the no-JavaScript action read the same fields):
 * `choice` (radio / checkboxes; '' or 'blank' = a blank ballot) or, for ranked votes, `rank.<optionId>` = 1…n.
 * Returns the option ids in order, or the message key of what is wrong.
 */
export function choiceFromForm(
	method: string,
	optionIds: string[],
	form: { get(name: string): unknown; getAll(name: string): unknown[] }
): { ok: true; choice: string[] } | { ok: false; error: 'votes_error_pick_one' | 'votes_error_rank_twice' } {
	const blank = form.getAll('choice').includes('blank');
	if (method === 'ranked') {
		if (blank) return { ok: true, choice: [] };
		const ranked: [number, string][] = [];
		for (const id of optionIds) {
			const raw = form.get(`rank.${id}`);
			const rank = typeof raw === 'string' && raw !== '' ? Number(raw) : NaN;
			if (Number.isInteger(rank) && rank > 0) ranked.push([rank, id]);
		}
		if (!ranked.length) return { ok: false, error: 'votes_error_pick_one' };
		if (new Set(ranked.map(([r]) => r)).size !== ranked.length) return { ok: false, error: 'votes_error_rank_twice' };
		return { ok: true, choice: ranked.sort((a, b) => a[0] - b[0]).map(([, id]) => id) };
	}
	const values = form.getAll('choice').filter((v): v is string => typeof v === 'string' && v !== '');
	if (blank) return { ok: true, choice: [] };
	if (!values.length || ((method === 'yes_no_abstain' || method === 'single') && values.length !== 1)) return { ok: false, error: 'votes_error_pick_one' };
	return { ok: true, choice: values };
}
