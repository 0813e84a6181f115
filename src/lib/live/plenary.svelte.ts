// The live state of a plenary in the browser, shared by the plenary's tabs (the layout creates it, pages
// read it with getPlenaryLive()). It starts from the page data, then follows the room's events, which carry what
// changed: no page reloads its data for an event. After a reconnection (or the network coming back) it rejoins the
// room and compares versions; a page that missed events catches up once from live.json, with jittered backoff and
// retries, and never falls onto the error page: meanwhile it keeps what it shows and says "reconnexion…".
import { getContext, setContext } from 'svelte';
import type { Choice } from '$lib/server/plenaries/tally-types';
import type { LiveSnapshot, ShownResult } from '$lib/plenary/live-types';
import type {
	AgendaCurrentEvent,
	AttendanceChangedEvent,
	MemberStateEvent,
	PlenaryChangedEvent,
	PlenaryJoinAck,
	VoteChangedEvent,
	VoteClosedEvent,
	VoteCountEvent,
	VoteOpenedEvent,
	VotePublishedEvent,
	VoteResultEvent
} from '$lib/schemas/plenary-live';
import { getSocket, joinRoom } from '$lib/client/realtime';
import { backoffDelay } from './backoff';

type Listener = (payload: never) => void;
/** A page's own part of a catch-up: the query it adds to live.json and what it does with the answer. */
export type CatchUpPart = { query: string; apply: (body: Record<string, unknown>) => void };

const KEY = Symbol('plenary-live');

/** The latest of two results (by close): the one a screen shows as "the last result". */
function later(a: ShownResult | null, b: ShownResult): ShownResult {
	return !a || a.vote.id === b.vote.id || (a.vote.closedAt ?? 0) <= (b.vote.closedAt ?? 0) ? b : a;
}

export class PlenaryLive {
	snap: LiveSnapshot = $state()!;
	/** the socket is connected and the page holds the room's current state */
	connected = $state(true);
	/** a catch-up is due or running (after missed events) */
	stale = $state(false);
	/** the room's live counts per vote (null until the first count after load) */
	counts: Record<number, VoteCountEvent> = $state({});
	/** how many catch-ups this page made (tests, diagnostics) */
	catchUps = 0;

	#url: () => string;
	#listeners = new Map<string, Set<Listener>>();
	#parts = new Set<CatchUpPart>();
	#timer: ReturnType<typeof setTimeout> | null = null;
	#attempt = 0;
	#fetching = false;
	#stopped = false;

	/** `url`: where to catch up from (the plenary's live.json) */
	constructor(initial: LiveSnapshot, url: () => string) {
		this.snap = initial;
		this.#url = url;
	}

	get status(): 'live' | 'reconnecting' {
		return this.connected && !this.stale ? 'live' : 'reconnecting';
	}

	/** Fresh page data (first load, a form action's own reload): it replaces what events built. */
	replace(snapshot: LiveSnapshot): void {
		this.snap = snapshot;
		this.counts = {};
	}

	/** A page listens to a room event (beyond what the store applies itself). Returns the unsubscribe. */
	on<T>(event: string, handler: (payload: T) => void): () => void {
		const set = this.#listeners.get(event) ?? new Set();
		this.#listeners.set(event, set);
		set.add(handler as Listener);
		return () => set.delete(handler as Listener);
	}

	/** A page adds its own data to each catch-up (e.g. the control screen's rows). Returns the removal. */
	catchUpWith(part: CatchUpPart): () => void {
		this.#parts.add(part);
		return () => this.#parts.delete(part);
	}

	#emit(event: string, payload: unknown): void {
		for (const fn of this.#listeners.get(event) ?? []) (fn as (p: unknown) => void)(payload);
	}

	/** The member's own ballot was acknowledged: their card shows it without asking the server. */
	recorded(voteId: number, representedId: number, choice: Choice | null, revision: number): void {
		const me = this.snap.me;
		if (!me) return;
		const ballots = (me.ballots[voteId] ??= {});
		ballots[representedId] = { voted: true, onPaper: false, choice, revision };
	}

	#apply = {
		'plenary:changed': (e: PlenaryChangedEvent) => {
			this.snap.plenary = e.plenary;
			this.snap.agenda = e.agenda;
			this.snap.currentItem = e.currentItem;
		},
		'agenda:current': (e: AgendaCurrentEvent) => {
			this.snap.currentItem = e.item;
			this.snap.plenary.currentItemId = e.itemId;
		},
		'attendance:changed': (e: AttendanceChangedEvent) => {
			this.snap.attendance = e.summary;
		},
		'vote:opened': (e: VoteOpenedEvent) => {
			this.snap.open = [...this.snap.open.filter((o) => o.vote.id !== e.voteId), e.card];
			if (this.snap.me) this.snap.me.ballots[e.voteId] ??= {};
		},
		'vote:count': (e: VoteCountEvent) => {
			if (this.snap.open.some((o) => o.vote.id === e.voteId)) this.counts[e.voteId] = e;
		},
		'vote:closed': (e: VoteClosedEvent) => {
			this.snap.open = this.snap.open.filter((o) => o.vote.id !== e.voteId);
			delete this.counts[e.voteId];
		},
		'vote:result': (e: VoteResultEvent) => {
			this.snap.last = later(this.snap.last, e.result);
		},
		'vote:published': (e: VotePublishedEvent) => {
			this.snap.last = later(this.snap.last, e.result);
		},
		'vote:changed': (e: VoteChangedEvent) => void e
	} as const;

	/** Joins the plenary's room and the member's own events; returns the function that leaves. */
	start(): () => void {
		this.#stopped = false;
		const plenaryId = this.snap.plenary.id;
		const listeners: Record<string, Listener> = {};
		for (const [name, apply] of Object.entries(this.#apply)) {
			listeners[name] = ((payload: { version?: string }) => {
				(apply as (p: unknown) => void)(payload);
				if (payload.version) this.snap.version = payload.version;
				this.#emit(name, payload);
			}) as Listener;
		}
		for (const name of ['vote:row', 'vote:not-voted']) listeners[name] = ((payload: unknown) => this.#emit(name, payload)) as Listener;
		const leave = joinRoom<PlenaryJoinAck>(
			{ join: 'plenary:join', leave: 'plenary:leave', payload: { plenaryId }, listeners, accept: (e) => e.plenaryId === plenaryId },
			{
				onJoined: (ack) => {
					if (ack.ok && ack.version !== this.snap.version) this.catchUp();
				},
				onStatus: (connected) => (this.connected = connected)
			}
		);
		const s = getSocket();
		const onMe = (e: MemberStateEvent) => {
			if (e.plenaryId === plenaryId) this.snap.me = e.me;
		};
		s.on('plenary:me', onMe);
		// the browser says the network is gone: say so at once (the socket may take a while to notice), and check
		// the version when it comes back
		const offline = () => (this.connected = false);
		const online = () => {
			this.connected = s.connected;
			if (s.connected) s.emit('plenary:join', { plenaryId }, (ack: PlenaryJoinAck) => ack.ok && ack.version !== this.snap.version && this.catchUp());
		};
		window.addEventListener('offline', offline);
		window.addEventListener('online', online);
		return () => {
			this.#stopped = true;
			if (this.#timer) clearTimeout(this.#timer);
			this.#timer = null;
			s.off('plenary:me', onMe);
			window.removeEventListener('offline', offline);
			window.removeEventListener('online', online);
			leave();
		};
	}

	/** Fetches the state once (after a jittered delay), retrying with backoff until it succeeds. */
	catchUp(): void {
		this.stale = true;
		if (this.#timer || this.#fetching || this.#stopped) return;
		this.#timer = setTimeout(() => void this.#fetch(), backoffDelay(this.#attempt));
	}

	async #fetch(): Promise<void> {
		this.#timer = null;
		this.#fetching = true;
		const parts = [...this.#parts];
		const query = parts.map((p) => p.query).join('&');
		try {
			const res = await fetch(`${this.#url()}${query ? `?${query}` : ''}`, { headers: { accept: 'application/json' }, credentials: 'same-origin' });
			if (!res.ok) throw new Error(String(res.status));
			const body = (await res.json()) as { live: LiveSnapshot } & Record<string, unknown>;
			if (this.#stopped) return;
			this.replace(body.live);
			for (const p of parts) p.apply(body);
			this.#attempt = 0;
			this.stale = false;
			this.catchUps += 1;
		} catch {
			this.#attempt += 1;
			this.#fetching = false;
			if (!this.#stopped) this.#timer = setTimeout(() => void this.#fetch(), backoffDelay(this.#attempt));
			return;
		}
		this.#fetching = false;
	}
}

export function setPlenaryLive(live: PlenaryLive): void {
	setContext(KEY, live);
}

export function getPlenaryLive(): PlenaryLive {
	return getContext<PlenaryLive>(KEY);
}
