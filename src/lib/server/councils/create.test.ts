import { beforeEach, describe, expect, it } from 'vitest';
import { useTestDatabase } from '../db/client';
import { checkCollegeWeights, createCouncil, slugify } from './create';
import { createUser } from '../auth/users';
import { councilOverview } from './overview';
import { DomainError } from '../errors';

describe('council creation', () => {
	let adminId: number;
	beforeEach(async () => {
		useTestDatabase();
		adminId = (await createUser({ email: 'a@example.org', name: 'A', isAdmin: true })).id;
	});

	it('refuses college weights that do not total 100 when weighting by college', () => {
		expect(() => checkCollegeWeights('college', [40, 20, 25, 10])).toThrow(DomainError);
		expect(() => checkCollegeWeights('college', [40, 20, 25, 15])).not.toThrow();
		expect(() => checkCollegeWeights('college', [33.33, 33.33, 33.34])).not.toThrow();
		expect(() => checkCollegeWeights('none', [1, 2])).not.toThrow();
		try {
			checkCollegeWeights('college', [50, 20]);
		} catch (e) {
			expect((e as DomainError).field).toBe('weights');
			expect((e as DomainError).params).toEqual({ total: 70 });
		}
	});

	it('creates the council with its colleges and the default taxonomy in one go', () => {
		const council = createCouncil(
			{
				name: 'Conseil test',
				slug: slugify('Conseil de l’ESS — Test'),
				territory: 'Lille',
				description: '',
				isPublic: false,
				weighting: 'college',
				colleges: [
					{ name: 'A', weight: 60 },
					{ name: 'B', weight: 40 }
				]
			},
			adminId
		);
		expect(council.slug).toBe('conseil-de-l-ess-test');
		const overview = councilOverview(council.id);
		expect(overview.colleges.map((c) => [c.name, c.weight])).toEqual([
			['A', 60],
			['B', 40]
		]);
		expect(overview.themes.filter((t) => t.kind === 'theme')).toHaveLength(17);
		expect(overview.themes.filter((t) => t.kind === 'lever')).toHaveLength(10);
	});
});
