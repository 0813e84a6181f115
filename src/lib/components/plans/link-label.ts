// How a link from an action to a proposal or a workshop reads: the target's title, or its number when the
// target is gone (or its title is not shown to this visitor).
import { m } from '$lib/paraglide/messages';

export type LinkRef = { targetType: 'proposal' | 'workshop'; targetId: number; title: string | null };

export function linkLabel(link: LinkRef): string {
	if (link.title) return link.title;
	return link.targetType === 'proposal' ? m.plans_link_proposal({ id: String(link.targetId) }) : m.plans_link_workshop({ id: String(link.targetId) });
}

export function linkPath(councilBase: string, link: LinkRef): string {
	return `${councilBase}/${link.targetType === 'proposal' ? 'proposals' : 'workshops'}/${link.targetId}`;
}
