import { beforeEach, describe, expect, it } from 'vitest';
import { addMember, auditActions } from '../plans/test-helpers';
import { campaignFixture } from './test-fixture';
import { refusal } from '../test-support';
import { addQuestion, createQuestionnaire, getQuestionnaire, removeQuestion, setQuestionnaireStatus, submitResponse } from './questionnaires';
import { moveQuestion, updateQuestion } from './question-edit';

async function fixture() {
	const f = await campaignFixture();
	const q = createQuestionnaire(f.campaign.id, { title: 'Votre avis', audience: 'all', anonymous: false }, f.actorId);
	const a = addQuestion(q.id, { kind: 'single', label: 'Connaissez-vous le plan ?', options: ['Oui', 'Non'] }, f.actorId);
	const b = addQuestion(q.id, { kind: 'scale', label: 'Satisfaction' }, f.actorId);
	const c = addQuestion(q.id, { kind: 'text', label: 'Remarques', required: false }, f.actorId);
	return { ...f, q, a, b, c };
}

const order = (questionnaireId: number) => getQuestionnaire(questionnaireId)!.questions.map((x) => x.label);

describe('editing a question', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('changes its text, kind, options and requirement, with an audit entry', () => {
		const row = updateQuestion(f.a.id, { kind: 'multiple', label: 'Quels dispositifs connaissez-vous ?', options: ['Fonds', ' Clauses ', ''], required: false }, f.actorId);
		expect(row).toMatchObject({ kind: 'multiple', label: 'Quels dispositifs connaissez-vous ?', options: ['Fonds', 'Clauses'], required: false });
		expect(getQuestionnaire(f.q.id)!.questions[0]).toMatchObject({ id: f.a.id, kind: 'multiple', options: ['Fonds', 'Clauses'] });
		expect(auditActions(f.council.id)[0]).toBe('questionnaire.question_update');
		// a scale or free-text question keeps no options
		expect(updateQuestion(f.a.id, { kind: 'scale', label: 'Note', options: ['x', 'y'] }, f.actorId).options).toEqual([]);
	});

	it('validates like adding does, and records nothing when nothing changes', () => {
		expect(refusal(() => updateQuestion(f.a.id, { kind: 'single', label: 'A ?', options: ['Seule'] }, f.actorId))).toBe('evaluation_error_options_required@options');
		expect(refusal(() => updateQuestion(f.a.id, { kind: 'single', label: 'A ?', options: ['Oui', 'Oui'] }, f.actorId))).toBe('evaluation_error_options_duplicate@options');
		expect(refusal(() => updateQuestion(f.a.id, { kind: 'single', label: ' ', options: ['Oui', 'Non'] }, f.actorId))).toMatch(/@label$/);
		expect(refusal(() => updateQuestion(999999, { kind: 'scale', label: 'X' }, f.actorId))).toBe('evaluation_error_question_not_found@form');
		const before = auditActions(f.council.id).length;
		updateQuestion(f.a.id, { kind: 'single', label: 'Connaissez-vous le plan ?', options: ['Oui', 'Non'], required: true }, f.actorId);
		expect(auditActions(f.council.id)).toHaveLength(before);
	});
});

describe('reordering questions', () => {
	let f: Awaited<ReturnType<typeof fixture>>;
	beforeEach(async () => {
		f = await fixture();
	});

	it('moves a question up and down, one transaction and one audit entry per move', () => {
		expect(moveQuestion(f.c.id, 'up', f.actorId)).toEqual({ moved: true, position: 2, count: 3 });
		expect(order(f.q.id)).toEqual(['Connaissez-vous le plan ?', 'Remarques', 'Satisfaction']);
		expect(auditActions(f.council.id)[0]).toBe('questionnaire.question_move');
		expect(moveQuestion(f.a.id, 'down', f.actorId)).toEqual({ moved: true, position: 2, count: 3 });
		expect(order(f.q.id)).toEqual(['Remarques', 'Connaissez-vous le plan ?', 'Satisfaction']);
	});

	it('stays put at either end', () => {
		const before = auditActions(f.council.id).length;
		expect(moveQuestion(f.a.id, 'up', f.actorId)).toEqual({ moved: false, position: 1, count: 3 });
		expect(moveQuestion(f.c.id, 'down', f.actorId)).toEqual({ moved: false, position: 3, count: 3 });
		expect(auditActions(f.council.id)).toHaveLength(before);
		expect(order(f.q.id)).toEqual(['Connaissez-vous le plan ?', 'Satisfaction', 'Remarques']);
	});

	it('keeps a total order after a removal', () => {
		removeQuestion(f.b.id, f.actorId);
		const d = addQuestion(f.q.id, { kind: 'scale', label: 'Utilité' }, f.actorId);
		expect(moveQuestion(d.id, 'up', f.actorId)).toEqual({ moved: true, position: 2, count: 3 });
		expect(order(f.q.id)).toEqual(['Connaissez-vous le plan ?', 'Utilité', 'Remarques']);
	});
});

describe('once people answer', () => {
	it('refuses editing and reordering with a message saying why', async () => {
		const f = await fixture();
		setQuestionnaireStatus(f.q.id, 'open', f.actorId);
		// open, nobody answered yet: the questions are published as they are
		expect(refusal(() => moveQuestion(f.b.id, 'up', f.actorId))).toBe('evaluation_error_questionnaire_not_draft@form');
		const member = addMember(f.council.id, ['member']);
		submitResponse(f.q.id, member.user.id, { [f.a.id]: 0, [f.b.id]: 4 });
		expect(refusal(() => updateQuestion(f.a.id, { kind: 'single', label: 'Connaissez-vous le plan ?', options: ['Non', 'Oui'] }, f.actorId))).toBe('evaluation_error_questionnaire_has_responses@form');
		expect(refusal(() => moveQuestion(f.b.id, 'up', f.actorId))).toBe('evaluation_error_questionnaire_has_responses@form');
		setQuestionnaireStatus(f.q.id, 'closed', f.actorId);
		expect(refusal(() => updateQuestion(f.c.id, { kind: 'text', label: 'Autre chose ?' }, f.actorId))).toBe('evaluation_error_questionnaire_has_responses@form');
		expect(getQuestionnaire(f.q.id)!.questions.map((x) => x.id)).toEqual([f.a.id, f.b.id, f.c.id]);
		expect(getQuestionnaire(f.q.id)!.questions[0].options).toEqual(['Oui', 'Non']);
	});
});
