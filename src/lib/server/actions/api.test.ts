// The JSON transport of the runner: POST /api/v1/councils/:slug/actions/:name.
import { describe, expect, it } from 'vitest';
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { users } from '../auth/tables';
import { config } from '../config';
import { proposalComments } from '../proposals/tables';
import { setup } from '../proposals/test-fixtures';
import { runApiAction } from './api';

const post = (body: unknown, headers: Record<string, string> = { 'content-type': 'application/json' }) =>
	new Request('http://localhost/api', { method: 'POST', headers, body: typeof body === 'string' ? body : JSON.stringify(body) });

function locals(userId: number | null): App.Locals {
	const user = userId ? db().select().from(users).where(eq(users.id, userId)).get() : null;
	return { user: user ? { id: user.id, isAdmin: user.isAdmin } : null, session: null } as unknown as App.Locals;
}

describe('POST /api/v1/councils/:slug/actions/:name', () => {
	it('runs the action for the caller, exactly as the form would', async () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const res = await runApiAction(post({ proposalId: id, body: 'Par l’API' }), locals(fx.people.member.id), fx.council.slug, 'proposals.addComment');
		expect(res.status).toBe(200);
		expect(await res.json()).toEqual({ data: { ok: true } });
		expect(
			db()
				.select()
				.from(proposalComments)
				.where(eq(proposalComments.proposalId, id))
				.all()
				.map((c) => c.body)
		).toEqual(['Par l’API']);
	});

	it('answers refusals with the error shape and per-field issues', async () => {
		const fx = setup();
		const id = fx.proposalIn('submitted');
		const anonymous = await runApiAction(post({ proposalId: id, body: 'x' }), locals(null), fx.council.slug, 'proposals.addComment');
		expect(anonymous.status).toBe(401);
		const observer = await runApiAction(post({ proposalId: id, body: 'x' }), locals(fx.people.observer.id), fx.council.slug, 'proposals.addComment');
		expect(observer.status).toBe(403);
		const invalid = await runApiAction(post({ proposalId: id, body: '' }), locals(fx.people.member.id), fx.council.slug, 'proposals.addComment');
		expect(invalid.status).toBe(400);
		expect((await invalid.json()).error.issues.map((i: { path: string }) => i.path)).toEqual(['body']);
		const missing = await runApiAction(post({ proposalId: 999999, body: 'x' }), locals(fx.people.member.id), fx.council.slug, 'proposals.addComment');
		expect(missing.status).toBe(404);
	});

	it('refuses what is not JSON, another site, unknown actions and councils the caller may not read', async () => {
		const fx = setup({ isPublic: false });
		const id = fx.proposalIn('submitted');
		const me = locals(fx.people.member.id);
		expect((await runApiAction(post('body=x', { 'content-type': 'text/plain' }), me, fx.council.slug, 'proposals.addComment')).status).toBe(415);
		expect((await runApiAction(post({ proposalId: id, body: 'x' }, { 'content-type': 'application/json', origin: 'https://evil.example' }), me, fx.council.slug, 'proposals.addComment')).status).toBe(
			403
		);
		expect(
			(await runApiAction(post({ proposalId: id, body: 'x' }, { 'content-type': 'application/json', origin: new URL(config.origin).origin }), me, fx.council.slug, 'proposals.addComment')).status
		).toBe(200);
		expect((await runApiAction(post({}), me, fx.council.slug, 'proposals.nothing')).status).toBe(404);
		expect((await runApiAction(post({}), me, fx.council.slug, 'councils.create')).status).toBe(404);
		expect((await runApiAction(post({ proposalId: id, body: 'x' }), locals(null), fx.council.slug, 'proposals.addComment')).status).toBe(404);
	});
});
