// Labels of the plenary codes (kinds, states, agenda item types, attendance modes).
import { m } from '$lib/paraglide/messages';

export function plenaryKindName(kind: string): string {
	return kind === 'extraordinary' ? m.plenaries_kind_extraordinary() : m.plenaries_kind_ordinary();
}

export function plenaryStateName(state: string): string {
	switch (state) {
		case 'convened':
			return m.plenaries_state_convened();
		case 'open':
			return m.plenaries_state_open();
		case 'closed':
			return m.plenaries_state_closed();
		case 'minutes_published':
			return m.plenaries_state_minutes_published();
		default:
			return m.plenaries_state_planned();
	}
}

export function agendaKindName(kind: string): string {
	switch (kind) {
		case 'debate':
			return m.plenaries_agenda_kind_debate();
		case 'vote':
			return m.plenaries_agenda_kind_vote();
		case 'annual_themes':
			return m.plenaries_agenda_kind_annual_themes();
		default:
			return m.plenaries_agenda_kind_information();
	}
}

export function voteStateName(state: string): string {
	switch (state) {
		case 'open':
			return m.plenaries_vote_state_open();
		case 'closed':
			return m.plenaries_vote_state_closed();
		case 'published':
			return m.plenaries_vote_state_published();
		default:
			return m.plenaries_vote_state_draft();
	}
}
