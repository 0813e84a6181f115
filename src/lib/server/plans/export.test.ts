import { describe, expect, it } from 'vitest';
import { planTreeWithProgress } from './tree-progress';
import { indicatorsCsv } from './export';
import { validateIndicator } from './indicators';
import { newIndicator, planFixture, smallTree } from './test-helpers';

describe('indicators.csv', () => {
	it('gives every indicator field of docs/domain.md (Indicators), the responsible member and the validation date included', async () => {
		const f = await planFixture();
		const t = smallTree(f.plan.id, f.actorId);
		const named = newIndicator(t.strategic.id, f.actorId, { name: 'Heures d’insertion', responsibleMembershipId: f.evaluator.membership.id });
		newIndicator(t.strategic.id, f.actorId, { name: 'Sans responsable' });
		validateIndicator(named.id, { ref: 'Délibération 2016-14', validatedAt: new Date('2016-06-14T18:00:00Z') }, f.actorId);
		const lines = indicatorsCsv(planTreeWithProgress(f.plan.id)!)
			.replace(/^\uFEFF/, '')
			.trim()
			.split(/\r?\n/);
		const header = lines[0].split(',');
		expect(header).toEqual([
			'id',
			'plan',
			'objective',
			'name',
			'definition',
			'unit',
			'direction',
			'baseline_value',
			'baseline_date',
			'target_value',
			'target_date',
			'frequency',
			'source',
			'state',
			'latest_value',
			'latest_date',
			'progress',
			'status',
			'responsible',
			'validated_at',
			'validation_ref'
		]);
		const row = (name: string) => {
			const cells = lines.find((l) => l.includes(name))!.split(',');
			return Object.fromEntries(header.map((h, i) => [h, cells[i]]));
		};
		expect(row('Heures d’insertion')).toMatchObject({
			state: 'validated',
			responsible: f.evaluator.user.name,
			validated_at: '2016-06-14T18:00:00.000Z',
			validation_ref: 'Délibération 2016-14',
			baseline_value: '100',
			target_value: '200',
			frequency: 'yearly'
		});
		expect(row('Sans responsable')).toMatchObject({ state: 'proposed', responsible: '', validated_at: '', validation_ref: '' });
	});
});
