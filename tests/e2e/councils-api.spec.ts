import { expect, test } from '@playwright/test';
import { DEMO } from './fixtures';
import { createCouncil, signIn, uniqueName } from './councils-helpers';

const MEMBERS = '/api/v1/councils/ess-eurometropole-demo/members';

test('anonymous callers read a public council’s members without any e-mail', async ({ request }) => {
	const response = await request.get(`${MEMBERS}?pageSize=100`);
	expect(response.status()).toBe(200);
	const body = await response.json();
	expect(body.total).toBeGreaterThan(100);
	expect(body.members).toHaveLength(100);
	expect(body.pages).toBe(Math.ceil(body.total / 100));
	for (const member of body.members) {
		expect(member).not.toHaveProperty('email');
		expect(Object.keys(member).sort()).toEqual(['college', 'id', 'name', 'organisation', 'roles', 'status']);
	}
	const karim = (await (await request.get(`${MEMBERS}?role=member&pageSize=100`)).json()).members;
	expect(karim.every((m: { roles: string[] }) => m.roles.includes('member'))).toBe(true);

	const council = await (await request.get('/api/v1/councils/ess-eurometropole-demo')).json();
	expect(council.council.colleges.map((c: { weight: number }) => c.weight)).toEqual([40, 20, 25, 15]);
	expect(council.council.voting).toMatchObject({ weighting: 'college', majority: 'absolute' });
	const colleges = await (await request.get('/api/v1/councils/ess-eurometropole-demo/colleges')).json();
	const first = colleges.colleges[0];
	const inFirst = await (await request.get(`${MEMBERS}?college=${first.id}&pageSize=1`)).json();
	expect(inFirst.total).toBe(first.memberCount);
	expect(inFirst.members[0].college).toEqual({ id: first.id, name: first.name });
});

test('the secretariat gets e-mails; bad parameters give a 400 JSON error with issues', async ({ page }) => {
	await signIn(page, DEMO.secretariat);
	const body = await (await page.request.get(`${MEMBERS}?pageSize=5`)).json();
	expect(body.members).toHaveLength(5);
	for (const member of body.members) expect(member.email).toMatch(/@/);

	const bad = await page.request.get(`${MEMBERS}?page=abc`);
	expect(bad.status()).toBe(400);
	expect(bad.headers()['content-type']).toContain('application/json');
	const error = (await bad.json()).error;
	expect(error.code).toBe('invalid_query');
	expect(error.message).toBe('Paramètres de requête invalides.');
	expect(error.issues).toEqual([{ path: 'page', message: 'Saisissez un nombre.' }]);

	const tooBig = await (await page.request.get(`${MEMBERS}?pageSize=500`)).json();
	expect(tooBig.error.issues[0].path).toBe('pageSize');
});

test('a private council answers 404 to those who may not read it, like a council that does not exist', async ({ page, request }) => {
	await signIn(page, DEMO.admin);
	const slug = await createCouncil(page, { name: uniqueName('Conseil privé e2e'), visibility: 'private' });
	expect((await page.request.get(`/api/v1/councils/${slug}`)).status()).toBe(200);
	expect((await (await page.request.get('/api/v1/councils')).json()).councils.map((c: { slug: string }) => c.slug)).toContain(slug);

	for (const path of [`/api/v1/councils/${slug}`, `/api/v1/councils/${slug}/members`, `/api/v1/councils/${slug}/colleges`]) {
		const hidden = await request.get(path);
		expect(hidden.status()).toBe(404);
		expect((await hidden.json()).error.code).toBe('not_found');
	}
	const missing = await request.get('/api/v1/councils/nothing-here');
	expect([missing.status(), (await missing.json()).error.code]).toEqual([404, 'not_found']);
	const list = await (await request.get('/api/v1/councils')).json();
	expect(list.councils.map((c: { slug: string }) => c.slug)).not.toContain(slug);

	const member = await page.context().browser()!.newContext();
	const other = await member.newPage();
	await signIn(other, DEMO.member);
	expect((await other.request.get(`/api/v1/councils/${slug}`)).status()).toBe(404);
	await member.close();
});
