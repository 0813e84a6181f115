import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { catchError } from '../test-support';
import { subscribe, type DomainEvent } from '../events/bus';
import { getCouncilById } from './councils';
import { updateCouncilGeneral, updateVotingDefaults } from './settings';
import { updateCollegeWeights } from './colleges';
import { auditEntries, councilFixture } from './councils.fixtures';
import { MEMBER_ROLES, type VotingDefaults } from '../../schemas/council-options';
import { COUNCIL_ROLES } from '../auth/permissions';

const voting: VotingDefaults = {
	weighting: 'college',
	majority: 'absolute',
	majorityBase: 'cast_abstain',
	quorumKind: 'share',
	quorumValue: 25,
	proxyLimit: 2,
	secretMinGroup: 3,
	supportThreshold: 10
};

describe('council settings', () => {
	beforeEach(() => {
		useTestDatabase();
	});

	it('updates general information with one audit entry listing the changes, and publishes council.changed', async () => {
		const { admin, council } = await councilFixture();
		const events: DomainEvent[] = [];
		const stop = subscribe((e) => events.push(e));
		const result = updateCouncilGeneral(council.id, { name: 'Nouveau nom', territory: 'Lille', description: 'Texte', isPublic: false }, admin.id);
		stop();
		expect(result.changed).toBe(true);
		const saved = getCouncilById(council.id)!;
		expect([saved.name, saved.description, saved.isPublic]).toEqual(['Nouveau nom', 'Texte', false]);
		const [entry] = auditEntries(council.id);
		expect(entry.action).toBe('council.update');
		expect(entry.actorId).toBe(admin.id);
		expect(entry.details).toEqual({
			changes: { name: { from: 'Conseil test', to: 'Nouveau nom' }, description: { from: '', to: 'Texte' }, isPublic: { from: true, to: false } }
		});
		expect(events).toEqual([{ type: 'council.changed', councilId: council.id }]);
	});

	it('writes nothing when nothing changed', async () => {
		const { admin, council } = await councilFixture();
		const before = auditEntries(council.id).length;
		const result = updateCouncilGeneral(council.id, { name: council.name, territory: council.territory, description: '', isPublic: true }, admin.id);
		expect(result.changed).toBe(false);
		expect(auditEntries(council.id)).toHaveLength(before);
	});

	it('saves the voting defaults with an audit entry', async () => {
		const { admin, council } = await councilFixture();
		updateVotingDefaults(council.id, voting, admin.id);
		const saved = getCouncilById(council.id)!;
		expect([saved.majority, saved.majorityBase, saved.quorumKind, saved.quorumValue, saved.proxyLimit, saved.supportThreshold]).toEqual(['absolute', 'cast_abstain', 'share', 25, 2, 10]);
		expect(auditEntries(council.id)[0].action).toBe('council.voting_update');
	});

	it('refuses to weight by college when the weights do not total 100, and changes nothing', async () => {
		const { admin, council, colleges } = await councilFixture({ weighting: 'none' });
		updateCollegeWeights(
			council.id,
			colleges.map((c) => ({ id: c.id, weight: 10 })),
			admin.id
		);
		const count = auditEntries(council.id).length;
		const error = catchError(() => updateVotingDefaults(council.id, voting, admin.id));
		expect(error.code).toBe('councils_error_weights_total');
		expect(error.field).toBe('weighting');
		expect(error.params).toEqual({ total: 40 });
		expect(getCouncilById(council.id)!.weighting).toBe('none');
		expect(auditEntries(council.id)).toHaveLength(count);
	});

	it('refuses to weight by college a council without colleges', async () => {
		const { admin, council } = await councilFixture({ weighting: 'none', colleges: [] });
		expect(catchError(() => updateVotingDefaults(council.id, voting, admin.id)).code).toBe('councils_error_weighting_no_college');
	});

	it('keeps the role list of the forms in step with the permission table', () => {
		expect([...MEMBER_ROLES]).toEqual([...COUNCIL_ROLES]);
	});
});
