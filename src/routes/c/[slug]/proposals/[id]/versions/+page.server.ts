import type { PageServerLoad } from './$types';
import { compareVersions, listVersions } from '$lib/server/proposals/amendments';
import { versionsQuerySchema } from '$lib/schemas/proposals';
import { proposalContext } from '../../shared.server';

export const load: PageServerLoad = (event) => {
	const { proposal } = proposalContext(event);
	const versions = listVersions(proposal.id);
	const query = versionsQuerySchema.parse(Object.fromEntries(event.url.searchParams));
	const last = versions.at(-1)?.version ?? 1;
	const from = query.from ?? Math.max(1, last - 1);
	const to = query.to ?? last;
	return {
		proposal: { id: proposal.id, title: proposal.title, version: proposal.version },
		versions,
		from,
		to,
		diff: compareVersions(proposal.id, from, to) ?? null
	};
};
