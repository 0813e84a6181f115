// What the proposal form offers: the council's themes and levers, the members who may co-author, and the
// writer's own organisation (taken from their membership).
import { sql } from 'drizzle-orm';
import { db } from '../db/client';

export function writerOptions(councilId: number, userId: number) {
	const tags = db().all<{ id: number; name: string; kind: string }>(sql`
		select id, name, kind from themes where council_id = ${councilId} and archived = 0 order by kind, position, id`);
	const members = db()
		.all<{ id: number; name: string; organisation: string | null; roles: string }>(
			sql`
			select u.id, u.name, o.name as organisation, m.roles from memberships m
			join users u on u.id = m.user_id
			left join organisations o on o.id = m.organisation_id
			where m.council_id = ${councilId} and m.status = 'active' and m.user_id <> ${userId}
			order by u.name collate nocase`
		)
		.filter((r) => (JSON.parse(r.roles) as string[]).includes('member'))
		.map(({ id, name, organisation }) => ({ id, name, organisation }));
	const own = db().get<{ organisation: string | null }>(sql`
		select o.name as organisation from memberships m left join organisations o on o.id = m.organisation_id
		where m.council_id = ${councilId} and m.user_id = ${userId}`);
	return {
		themes: tags.filter((t) => t.kind === 'theme').map(({ id, name }) => ({ id, name })),
		levers: tags.filter((t) => t.kind === 'lever').map(({ id, name }) => ({ id, name })),
		members,
		organisation: own?.organisation ?? null
	};
}
