// Labels of the plenary-session codes (kinds, states, agenda item types, attendance modes).
import { m } from '$lib/paraglide/messages';

export function sessionKindName(kind: string): string {
	return kind === 'extraordinary' ? m.sessions_kind_extraordinary() : m.sessions_kind_ordinary();
}

export function sessionStateName(state: string): string {
	switch (state) {
		case 'convened':
			return m.sessions_state_convened();
		case 'open':
			return m.sessions_state_open();
		case 'closed':
			return m.sessions_state_closed();
		case 'minutes_published':
			return m.sessions_state_minutes_published();
		default:
			return m.sessions_state_planned();
	}
}

export function agendaKindName(kind: string): string {
	switch (kind) {
		case 'debate':
			return m.sessions_agenda_kind_debate();
		case 'vote':
			return m.sessions_agenda_kind_vote();
		case 'annual_themes':
			return m.sessions_agenda_kind_annual_themes();
		default:
			return m.sessions_agenda_kind_information();
	}
}

export function voteStateName(state: string): string {
	switch (state) {
		case 'open':
			return m.sessions_vote_state_open();
		case 'closed':
			return m.sessions_vote_state_closed();
		case 'published':
			return m.sessions_vote_state_published();
		default:
			return m.sessions_vote_state_draft();
	}
}
