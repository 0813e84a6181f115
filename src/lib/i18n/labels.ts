// Labels for values stored as codes (roles, organisation types, voting settings).
import { m } from '$lib/paraglide/messages';

export function roleName(role: string): string {
	switch (role) {
		case 'secretariat':
			return m.auth_role_secretariat();
		case 'chair':
			return m.auth_role_chair();
		case 'member':
			return m.auth_role_member();
		case 'evaluator':
			return m.auth_role_evaluator();
		case 'observer':
			return m.auth_role_observer();
		case 'admin':
			return m.auth_role_admin();
		default:
			return role;
	}
}
