import { describe, expect, it } from 'vitest';
import { eq, sql } from 'drizzle-orm';
import { db, useTestDatabase } from '../db/client';
import { seedDemo, DEMO_COUNCIL_SLUG } from '../demo/seed';
import { councils } from '../councils/tables';
import { getUserByEmail } from '../auth/users';
import { listProposals, listMyDrafts } from './list';
import { proposals } from './tables';
import { timelineOf } from './read';
import { listVersions } from './amendments';

describe('demo proposals', () => {
	it('tells the story of docs/domain.md (The demo council) in varied states', async () => {
		useTestDatabase();
		await seedDemo();
		const council = db().select().from(councils).where(eq(councils.slug, DEMO_COUNCIL_SLUG)).get()!;
		const all = db().select().from(proposals).where(eq(proposals.councilId, council.id)).all();
		const states = new Set(all.map((p) => p.state));
		for (const s of ['draft', 'submitted', 'accepted', 'scheduled', 'merged', 'declined', 'adopted', 'rejected', 'in_implementation', 'implemented', 'abandoned']) expect(states, s).toContain(s);
		expect(all.filter((p) => p.state === 'implemented')).toHaveLength(8);
		const karim = getUserByEmail('membre@demo.cocon.fr')!;
		expect(all.filter((p) => p.authorId === karim.id && p.state !== 'draft').length).toBeGreaterThanOrEqual(1);
		expect(listMyDrafts(council.id, karim.id)).toHaveLength(1);
		expect(all.every((p) => p.state === 'draft' || p.submittedAt)).toBe(true);
		// counts match the rows
		const supports = db().get<{ bad: number }>(sql`select count(*) as bad from proposals p where supports_count <> (select count(*) from proposal_supports s where s.proposal_id = p.id)`)!;
		const comments = db().get<{ bad: number }>(
			sql`select count(*) as bad from proposals p where comments_count <> (select count(*) from proposal_comments c where c.proposal_id = p.id and c.hidden_at is null)`
		)!;
		expect([supports.bad, comments.bad]).toEqual([0, 0]);
		// one amendment, accepted, with two versions to compare
		const amended = all.find((p) => p.version === 2)!;
		expect(listVersions(amended.id)).toHaveLength(2);
		// a full timeline for an achievement, in date order
		const achievement = all.find((p) => p.state === 'implemented')!;
		const story = timelineOf(achievement.id);
		expect(story.map((e) => e.toState).filter(Boolean)).toEqual(['draft', 'submitted', 'accepted', 'scheduled', 'adopted', 'in_implementation', 'implemented']);
		expect(story.map((e) => e.createdAt.getTime())).toEqual([...story.map((e) => e.createdAt.getTime())].sort((a, b) => a - b));
		// search finds them
		expect(listProposals({ councilId: council.id, q: 'chambres consulaires' }).rows[0].title).toBe('Ouvrir le conseil de l’ESS aux chambres consulaires');
		expect(listProposals({ councilId: council.id, state: 'implemented' }).total).toBe(8);
	});
});
