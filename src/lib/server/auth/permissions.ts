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
	/** ask to join a public council, when its requests are open (checked by the service); the secretariat decides with members.manage */
	'members.requestJoin': ['public'],
	/** read the council's audit log */
	'audit.read': ['admin', 'secretariat'],
	/** read published proposals (not drafts), answers, timelines, versions; export them */
	'proposals.read': [...EVERY_ROLE, 'public'],
	/** write proposals (drafts private to their authors) and submit them */
	'proposals.create': ['member'],
	/** support a submitted proposal */
	'proposals.support': ['member'],
	/** comment on proposals and reply to comments */
	'proposals.comment': ['member', 'secretariat', 'chair', 'evaluator'],
	/** propose an amendment to someone else's proposal */
	'proposals.amend': ['member'],
	/** hide a comment with a reason */
	'proposals.moderate': ['admin', 'secretariat'],
	/** accept, decline, merge, schedule proposals; official answers, amendments after acceptance, implementation updates */
	'proposals.answer': ['admin', 'secretariat', 'chair'],
	/** read plenaries, agendas, attendance and quorum, votes' live counts and results */
	'plenaries.read': [...EVERY_ROLE, 'public'],
	/** create and run plenaries: agenda, current item, check members in at the door, proxies, minutes */
	'plenaries.manage': ['admin', 'secretariat'],
	/** check oneself in and out of a plenary */
	'plenaries.attend': [...COUNCIL_ROLES],
	/** ask to speak on an agenda item of an open plenary (once checked in), raise a point of order or reply; withdraw */
	'speakers.ask': ['member'],
	/** run the lists of speakers: add someone at the door, reorder, give and end the floor, close and reopen, speaking times */
	'speakers.manage': ['admin', 'secretariat', 'chair'],
	/** create, open, close and publish votes; enter paper ballots */
	'votes.manage': ['admin', 'secretariat'],
	/** cast one's ballot and the ballots of one's proxies; give a proxy */
	'votes.cast': ['member'],
	/** read plans, their tree, indicators, measurements, progress and recommendations (open data when public) */
	'plans.read': [...EVERY_ROLE, 'public'],
	/** create and edit plans, their tree and indicators; validate and retire indicators; draft and adopt the next plan */
	'plans.manage': ['admin', 'secretariat'],
	/** enter, correct and import measurements */
	'indicators.measure': ['admin', 'secretariat', 'evaluator'],
	/** run a plan's evaluation: stages, questionnaires, interviews, findings, recommendations */
	'evaluation.manage': ['admin', 'secretariat', 'evaluator'],
	/** read what people said in confidence: interview notes and participants, free-text answers to questionnaires
	 * (everyone else reads only the anonymised excerpts the evaluation published) */
	'evaluation.readPrivate': ['admin', 'secretariat', 'evaluator'],
	/** answer the questionnaires and approval rounds of an evaluation whose audience includes oneself (checked by the service) */
	'evaluation.respond': [...COUNCIL_ROLES],
	/** read the council's thematic workshops: meetings, notes, boards, reports (workshop guests: see workshops/access.ts) */
	'workshops.read': EVERY_ROLE,
	/** create workshops, appoint facilitators, and act as facilitator in every workshop of the council */
	'workshops.manage': ['admin', 'secretariat'],
	/** join a workshop as a participant: post, upvote and comment contributions, edit meeting notes */
	'workshops.participate': ['member'],
	/** be appointed facilitator of a workshop (facilitators cluster, retain, invite guests, run meetings) */
	'workshops.facilitate': ['member', 'secretariat', 'chair']
} as const satisfies Record<string, readonly Grantee[]>;

export type Action = keyof typeof RULES;
export const ACTIONS = Object.keys(RULES) as Action[];

function isCouncilRole(role: string): role is CouncilRole {
	return (COUNCIL_ROLES as readonly string[]).includes(role);
}

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
	// Only council roles count here: a membership role spelled 'admin' or 'public' must not pass for those grantees.
	return actor.roles.some((role) => isCouncilRole(role) && grantees.includes(role));
}

export const ANONYMOUS: Actor = { user: null, roles: [] };
