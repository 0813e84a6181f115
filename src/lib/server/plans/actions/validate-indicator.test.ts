// Validating an indicator by hand takes the date of the validation and its reference: both stored, shown (the
// indicator page reads them) and exported (CSV and JSON).
import { describe, expect, it } from 'vitest';
import { actorFor } from '../../proposals/access';
import { perform } from '../../actions/perform';
import { refusalCode } from '../../test-support';
import { getIndicator } from '../indicators';
import { indicatorDefinitionJson, indicatorsCsv } from '../export';
import { planTreeWithProgress } from '../tree-progress';
import { newIndicator, planFixture, smallTree } from '../test-helpers';
import { validateIndicator } from '.';

async function fixture() {
	const f = await planFixture();
	const tree = smallTree(f.plan.id, f.actorId);
	const indicator = newIndicator(tree.strategic.id, f.actorId, { name: 'Heures d’insertion' });
	const secretariat = actorFor(f.secretariat.user.id, f.council.id);
	const input = (extra: object) => ({ planId: f.plan.id, indicatorId: indicator.id, ref: 'Délibération 2016-14', ...extra });
	return { ...f, indicator, secretariat, input };
}

describe('validating an indicator by hand', () => {
	it('stores the date and the reference given, and exports both', async () => {
		const f = await fixture();
		perform(f.secretariat, f.council, validateIndicator, f.input({ validatedOn: '2016-06-14' }));
		const row = getIndicator(f.indicator.id)!;
		expect(row).toMatchObject({ state: 'validated', validationRef: 'Délibération 2016-14' });
		expect(row.validatedAt!.toISOString()).toBe('2016-06-14T00:00:00.000Z');
		expect(indicatorDefinitionJson(row)).toMatchObject({ validatedAt: '2016-06-14T00:00:00.000Z', validationRef: 'Délibération 2016-14' });
		const csv = indicatorsCsv(planTreeWithProgress(f.plan.id)!);
		expect(csv).toContain('validated_at,validation_ref');
		expect(csv).toContain('2016-06-14T00:00:00.000Z,Délibération 2016-14');
	});

	it('needs a calendar date that is not in the future', async () => {
		const f = await fixture();
		expect(refusalCode(() => perform(f.secretariat, f.council, validateIndicator, f.input({})))).toBe('common_error_invalid_input');
		expect(refusalCode(() => perform(f.secretariat, f.council, validateIndicator, f.input({ validatedOn: '14/06/2016' })))).toBe('common_error_invalid_input');
		expect(refusalCode(() => perform(f.secretariat, f.council, validateIndicator, f.input({ validatedOn: '2999-01-01' })))).toBe('plans_error_validation_future');
		expect(getIndicator(f.indicator.id)!.state).toBe('proposed');
	});
});
