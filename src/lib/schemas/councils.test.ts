import { describe, expect, it } from 'vitest';
import { apiMembersQuerySchema, collegeWeightsSchema, createCouncilSchema, votingSchema } from './councils';
import './zod-i18n';

const base = {
	name: 'Conseil de l’ESS — Lille',
	slug: '',
	territory: 'Lille',
	description: '',
	visibility: 'private',
	weighting: 'college',
	majority: 'simple',
	majorityBase: 'cast',
	quorumKind: 'none',
	quorumValue: '',
	proxyLimit: '1',
	supportThreshold: '0',
	collegeName: ['A', 'B', '', ''],
	collegeDescription: ['', '', '', ''],
	collegeWeight: ['60', '40', '', '']
};

const paths = (r: { success: boolean; error?: { issues: { path: PropertyKey[] }[] } }) => r.error?.issues.map((i) => i.path.join('.')) ?? [];

describe('council creation form', () => {
	it('reads the college rows, skips empty ones and derives the slug from the name', () => {
		const r = createCouncilSchema.safeParse(base);
		expect(r.success).toBe(true);
		expect(r.data).toMatchObject({
			slug: 'conseil-de-l-ess-lille',
			isPublic: false,
			quorumValue: 0,
			proxyLimit: 1,
			colleges: [
				{ name: 'A', description: '', weight: 60 },
				{ name: 'B', description: '', weight: 40 }
			]
		});
	});

	it('puts the weights total error on "weights", and row errors on their row', () => {
		const r = createCouncilSchema.safeParse({ ...base, collegeWeight: ['60', '30', '', '5'], collegeName: ['A', 'B', '', ''] });
		expect(paths(r)).toEqual(['collegeName.3', 'weights']);
	});

	it('accepts decimal weights with a comma, and refuses duplicate names and bad slugs', () => {
		expect(createCouncilSchema.safeParse({ ...base, collegeName: ['A', 'B', 'C'], collegeWeight: ['33,33', '33.33', '33,34'], collegeDescription: [] }).success).toBe(true);
		expect(paths(createCouncilSchema.safeParse({ ...base, collegeName: ['A', 'a'] }))).toEqual(['collegeName.1']);
		expect(paths(createCouncilSchema.safeParse({ ...base, slug: 'Pas bon!' }))).toEqual(['slug']);
	});

	it('checks the quorum value against its kind', () => {
		const voting = { weighting: 'none', majority: 'simple', majorityBase: 'cast', proxyLimit: '1', supportThreshold: '0' };
		expect(paths(votingSchema.safeParse({ ...voting, quorumKind: 'count', quorumValue: '2.5' }))).toEqual(['quorumValue']);
		expect(paths(votingSchema.safeParse({ ...voting, quorumKind: 'share', quorumValue: '120' }))).toEqual(['quorumValue']);
		expect(votingSchema.parse({ ...voting, quorumKind: 'share', quorumValue: '25' }).quorumValue).toBe(25);
		expect(votingSchema.parse({ ...voting, quorumKind: 'none', quorumValue: '25' }).quorumValue).toBe(0);
		expect(paths(votingSchema.safeParse({ ...voting, quorumKind: 'none', proxyLimit: '' }))).toEqual(['proxyLimit']);
	});

	it('reads the weights form', () => {
		expect(collegeWeightsSchema.parse({ collegeId: ['3', '4'], weight: ['60', '40,5'] })).toEqual([
			{ id: 3, weight: 60 },
			{ id: 4, weight: 40.5 }
		]);
		expect(paths(collegeWeightsSchema.safeParse({ collegeId: ['3', '4'], weight: ['60', 'x'] }))).toEqual(['weight.1']);
	});
});

describe('members API query', () => {
	it('has defaults, caps the page size and refuses a bad page', () => {
		expect(apiMembersQuerySchema.parse({})).toEqual({ page: 1, pageSize: 25, status: 'active' });
		expect(paths(apiMembersQuerySchema.safeParse({ page: 'abc' }))).toEqual(['page']);
		expect(paths(apiMembersQuerySchema.safeParse({ pageSize: '101' }))).toEqual(['pageSize']);
		expect(paths(apiMembersQuerySchema.safeParse({ role: 'king' }))).toEqual(['role']);
		expect(apiMembersQuerySchema.parse({ page: '2', pageSize: '100', college: '4', role: 'chair' })).toMatchObject({ page: 2, pageSize: 100, college: 4, role: 'chair' });
	});
});
