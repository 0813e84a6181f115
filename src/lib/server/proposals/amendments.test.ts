import { describe, expect, it } from 'vitest';
import { DomainError } from '../errors';
import { setup } from './test-fixtures';
import { getProposal } from './access';
import { compareVersions, decideAmendment, getAmendment, listVersions, proposeAmendment } from './amendments';
import { diffText } from './diff';
import { transitionProposal } from './lifecycle';
import { updateDraft } from './write';
import { timelineOf } from './read';

function code(fn: () => unknown): string | null {
	try {
		fn();
		return null;
	} catch (e) {
		if (e instanceof DomainError) return e.code;
		throw e;
	}
}

const change = (fx: ReturnType<typeof setup>, id: number, body: string) => {
	const p = getProposal(id)!;
	return { title: p.title, summary: p.summary, body, reason: 'Préciser le calendrier.' };
};

describe('amendments', () => {
	it('the author accepts an amendment: a new version, the text updated, the story told', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const a = proposeAmendment(fx.actors.member, id, change(fx, id, 'Le conseil invite la **CCI**, la chambre des métiers et la chambre d’agriculture.'));
		expect(a).toMatchObject({ status: 'pending', baseVersion: 1 });
		const view = getAmendment(id, a.id)!;
		expect(view.diff.changed).toBe(true);
		expect(
			view.diff.body
				.filter((s) => s.kind === 'ins')
				.map((s) => s.text)
				.join('')
		).toContain('chambre d’agriculture');
		expect(code(() => decideAmendment(fx.actors.member2, a.id, { accept: true }))).toBe('proposals_error_amend_decider');
		expect(code(() => decideAmendment(fx.actors.secretariat, a.id, { accept: true }))).toBe('proposals_error_amend_decider');
		decideAmendment(fx.actors.author, a.id, { accept: true });
		const p = getProposal(id)!;
		expect(p.version).toBe(2);
		expect(p.body).toContain('chambre d’agriculture');
		expect(listVersions(id).map((v) => v.version)).toEqual([1, 2]);
		// the timeline names the amendment integrated and its author ("amendement n° 3 de Claire Weber intégré (v2)")
		expect(timelineOf(id).at(-1)).toMatchObject({ kind: 'version', version: 2, amendmentId: a.id, amendmentAuthor: expect.stringContaining('member') });
		expect(code(() => decideAmendment(fx.actors.author, a.id, { accept: false }))).toBe('proposals_error_amendment_decided');
	});

	it('the author rejects an amendment: nothing changes but the amendment’s status', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const a = proposeAmendment(fx.actors.member, id, change(fx, id, 'Autre texte.'));
		decideAmendment(fx.actors.author, a.id, { accept: false, reason: 'Hors sujet.' });
		expect(getProposal(id)!.version).toBe(1);
		expect(getAmendment(id, a.id)).toMatchObject({ status: 'rejected', decisionReason: 'Hors sujet.', resultingVersion: null });
	});

	it('after acceptance for deliberation the secretariat decides, not the author', () => {
		const fx = setup();
		const id = fx.proposalIn('accepted');
		const a = proposeAmendment(fx.actors.member, id, change(fx, id, 'Texte amendé en commission.'));
		expect(code(() => decideAmendment(fx.actors.author, a.id, { accept: true }))).toBe('proposals_error_amend_decider');
		expect(decideAmendment(fx.actors.secretariat, a.id, { accept: true })).toMatchObject({ status: 'accepted', resultingVersion: 2 });
	});

	it('refuses amendments by the authors, by non-members, unchanged ones and on closed proposals', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		expect(code(() => proposeAmendment(fx.actors.author, id, change(fx, id, 'x')))).toBe('proposals_error_amend_own');
		for (const who of ['observer', 'secretariat', 'anonymous'] as const)
			expect(
				code(() => proposeAmendment(fx.actors[who], id, change(fx, id, 'x'))),
				who
			).toBe('proposals_error_forbidden');
		expect(code(() => proposeAmendment(fx.actors.member, id, change(fx, id, getProposal(id)!.body)))).toBe('proposals_error_amendment_unchanged');
		transitionProposal(fx.actors.secretariat, id, 'decline', { answer: 'Non.' });
		expect(code(() => proposeAmendment(fx.actors.member, id, change(fx, id, 'x')))).toBe('proposals_error_amend_closed');
	});

	it('refuses to accept an amendment written against an older version', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const a = proposeAmendment(fx.actors.member, id, change(fx, id, 'Première variante.'));
		const b = proposeAmendment(fx.actors.member2, id, change(fx, id, 'Seconde variante.'));
		decideAmendment(fx.actors.author, a.id, { accept: true });
		expect(code(() => decideAmendment(fx.actors.author, b.id, { accept: true }))).toBe('proposals_error_amendment_outdated');
		expect(decideAmendment(fx.actors.author, b.id, { accept: false }).status).toBe('rejected');
	});

	it('keeps every version and compares any two', () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		for (const [i, body] of ['Un deux trois.', 'Un deux quatre.', 'Un cinq quatre.'].entries()) {
			const a = proposeAmendment(i % 2 ? fx.actors.member2 : fx.actors.member, id, change(fx, id, body));
			decideAmendment(fx.actors.author, a.id, { accept: true });
		}
		expect(listVersions(id).map((v) => v.version)).toEqual([1, 2, 3, 4]);
		const d = compareVersions(id, 2, 4)!;
		expect(d.body).toEqual([
			{ kind: 'same', text: 'Un ' },
			{ kind: 'del', text: 'deux' },
			{ kind: 'ins', text: 'cinq' },
			{ kind: 'same', text: ' ' },
			{ kind: 'del', text: 'trois' },
			{ kind: 'ins', text: 'quatre' },
			{ kind: 'same', text: '.' }
		]);
		expect(compareVersions(id, 3, 3)!.changed).toBe(false);
		expect(compareVersions(id, 1, 9)).toBeUndefined();
	});

	it('editing a draft that was published once adds a version instead of overwriting', () => {
		const fx = setup();
		const id = fx.proposalIn('draft');
		updateDraft(fx.actors.author, id, fx.input({ body: 'Brouillon retouché.' }));
		expect(listVersions(id)).toHaveLength(1);
		transitionProposal(fx.actors.author, id, 'submit');
		transitionProposal(fx.actors.author, id, 'withdraw');
		updateDraft(fx.actors.author, id, fx.input({ body: 'Après retrait.' }));
		expect(listVersions(id).map((v) => v.version)).toEqual([1, 2]);
		expect(compareVersions(id, 1, 2)!.body.map((s) => s.kind)).toContain('ins');
		expect(code(() => updateDraft(fx.actors.member, id, fx.input()))).toBe('proposals_error_not_found');
	});
});

describe('diffText', () => {
	it('marks insertions and deletions word by word, keeping spaces and line breaks', () => {
		expect(diffText('a b\nc', 'a x\nc')).toEqual([
			{ kind: 'same', text: 'a ' },
			{ kind: 'del', text: 'b' },
			{ kind: 'ins', text: 'x' },
			{ kind: 'same', text: '\nc' }
		]);
		expect(diffText('', 'new')).toEqual([{ kind: 'ins', text: 'new' }]);
		expect(diffText('same', 'same')).toEqual([{ kind: 'same', text: 'same' }]);
	});
});
