// The one place that says which role may do what. Every load, action, endpoint and socket event asks can().
// 'admin' is the platform administrator; 'public' means anyone, logged in or not, when the council is public.

export const COUNCIL_ROLES = ['secretariat', 'chair', 'member', 'evaluator', 'observer'] as const;
export type CouncilRole = (typeof COUNCIL_ROLES)[number];
type Grantee = CouncilRole | 'admin' | 'public';

const EVERY_ROLE: Grantee[] = [...COUNCIL_ROLES, 'admin'];

export const RULES = {
	/** create a council (platform level) */
	'councils.create': ['admin'],
	/** read a council's page, colleges and themes */
	'council.read': [...EVERY_ROLE, 'public'],
	/** edit the council's settings, colleges and themes */
	'council.update': ['admin', 'secretariat'],
	/** see who is online and be seen */
	'council.presence': EVERY_ROLE,
	/** list members (names, organisations, colleges, roles) */
	'members.read': [...EVERY_ROLE, 'public'],
	/** see members' email addresses */
	'members.readEmails': ['admin', 'secretariat', 'chair'],
	/** invite, import, edit, deactivate members; see invitations */
	'members.manage': ['admin', 'secretariat'],
	/** read the council's audit log */
	'audit.read': ['admin', 'secretariat']
} as const satisfies Record<string, readonly Grantee[]>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

export type Actor = {
	user: { id: number; isAdmin: boolean } | null;
	/** the actor's active membership in the council concerned, if any */
	roles: readonly string[];
};

export type CouncilScope = { isPublic: boolean };

export function can(actor: Actor, action: Action, council?: CouncilScope): boolean {
	const grantees: readonly Grantee[] = RULES[action];
	if (actor.user?.isAdmin && grantees.includes('admin')) return true;
	if (council?.isPublic && grantees.includes('public')) return true;
	if (!council) return false;
	return actor.roles.some((role) => (grantees as readonly string[]).includes(role));
}

export const ANONYMOUS: Actor = { user: null, roles: [] };
