// The workshop of an API URL, for the caller: 404 unless it exists in the council and the caller may read it.
import { m } from '$lib/paraglide/messages';
import { apiError } from '$lib/server/http/api';
import { workshopRights, getWorkshop } from '$lib/server/workshops/access';
import { councilOrError } from '../../../common';

export function workshopForApi(locals: App.Locals, slug: string, rawId: string) {
	const access = councilOrError(locals, slug, 'workshops.read');
	if (!access.ok) return access;
	const id = Number(rawId);
	const workshop = Number.isSafeInteger(id) && id > 0 ? getWorkshop(id) : undefined;
	if (!workshop || !workshopRights(access.actor, access.council, workshop).read) return { ok: false as const, response: apiError(404, 'not_found', m.workshops_api_not_found()) };
	return { ...access, workshop };
}
