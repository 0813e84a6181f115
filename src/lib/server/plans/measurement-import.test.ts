import { beforeEach, describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db } from '../db/client';
import { measurementImports, measurements } from './tables';
import { parseDateCell, parseDecimal } from './csv-values';
import { importMeasurements, ImportValidationError, listImports, previewMeasurementImport, type ImportIssue } from './measurement-import';
import { addMeasurement, history, series } from './measurements';
import { decodeWindows1252 } from '../csv-read';
import { retireIndicator } from './indicators';
import { auditActions, newIndicator, planFixture, recordEvents, smallTree } from './test-helpers';

const events = recordEvents();

describe('reading cells', () => {
	it('reads French and English numbers', () => {
		const cases: [string, number | null][] = [
			['12,5', 12.5],
			['12.5', 12.5],
			['300 000', 300000],
			['300\u00a0000', 300000],
			['1\u202f234,75', 1234.75],
			['1 234 567', 1234567],
			['1.234,5', 1234.5],
			['1,234.5', 1234.5],
			['-3,2', -3.2],
			['− 4', -4],
			['+7', 7],
			['25 %', 25],
			['10,5%', 10.5],
			[',5', 0.5],
			['0', 0],
			['  42  ', 42],
			['1,234', 1.234],
			['', null],
			['abc', null],
			['12,5,3', null],
			['1.2.3', null],
			['12 5', null],
			['30 00', null],
			['1 234.5.6', null],
			['12a', null],
			['1e5', null],
			['--3', null]
		];
		for (const [raw, expected] of cases) expect(parseDecimal(raw), raw).toBe(expected);
	});

	it('reads ISO dates, French dates and years (31 December)', () => {
		expect(parseDateCell('2018-06-30')).toEqual({ date: '2018-06-30', periodLabel: '' });
		expect(parseDateCell('2018')).toEqual({ date: '2018-12-31', periodLabel: '2018' });
		expect(parseDateCell('30/06/2018')).toEqual({ date: '2018-06-30', periodLabel: '' });
		expect(parseDateCell('1/2/2019')).toEqual({ date: '2019-02-01', periodLabel: '' });
		expect(parseDateCell('2019-02-29')).toBeNull();
		expect(parseDateCell('2020-02-29')).toEqual({ date: '2020-02-29', periodLabel: '' });
		expect(parseDateCell('2018-13-01')).toBeNull();
		expect(parseDateCell('31/02/2018')).toBeNull();
		expect(parseDateCell('18')).toBeNull();
		expect(parseDateCell('hier')).toBeNull();
		expect(parseDateCell('2018-6-30')).toBeNull();
	});
});

describe('measurements CSV import', () => {
	let f: Awaited<ReturnType<typeof planFixture>>;
	let hours: { id: number };
	let share: { id: number };
	let cost: { id: number };
	const count = () =>
		db()
			.select({ n: sql<number>`count(*)` })
			.from(measurements)
			.get()!.n;

	beforeEach(async () => {
		f = await planFixture();
		const t = smallTree(f.plan.id, f.actorId);
		hours = newIndicator(t.operational.id, f.actorId, { name: 'Heures d’insertion', baselineValue: 180000, targetValue: 300000 });
		share = newIndicator(t.operational.id, f.actorId, { name: 'Part des marchés avec clause sociale', unit: '%', baselineValue: 12, targetValue: 25 });
		cost = newIndicator(t.strategic.id, f.actorId, { name: 'Coût annuel du conseil', unit: '€', direction: 'lower', baselineValue: 26000, targetValue: 20000 });
		events.length = 0;
	});

	it('previews and imports a valid file: names or ids, French numbers, years, ; separator, BOM', async () => {
		const csv = [
			'\uFEFFIndicateur;Date;Valeur;Source;Commentaire',
			'Heures d’insertion;2016;195 000;Service achats;',
			`${hours.id};2017-12-31;214\u00a0500,5;Service achats;consolidé`,
			'part des marchés avec clause sociale;31/12/2016;13,5;;',
			'Coût annuel du conseil;2016;"25 000";Budget;"deux lignes',
			'de commentaire"',
			'',
			'Coût annuel du conseil;2017;23500;;'
		].join('\r\n');
		const preview = previewMeasurementImport(f.plan.id, csv);
		expect(preview.errors).toEqual([]);
		expect(preview).toMatchObject({ ok: true, total: 5, delimiter: ';', counts: { new: 5, corrections: 0, unchanged: 0 }, ignoredColumns: [] });
		expect(preview.rows.map((r) => [r.line, r.indicatorId, r.date, r.periodLabel, r.value, r.comment])).toEqual([
			[2, hours.id, '2016-12-31', '2016', 195000, ''],
			[3, hours.id, '2017-12-31', '', 214500.5, 'consolidé'],
			[4, share.id, '2016-12-31', '', 13.5, ''],
			[5, cost.id, '2016-12-31', '2016', 25000, 'deux lignes\r\nde commentaire'],
			[8, cost.id, '2017-12-31', '2017', 23500, '']
		]);
		expect(count()).toBe(0);

		const result = await importMeasurements(f.plan.id, csv, f.evaluator.user.id, undefined, { fileName: 'mesures.csv' });
		expect(result).toMatchObject({ total: 5, created: 5, corrected: 0, unchanged: 0 });
		expect(result.indicatorIds.sort()).toEqual([hours.id, share.id, cost.id].sort());
		expect(series(hours.id).map((p) => [p.date, p.value])).toEqual([
			['2016-12-31', 195000],
			['2017-12-31', 214500.5]
		]);
		expect(listImports(f.plan.id)).toMatchObject([{ id: result.importId, fileName: 'mesures.csv', rowCount: 5, createdCount: 5, actorName: f.evaluator.user.name }]);
		expect(db().select().from(measurements).where(eq(measurements.importId, result.importId)).all()).toHaveLength(5);
		expect(auditActions(f.council.id)[0]).toBe('measurements.import');
		expect(events).toEqual([{ type: 'measurements.imported', councilId: f.council.id, planId: f.plan.id, indicatorIds: result.indicatorIds, count: 5 }]);
	});

	it('a preview writes nothing (so the page’s preview stays a plain form action, not a declared action)', () => {
		const changes = () => db().$client.prepare('select total_changes()').pluck().get();
		const before = changes();
		expect(previewMeasurementImport(f.plan.id, ['Indicateur;Date;Valeur', 'Heures d’insertion;2016;195 000', 'Inconnu;2016;x'].join('\n')).total).toBe(2);
		expect(changes()).toBe(before);
		expect(events).toEqual([]);
	});

	it('accepts a comma-separated file with quoted decimal commas and English headers in any order', () => {
		const csv = ['value,indicator,date,comment,extra', `"12,5",${share.id},2018,"ok, vu",x`, `14.5,${share.id},2019,,`].join('\n');
		const preview = previewMeasurementImport(f.plan.id, csv);
		expect(preview.errors).toEqual([]);
		expect(preview.ignoredColumns).toEqual(['extra']);
		expect(preview.rows.map((r) => [r.value, r.comment])).toEqual([
			[12.5, 'ok, vu'],
			[14.5, '']
		]);
	});

	it('reports every bad row by line and field, with a message code', () => {
		retireIndicator(cost.id, f.actorId);
		const csv = [
			'indicator;date;value;source;comment',
			'Heures d’insertion;2016;195000;;', // 2 fine
			'Indicateur inconnu;2016;10;;', // 3 unknown indicator
			'Heures d’insertion;2016-02-30;10;;', // 4 bad date
			'Heures d’insertion;2018;douze;;', // 5 bad number
			'Heures d’insertion;2019;;;', // 6 missing value
			'Heures d’insertion;2016-12-31;196000;;', // 7 duplicate of line 2
			'Coût annuel du conseil;2016;1;;', // 8 retired indicator
			';;;;', // blank row: skipped
			'Heures d’insertion;2020;1;;;trop', // 10 too many fields
			'999999;;abc;;' // 11 unknown id, missing date, bad number
		].join('\n');
		const preview = previewMeasurementImport(f.plan.id, csv);
		const issues = preview.errors.map((e: ImportIssue) => [e.line, e.field, e.code, e.params]);
		expect(issues).toEqual([
			[3, 'indicator', 'plans_import_e_unknown_indicator', { value: 'Indicateur inconnu' }],
			[4, 'date', 'plans_import_e_bad_date', { value: '2016-02-30' }],
			[5, 'value', 'plans_import_e_bad_number', { value: 'douze' }],
			[6, 'value', 'plans_import_e_required', {}],
			[7, 'date', 'plans_import_e_duplicate_row', { line: '2' }],
			[8, 'indicator', 'plans_import_e_indicator_retired', { name: 'Coût annuel du conseil' }],
			[10, 'row', 'plans_import_e_field_count', { expected: '5', found: '6' }],
			[11, 'indicator', 'plans_import_e_unknown_indicator', { value: '999999' }],
			[11, 'date', 'plans_import_e_required', {}],
			[11, 'value', 'plans_import_e_bad_number', { value: 'abc' }]
		]);
		expect(preview.ok).toBe(false);
		expect(preview.total).toBe(9);
		expect(preview.rows.map((r) => r.line)).toEqual([2]);
	});

	it('reports file-level problems on line 1', () => {
		const issues = (csv: string) => previewMeasurementImport(f.plan.id, csv).errors.map((e) => [e.line, e.field, e.code, e.params]);
		expect(issues('')).toEqual([[1, 'file', 'plans_import_e_no_header', {}]]);
		expect(issues('indicator;date;value\n')).toEqual([[1, 'file', 'plans_import_e_no_rows', {}]]);
		expect(issues('indicateur;valeur\nx;1')).toEqual([[1, 'date', 'plans_import_e_missing_column', { column: 'date' }]]);
		expect(issues('indicator;date;value;valeur\nx;2016;1;2')).toEqual([[1, 'value', 'plans_import_e_duplicate_column', { column: 'valeur' }]]);
	});

	it('writes all or nothing', async () => {
		addMeasurement(hours.id, { date: '2016-12-31', value: 190000 }, f.actorId);
		const before = count();
		const csv = ['indicator;date;value', 'Heures d’insertion;2016;195000', 'Heures d’insertion;2017;214000', 'Heures d’insertion;2018;pas de chiffre'].join('\n');
		let error: unknown;
		try {
			await importMeasurements(f.plan.id, csv, f.actorId);
		} catch (e) {
			error = e;
		}
		expect(error).toBeInstanceOf(ImportValidationError);
		expect((error as ImportValidationError).code).toBe('plans_import_error_invalid');
		expect((error as ImportValidationError).errors).toMatchObject([{ line: 4, field: 'value', code: 'plans_import_e_bad_number' }]);
		expect(count()).toBe(before);
		expect(series(hours.id).map((p) => p.value)).toEqual([190000]);
		expect(db().select().from(measurementImports).all()).toEqual([]);
		expect(events.filter((e) => e.type === 'measurements.imported')).toEqual([]);
	});

	it('re-validates inside the transaction: an indicator retired meanwhile aborts everything', async () => {
		const lines = ['indicator;date;value'];
		for (let i = 0; i < 1200; i++) lines.push(`${i < 600 ? share.id : hours.id};${2000 + Math.floor(i / 12)}-${String((i % 12) + 1).padStart(2, '0')}-01;${i}`);
		const before = count();
		let retired = false;
		const run = importMeasurements(f.plan.id, lines.join('\n'), f.actorId, (done, _total, phase) => {
			if (phase === 'validate' && done >= 500 && !retired) {
				retired = true;
				retireIndicator(share.id, f.actorId);
			}
		});
		await expect(run).rejects.toBeInstanceOf(ImportValidationError);
		expect(count()).toBe(before);
	});

	it('imports a value for an existing date as a correction that keeps the history', async () => {
		const old = addMeasurement(hours.id, { date: '2016-12-31', value: 190000, source: 'Estimation', comment: 'provisoire' }, f.evaluator.user.id);
		addMeasurement(share.id, { date: '2016-12-31', value: 13.5, source: 'DAJ' }, f.evaluator.user.id);
		const csv = ['indicator;date;value;source;comment', 'Heures d’insertion;2016;195 000;;', 'Part des marchés avec clause sociale;2016;13,5;;'].join('\n');
		const preview = previewMeasurementImport(f.plan.id, csv);
		expect(preview.counts).toEqual({ new: 0, corrections: 1, unchanged: 1 });
		expect(preview.rows.map((r) => [r.change, r.previous])).toEqual([
			['correction', { id: old.id, value: 190000 }],
			['unchanged', expect.objectContaining({ value: 13.5 })]
		]);
		const result = await importMeasurements(f.plan.id, csv, f.actorId);
		expect(result).toMatchObject({ created: 0, corrected: 1, unchanged: 1, indicatorIds: [hours.id] });
		const h = history(hours.id);
		expect(h.map((e) => [e.value, e.status, e.source, e.comment, e.importId])).toEqual([
			[190000, 'superseded', 'Estimation', 'provisoire', null],
			[195000, 'current', 'Estimation', 'provisoire', result.importId]
		]);
		expect(h[0]).toMatchObject({ supersededById: h[1].id, endedBy: { id: f.actorId }, enteredBy: { id: f.evaluator.user.id } });
		expect(h[1].replacesId).toBe(old.id);
		expect(history(share.id)).toHaveLength(1);
		// importing the same file again changes nothing
		const again = await importMeasurements(f.plan.id, csv, f.actorId);
		expect(again).toMatchObject({ created: 0, corrected: 0, unchanged: 2 });
		expect(history(hours.id)).toHaveLength(2);
	});

	it('re-importing the same value with another source or comment is not a correction', async () => {
		addMeasurement(share.id, { date: '2016-12-31', value: 13.5, source: 'DAJ', comment: 'rapport annuel' }, f.evaluator.user.id);
		const csv = ['indicateur;date;valeur;source;commentaire', 'Part des marchés avec clause sociale;2016;13,5;INSEE;repris du tableau de bord'].join('\n');
		const preview = previewMeasurementImport(f.plan.id, csv);
		expect(preview.counts).toEqual({ new: 0, corrections: 0, unchanged: 1 });
		expect(preview.rows[0]).toMatchObject({ change: 'unchanged', source: 'DAJ', comment: 'rapport annuel' });
		const result = await importMeasurements(f.plan.id, csv, f.actorId);
		expect(result).toMatchObject({ created: 0, corrected: 0, unchanged: 1 });
		expect(history(share.id)).toHaveLength(1);
	});

	it('an indicator name spoiled by the file encoding says "encodage ?" instead of only unknown', () => {
		const spoiled = decodeWindows1252(new TextEncoder().encode('Heures d’insertion'));
		expect(spoiled).not.toBe('Heures d’insertion');
		const preview = previewMeasurementImport(f.plan.id, ['indicateur;date;valeur', `${spoiled};2019;12`, 'Heures d\uFFFDinsertion;2019;12', 'Indicateur qui n’existe pas;2019;3'].join('\n'));
		expect(preview.errors.map((e) => [e.line, e.code])).toEqual([
			[2, 'plans_import_e_unknown_indicator_encoding'],
			[3, 'plans_import_e_unknown_indicator_encoding'],
			[4, 'plans_import_e_unknown_indicator']
		]);
	});

	it('imports 10 000 rows quickly, reporting progress as it goes', async () => {
		const indicators = [hours.id, share.id, cost.id];
		const lines = ['indicator;date;value;source'];
		const start = Date.UTC(1990, 0, 1);
		const french = new Intl.NumberFormat('fr-FR');
		for (let i = 0; i < 10_000; i++) {
			const day = new Date(start + Math.floor(i / 3) * 86_400_000).toISOString().slice(0, 10);
			lines.push(`${indicators[i % 3]};${day};${french.format(1000 + i)},5;Fichier`);
		}
		addMeasurement(hours.id, { date: '1990-01-01', value: 1 }, f.actorId); // one correction among them
		const calls: [number, number, string, number][] = [];
		const t0 = performance.now();
		const result = await importMeasurements(f.plan.id, lines.join('\n'), f.actorId, (done, total, phase) => calls.push([done, total, phase, performance.now()]));
		const ms = performance.now() - t0;
		const writeMs = calls.at(-1)![3] - calls.find((c) => c[2] === 'write')![3];
		expect(result).toMatchObject({ total: 10_000, created: 9_999, corrected: 1 });
		expect(count()).toBe(10_001);
		// generous bounds for a loaded CI machine; alone it takes well under a second in Node
		expect(ms).toBeLessThan(10_000);
		expect(writeMs).toBeLessThan(2_000);
		const validate = calls.filter((c) => c[2] === 'validate').map(([d, t, p]) => [d, t, p] as const);
		const write = calls.filter((c) => c[2] === 'write').map(([d, t, p]) => [d, t, p] as const);
		expect(validate[0]).toEqual([0, 10_000, 'validate']);
		expect(validate.at(-1)).toEqual([10_000, 10_000, 'validate']);
		expect(validate.length).toBeGreaterThanOrEqual(20);
		expect(write.at(-1)).toEqual([10_000, 10_000, 'write']);
		expect(write.length).toBeGreaterThanOrEqual(20);
		for (const list of [validate, write]) for (let i = 1; i < list.length; i++) expect(list[i][0]).toBeGreaterThanOrEqual(list[i - 1][0]);
		expect(series(share.id)[0]).toMatchObject({ date: '1990-01-01', value: 1001.5 });
		console.info(`10 000-row import: ${Math.round(ms)} ms (writing ${Math.round(writeMs)} ms)`);
	});
});
