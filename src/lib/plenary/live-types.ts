// The state a plenary's live screens hold (voting screen, control screen, projector, overview, attendance,
// the plenary header), as the server sends it: once in the page data (first load), again from `live.json` when a
// page catches up after missed events, and piece by piece in the room events. Plain JSON: instants are epoch ms.
// Types only: the client imports this file.
import type { AttendanceSummary } from '$lib/server/plenaries/attendance';
import type { LiveCount } from '$lib/server/plenaries/vote-status';
import type { VoteIndicator } from '$lib/server/plenaries/vote-indicators';
import type { VoteProposal } from '$lib/server/plenaries/vote-decides';
import type { Choice, TallyResult, VoteOption } from '$lib/server/plenaries/tally-types';

export type { AttendanceSummary, LiveCount };

/** A vote as the live screens show it; `result` only where the reader may see it (closed: the secretariat's). */
export type LiveVote = {
	id: number;
	agendaItemId: number;
	question: string;
	description: string;
	method: string;
	options: VoteOption[];
	minChoices: number;
	maxChoices: number;
	winners: number;
	weighting: string;
	majority: string;
	majorityBase: string;
	quorumKind: string;
	quorumValue: number;
	secrecy: string;
	state: string;
	closesAt: number | null;
	closedAt: number | null;
	result: TallyResult | null;
};

/** The ballot card of an open vote: the same for every member (what is per member: MemberState). */
export type BallotCardData = { vote: LiveVote; indicators: VoteIndicator[]; decides: VoteProposal[] };
export type OpenVote = BallotCardData & { count: LiveCount };

/** A closed vote's result as shown (secret votes' small groups masked), with what it decided and its log's hash. */
export type ShownResult = { vote: LiveVote; decides: VoteProposal[]; chainHead: string | null };

export type LiveItem = { id: number; position: number; kind: string; title: string; description: string; durationMinutes: number; presenter: string };
/** The plenary's fields every tab's header shows (instants in epoch ms). */
export type LivePlenary = {
	id: number;
	title: string;
	description: string;
	kind: string;
	state: string;
	startsAt: number;
	endsAt: number | null;
	place: string;
	onlineUrl: string;
	currentItemId: number | null;
};

/** A member the reader casts for (themself or a proxy giver), with what decides whether they may vote. */
export type Represented = { membershipId: number; name: string; voter: boolean; hasCollege: boolean; checkedIn: boolean };
/** A recorded ballot of one represented member on one vote (named votes: the choice; secret: null). */
export type OwnBallot = { voted: boolean; onPaper: boolean; choice: Choice | null; revision: number };

/** What differs per member: their attendance, the proxies they gave and hold, their ballots on open votes. */
export type MemberState = {
	membershipId: number;
	self: Represented;
	mode: 'in_room' | 'remote' | null;
	/** the name of the member they gave their proxy to */
	proxyTo: string | null;
	/** members whose proxies they hold */
	held: Represented[];
	/** voteId → represented membershipId → ballot */
	ballots: Record<number, Record<number, OwnBallot>>;
};

export type LiveSnapshot = {
	/** the plenary's live state version: a page whose version differs after a reconnection catches up once */
	version: string;
	plenary: LivePlenary;
	agenda: LiveItem[];
	currentItem: LiveItem | null;
	attendance: AttendanceSummary;
	open: OpenVote[];
	/** the latest result this reader may see */
	last: ShownResult | null;
	/** null for a reader who is not an active member of the council */
	me: MemberState | null;
};

/** One member's row as the attendance page and the door list show it (sent for the members an event touched). */
export type AttendanceRowData = { membershipId: number; name: string; entitled: boolean; mode: 'in_room' | 'remote' | null; representedBy: string | null };

/** A vote on the control screen (secretariat): the count while open, who has not voted on a named vote. */
export type ControlRow = { vote: LiveVote; decides: VoteProposal[]; count: LiveCount | null; notVoted: { membershipId: number; name: string; present: boolean }[] | null; chainHead: string | null };
