// Property test of the tally file: for random votes (methods, weightings, bases, majorities, quorum, proxies, paper,
// named and secret) the file verifies "conforme", and changing any ballot, log entry or count makes it fail.
import { describe, expect, it } from 'vitest';
import { tally, secureRandom } from './tally';
import { buildTallyFile, type NamedFileBallot, type SecretFileBallot, type TallyFile } from './tally-file';
import { verifyTallyFile } from './verify';
import { nextEntry, paperGroupsDigest, type LogEntry } from './vote-log';
import { BASES, MAJORITIES, QUORUM_KINDS, type Choice, type Method, type PaperGroup, type TallyInput, type TallyMember, type TallyRules, type Weighting } from '../server/plenaries/tally-types';

function rng(seed: number) {
	return () => {
		seed = (seed + 0x6d2b79f5) | 0;
		let t = Math.imul(seed ^ (seed >>> 15), 1 | seed);
		t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
		return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
	};
}

type Rand = () => number;
const int = (r: Rand, lo: number, hi: number) => lo + Math.floor(r() * (hi - lo + 1));
const pick = <T>(r: Rand, items: readonly T[]): T => items[Math.floor(r() * items.length)];
function shuffle<T>(r: Rand, items: T[]): T[] {
	const out = [...items];
	for (let i = out.length - 1; i > 0; i--) {
		const j = Math.floor(r() * (i + 1));
		[out[i], out[j]] = [out[j], out[i]];
	}
	return out;
}

function randomChoice(r: Rand, rules: TallyRules, blankOk = true): Choice {
	if (rules.method === 'yes_no_abstain') return [pick(r, ['yes', 'no', 'abstain'])];
	if (blankOk && r() < 0.1) return [];
	const n = int(r, rules.minChoices, rules.maxChoices);
	return shuffle(
		r,
		rules.options.map((o) => o.id)
	).slice(0, n);
}

function randomRules(r: Rand, weighting: Weighting): TallyRules {
	const method = pick(r, ['yes_no_abstain', 'single', 'multiple', 'ranked'] as Method[]);
	const k = int(r, 2, 5);
	const options = method === 'yes_no_abstain' ? ['yes', 'no', 'abstain'].map((id) => ({ id, label: '' })) : [...Array(k).keys()].map((i) => ({ id: `o${i + 1}`, label: `Option ${i + 1}` }));
	const min = method === 'multiple' || method === 'ranked' ? int(r, 1, k) : 1;
	const max = method === 'multiple' || method === 'ranked' ? int(r, min, k) : 1;
	const quorumKind = pick(r, QUORUM_KINDS);
	return {
		method,
		options,
		minChoices: min,
		maxChoices: max,
		winners: method === 'yes_no_abstain' ? 1 : int(r, 1, Math.min(2, k)),
		weighting,
		majority: pick(r, MAJORITIES),
		base: pick(r, BASES),
		quorumKind,
		quorumValue: quorumKind === 'count' ? int(r, 1, 10) : quorumKind === 'share' ? int(r, 1, 60) : 0
	};
}

/** A random closed vote: its tally input, final ballots and the log that led to them. */
function randomVote(seed: number) {
	const r = rng(seed);
	const colleges = [...Array(int(r, 0, 4)).keys()].map((i) => ({ id: i + 1, name: `Collège ${i + 1}`, weight: int(r, 0, 40) }));
	const weighting: Weighting = colleges.length && r() < 0.4 ? 'college' : pick(r, ['none', 'member'] as Weighting[]);
	if (weighting === 'college' && colleges.every((c) => c.weight === 0)) colleges[0].weight = 10;
	const rules = randomRules(r, weighting);
	const secret = r() < 0.5;
	const legacy = secret && r() < 0.25;
	const members: TallyMember[] = [...Array(int(r, 3, 30)).keys()].map((i) => ({
		id: 100 + i,
		collegeId: colleges.length && (weighting === 'college' || r() < 0.8) ? pick(r, colleges).id : null,
		weight: weighting === 'member' ? pick(r, [1, 1, 2, 0.5]) : 1,
		present: r() < 0.7
	}));
	const log: LogEntry[] = [];
	const t0 = Date.UTC(2027, 2, 1, 18);
	const add = (kind: LogEntry['kind'], data: Record<string, unknown>, at: Date | null) => log.push(nextEntry(log.at(-1) ?? null, kind, data, at));
	add('open', { vote: 1, secrecy: secret ? 'secret' : 'named', rules }, new Date(t0));
	const paperMembers: TallyMember[] = [];
	const named: NamedFileBallot[] = [];
	const secretBallots: (SecretFileBallot & { college: number | null; weight: number })[] = [];
	const onlineVoters: number[] = [];
	let ballotId = 1000;
	for (const m of shuffle(r, members)) {
		const roll = r();
		if (roll < 0.55) {
			const choice = randomChoice(r, rules);
			const proxyHolder =
				r() < 0.15
					? pick(
							r,
							members.filter((o) => o.id !== m.id)
						).id
					: null;
			if (secret) {
				const id = ballotId++;
				// sealed logs note only THAT a ballot was cast or changed; logs written before the seal named the ballot
				add('cast', legacy ? { ballot: id, choice } : {}, null);
				let final = choice;
				if (r() < 0.2) add('change', legacy ? { ballot: id, choice: (final = randomChoice(r, rules)) } : ((final = randomChoice(r, rules)), {}), null);
				secretBallots.push({ ballot: id, college: m.collegeId, weight: m.weight, choice: final });
				onlineVoters.push(m.id);
			} else {
				const data = { member: m.id, college: m.collegeId, weight: m.weight, proxyHolder, choice };
				add('cast', data, new Date(t0 + log.length * 1000));
				let final: NamedFileBallot = data;
				if (r() < 0.2) add('change', (final = { ...data, choice: randomChoice(r, rules) }), new Date(t0 + log.length * 1000));
				named.push(final);
			}
		} else if (roll < 0.7) paperMembers.push(m);
	}
	let paper: TallyInput['paper'] = null;
	if (paperMembers.length) {
		const groups = new Map<string, PaperGroup>();
		for (const m of paperMembers) {
			const collegeId = weighting === 'college' ? m.collegeId : null;
			const key = `${collegeId}|${m.weight}`;
			let g = groups.get(key);
			if (!g) groups.set(key, (g = { collegeId, ...(weighting === 'member' ? { weight: m.weight } : {}), counts: {}, invalid: 0 }));
			if (r() < 0.08) {
				g.invalid = (g.invalid ?? 0) + 1;
				continue;
			}
			const choice = randomChoice(r, rules);
			const blank = rules.method === 'yes_no_abstain' ? false : choice.length === 0;
			if (rules.method === 'yes_no_abstain') g.counts![choice[0]] = (g.counts![choice[0]] ?? 0) + 1;
			else if (blank) g.abstain = (g.abstain ?? 0) + 1;
			else if (rules.method === 'ranked') (g.rankings ??= []).push(choice);
			else {
				if (rules.method === 'multiple') g.ballots = (g.ballots ?? 0) + 1;
				for (const id of choice) g.counts![id] = (g.counts![id] ?? 0) + 1;
			}
		}
		if (rules.method === 'ranked') for (const g of groups.values()) delete g.counts;
		paper = { voters: paperMembers.map((m) => m.id).sort((a, b) => a - b), groups: [...groups.values()] };
		add('paper', { voters: paper.voters, groups: secret ? paperGroupsDigest(paper.groups) : paper.groups }, new Date(t0 + 3600_000));
	}
	const input: TallyInput = {
		rules,
		colleges,
		members,
		ballots: secret
			? secretBallots.map((b) => ({ memberId: null, collegeId: weighting === 'college' ? b.college : null, weight: b.weight, choice: b.choice }))
			: named.map((b) => ({ memberId: b.member, collegeId: b.college, weight: b.weight, choice: b.choice })),
		onlineVoters: secret ? onlineVoters : [],
		paper
	};
	const result = tally(input, secureRandom);
	if (secret && !legacy) {
		for (const b of shuffle(r, secretBallots)) add('seal', { ballot: b.ballot, choice: b.choice }, null);
		add('receipts', { codes: secretBallots.map((b) => `r${b.ballot}`).sort() }, null);
	}
	add('close', { online: input.ballots.length, paper: result.ballots.paper, decision: result.decision }, new Date(t0 + 7200_000));
	const file = buildTallyFile({
		vote: { id: 1, question: 'Q', secrecy: secret ? 'secret' : 'named', openedAt: null, closedAt: null, publishedAt: null },
		input,
		ballots: secret ? secretBallots : named,
		log,
		result,
		minGroup: int(r, 1, 6),
		random: r
	});
	return { file: JSON.parse(JSON.stringify(file)) as TallyFile, r, legacy };
}

const clone = (f: TallyFile): TallyFile => JSON.parse(JSON.stringify(f));

describe('tally file verification (property)', () => {
	const seeds = [...Array(150).keys()].map((i) => i * 7919 + 17);

	it('says "conforme" for random votes of every kind', () => {
		const kinds = new Set<string>();
		for (const seed of seeds) {
			const { file } = randomVote(seed);
			const v = verifyTallyFile(file);
			expect(v.problems, `seed ${seed}`).toEqual([]);
			expect(v.ok).toBe(true);
			kinds.add(`${file.rules.method}/${file.rules.weighting}/${file.vote.secrecy}/${file.paper ? 'paper' : ''}`);
		}
		expect(kinds.size).toBeGreaterThan(20);
	});

	it('fails when any ballot, log entry or count is changed', () => {
		for (const seed of seeds) {
			const { file, r } = randomVote(seed);
			// a ballot's choice
			if (file.ballots.length) {
				const f = clone(file);
				const b = pick(r, f.ballots);
				const before = JSON.stringify(b.choice);
				for (let i = 0; i < 20 && JSON.stringify(b.choice) === before; i++) b.choice = randomChoice(r, f.rules, true);
				if (JSON.stringify(b.choice) !== before) expect(verifyTallyFile(f).ok, `ballot, seed ${seed}`).toBe(false);
			}
			// any log entry's data, time or order
			{
				const f = clone(file);
				const e = pick(r, f.log);
				e.data = { ...e.data, tampered: true };
				expect(verifyTallyFile(f).ok, `entry, seed ${seed}`).toBe(false);
				const g = clone(file);
				if (g.log.length > 2) {
					[g.log[1], g.log[2]] = [g.log[2], g.log[1]];
					expect(verifyTallyFile(g).ok, `order, seed ${seed}`).toBe(false);
				}
				const h = clone(file);
				h.log.splice(int(r, 0, h.log.length - 1), 1);
				expect(verifyTallyFile(h).ok, `removed entry, seed ${seed}`).toBe(false);
			}
			// a count of the stored result
			{
				const f = clone(file);
				const o = pick(r, f.result.options);
				o.votes += 1;
				expect(verifyTallyFile(f).ok, `result count, seed ${seed}`).toBe(false);
				const g = clone(file);
				g.result.ballots.total += 1;
				expect(verifyTallyFile(g).ok, `ballot total, seed ${seed}`).toBe(false);
				const h = clone(file);
				h.result.decision = h.result.decision === 'adopted' ? 'rejected' : 'adopted';
				expect(verifyTallyFile(h).ok, `decision, seed ${seed}`).toBe(false);
			}
			// a paper count
			if (file.paper?.groups.length) {
				const f = clone(file);
				const g = f.paper!.groups[0];
				g.invalid = (g.invalid ?? 0) + 1;
				expect(verifyTallyFile(f).ok, `paper, seed ${seed}`).toBe(false);
			}
			// the presence of a member who did not vote (a voter counts as present anyway)
			const voted = new Set([...(file.voters ?? []), ...file.ballots.map((b) => ('member' in b ? b.member : 0)), ...(file.paper?.voters ?? [])]);
			const absentee = file.members.findIndex((m) => !voted.has(m.id));
			if (absentee >= 0) {
				const f = clone(file);
				f.members[absentee].present = !f.members[absentee].present;
				expect(verifyTallyFile(f).ok, `presence, seed ${seed}`).toBe(false);
			}
		}
	});
});

describe('sealed secret logs', () => {
	/** The log of `file` rebuilt with `edit` applied to its entries, hashes recomputed (a forger's best effort). */
	const rechained = (file: TallyFile, edit: (entries: LogEntry[]) => LogEntry[]): TallyFile => {
		const f = clone(file);
		const log: LogEntry[] = [];
		for (const e of edit(f.log)) log.push(nextEntry(log.at(-1) ?? null, e.kind, e.data, e.at ? new Date(e.at) : null));
		f.log = log;
		f.chainHead = log.at(-1)?.hash ?? null;
		return f;
	};
	const sealedVote = () => {
		for (let seed = 1; ; seed++) {
			const v = randomVote(seed);
			if (v.file.vote.secrecy === 'secret' && !v.legacy && v.file.ballots.length > 2) return v.file;
		}
	};

	it('logs no ballot and no choice while the vote is open, and seals each final ballot once', () => {
		const file = sealedVote();
		const casts = file.log.filter((e) => e.kind === 'cast' || e.kind === 'change');
		expect(casts.every((e) => Object.keys(e.data).length === 0 && e.at === null)).toBe(true);
		const seals = file.log.filter((e) => e.kind === 'seal');
		expect(seals.map((e) => e.data.ballot).sort()).toEqual(file.ballots.map((b) => (b as SecretFileBallot).ballot).sort());
		expect(verifyTallyFile(file).ok).toBe(true);
	});

	it('fails when a cast is added or a sealed ballot removed, even with the chain rebuilt', () => {
		const file = sealedVote();
		const added = rechained(file, (log) => [log[0], { ...log[1], kind: 'cast', data: {} }, ...log.slice(1)]);
		expect(verifyTallyFile(added).problems).toContainEqual(expect.objectContaining({ code: 'seal' }));
		const firstSeal = file.log.findIndex((e) => e.kind === 'seal');
		const removed = rechained(file, (log) => log.filter((_, i) => i !== firstSeal));
		expect(verifyTallyFile(removed).ok).toBe(false);
	});
});
