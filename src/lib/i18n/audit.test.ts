import { describe, expect, it } from 'vitest';
import { auditActionLabel, auditDetailLines, auditEntityLabel } from './audit';

describe('audit entries as people read them (French, the base locale)', () => {
	it('labels known actions and entity types, and falls back to the raw code', () => {
		expect(auditActionLabel('college.weights_update')).toBe('Poids des collèges modifiés');
		expect(auditActionLabel('something.new')).toBe('something.new');
		expect(auditEntityLabel('lever')).toBe('Levier d’action');
		expect(auditEntityLabel('gadget')).toBe('gadget');
	});

	it('summarises changes field by field, with translated fields and coded values', () => {
		expect(auditDetailLines({ changes: { isPublic: { from: true, to: false }, weighting: { from: 'none', to: 'college' }, quorumValue: { from: 0, to: 12.5 } } })).toEqual([
			'public : oui → non',
			'pondération : Aucune : 1 membre = 1 voix → Par collège : chaque collège pèse une part du résultat',
			'valeur du quorum : 0 → 12,5'
		]);
		expect(auditDetailLines({ name: 'A', weight: 40, description: '' })).toEqual(['nom : A', 'poids : 40', 'description : (vide)']);
		expect(auditDetailLines(null)).toEqual([]);
	});

	it('labels proposal transitions and their states, and reads any top-level from/to as a state change', () => {
		expect(auditActionLabel('proposal.start_implementation')).toBe('Mise en œuvre de la proposition commencée');
		expect(auditActionLabel('proposal.submit')).toBe('Proposition déposée');
		expect(auditDetailLines({ from: 'in_implementation', to: 'implemented', voteId: 3 }, 8, 'proposal')).toEqual(['état : En cours de mise en œuvre → Mise en œuvre', 'vote n° : 3']);
		expect(auditDetailLines({ from: 'draft', to: 'open' }, 8, 'gadget')).toEqual(['état : draft → open']);
	});

	it('shows long texts from just before their first difference', () => {
		const before = 'Conseil de l’économie sociale et solidaire créé en 2010 par la Ville, l’Eurométropole et la CRESS pour orienter la stratégie.';
		const [line] = auditDetailLines({ changes: { description: { from: before, to: `${before} Nouvelle phrase.` } } });
		expect(line).toMatch(/^description : …/);
		expect(line).toContain('→ …');
		expect(line).toContain('Nouvelle phrase.');
	});
});
