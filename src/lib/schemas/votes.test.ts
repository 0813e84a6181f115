import { describe, expect, it } from 'vitest';
import { BASES, MAJORITIES, METHODS, QUORUM_KINDS, SECRECIES, WEIGHTINGS, choiceFromForm, openVoteSchema, voteFormSchema } from './votes';
import * as rules from '$lib/server/plenaries/tally-types';

/** A FormData-like object from pairs (a name may repeat, as with checkboxes). */
const formOf = (pairs: [string, string][]) => ({
	get: (name: string) => pairs.find(([k]) => k === name)?.[1] ?? null,
	getAll: (name: string) => pairs.filter(([k]) => k === name).map(([, v]) => v)
});

describe('the lists the pages use', () => {
	it('are the service’s lists', () => {
		expect(METHODS).toEqual(rules.METHODS);
		expect(WEIGHTINGS).toEqual(rules.WEIGHTINGS);
		expect(MAJORITIES).toEqual(rules.MAJORITIES);
		expect(BASES).toEqual(rules.BASES);
		expect(QUORUM_KINDS).toEqual(rules.QUORUM_KINDS);
		expect(SECRECIES).toEqual(rules.SECRECIES);
	});
});

describe('choiceFromForm', () => {
	it('reads one radio for yes / no / abstain and single choice', () => {
		expect(choiceFromForm('yes_no_abstain', ['yes', 'no', 'abstain'], formOf([['choice', 'no']]))).toEqual({ ok: true, choice: ['no'] });
		expect(choiceFromForm('single', ['o1', 'o2'], formOf([['choice', 'o2']]))).toEqual({ ok: true, choice: ['o2'] });
		expect(choiceFromForm('single', ['o1', 'o2'], formOf([]))).toEqual({ ok: false, error: 'votes_error_pick_one' });
	});

	it('reads checkboxes for multiple choice; blank is explicit and wins', () => {
		expect(
			choiceFromForm(
				'multiple',
				['o1', 'o2', 'o3'],
				formOf([
					['choice', 'o1'],
					['choice', 'o3']
				])
			)
		).toEqual({ ok: true, choice: ['o1', 'o3'] });
		expect(
			choiceFromForm(
				'multiple',
				['o1', 'o2'],
				formOf([
					['choice', 'o1'],
					['choice', 'blank']
				])
			)
		).toEqual({ ok: true, choice: [] });
		expect(choiceFromForm('multiple', ['o1', 'o2'], formOf([]))).toEqual({ ok: false, error: 'votes_error_pick_one' });
	});

	it('orders a ranked ballot by the ranks given, leaving unranked options out', () => {
		const form = formOf([
			['rank.o1', '2'],
			['rank.o2', ''],
			['rank.o3', '1']
		]);
		expect(choiceFromForm('ranked', ['o1', 'o2', 'o3'], form)).toEqual({ ok: true, choice: ['o3', 'o1'] });
	});

	it('refuses two options with the same rank, and an empty ranking without the blank box', () => {
		expect(
			choiceFromForm(
				'ranked',
				['o1', 'o2'],
				formOf([
					['rank.o1', '1'],
					['rank.o2', '1']
				])
			)
		).toEqual({ ok: false, error: 'votes_error_rank_twice' });
		expect(
			choiceFromForm(
				'ranked',
				['o1', 'o2'],
				formOf([
					['rank.o1', ''],
					['rank.o2', '']
				])
			)
		).toEqual({ ok: false, error: 'votes_error_pick_one' });
		expect(choiceFromForm('ranked', ['o1', 'o2'], formOf([['choice', 'blank']]))).toEqual({ ok: true, choice: [] });
	});
});

describe('voteFormSchema', () => {
	const base = { question: ' Adoptez-vous ? ', method: 'single', weighting: 'none', secrecy: 'named', majority: 'simple', base: 'cast', quorumKind: 'none', quorumValue: '' };

	it('splits typed options per line and leaves empty numbers out', () => {
		const parsed = voteFormSchema.parse({ ...base, options: 'A\r\n\r\n B \n', minChoices: '', winners: '2' });
		expect(parsed).toMatchObject({ question: 'Adoptez-vous ?', options: ['A', 'B'], minChoices: undefined, winners: 2, quorumValue: 0, themeIds: [] });
	});

	it('reads a decimal comma in the quorum value and theme ids from checkboxes', () => {
		expect(voteFormSchema.parse({ ...base, quorumKind: 'share', quorumValue: '33,5', themeIds: ['3', '4'] })).toMatchObject({ quorumValue: 33.5, themeIds: [3, 4] });
	});

	it('names the field of each error', () => {
		const result = voteFormSchema.safeParse({ ...base, question: '', method: 'borda', winners: 'x' });
		expect(result.success).toBe(false);
		expect(result.error!.issues.map((i) => i.path.join('.')).sort()).toEqual(['method', 'question', 'winners']);
	});
});

describe('openVoteSchema', () => {
	it('takes an optional timer in whole seconds', () => {
		expect(openVoteSchema.parse({ voteId: '4', durationSeconds: '' })).toEqual({ voteId: 4, durationSeconds: undefined, confirmSmallGroups: false });
		expect(openVoteSchema.parse({ voteId: '4', durationSeconds: '90' })).toEqual({ voteId: 4, durationSeconds: 90, confirmSmallGroups: false });
		expect(openVoteSchema.parse({ voteId: '4', confirmSmallGroups: 'on' })).toMatchObject({ confirmSmallGroups: true });
		for (const bad of ['0', '-5', '1.5', '86401', 'soon']) expect(openVoteSchema.safeParse({ voteId: '4', durationSeconds: bad }).success).toBe(false);
	});
});

describe('voteFormSchema and the proposals a vote decides', () => {
	const form = { method: 'yes_no_abstain', weighting: 'none', secrecy: 'named', majority: 'simple', base: 'cast', quorumKind: 'none', quorumValue: '' };
	it('takes the ticked proposals and the re-vote confirmation; the question may be left empty for one ticked proposal only', () => {
		expect(voteFormSchema.parse({ ...form, question: '', proposalIds: '7' })).toMatchObject({ question: '', proposalIds: [7], revote: false });
		expect(voteFormSchema.parse({ ...form, question: 'Q ?', proposalIds: ['7', '9'], revote: 'on' })).toMatchObject({ proposalIds: [7, 9], revote: true });
		for (const proposalIds of [[], ['7', '9']]) {
			const result = voteFormSchema.safeParse({ ...form, question: ' ', proposalIds });
			expect(result.error!.issues.map((i) => i.path.join('.'))).toEqual(['question']);
		}
		expect(voteFormSchema.safeParse({ ...form, method: 'single', question: '', proposalIds: '7' }).success).toBe(false);
	});
});
