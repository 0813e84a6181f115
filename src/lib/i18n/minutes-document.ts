// The minutes as a document in the reader's language (headings, paragraphs, lists, tables), for the PDF
// (src/lib/server/plenaries/minutes-pdf.ts lays it out). The page shows the same content with its own markup.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate, formatDateTime, formatNumber, formatPercent } from './format';
import { stateLabel } from './proposals';
import { amount, baseName, choiceText, decisionName, figureText, majorityName, methodName, optionName, percent, quorumKindName, secrecyName, weightingName } from './vote-labels';
import { extraColumns, zeroWeightNote } from './vote-explain';
import { agendaKindName, plenaryKindName } from '$lib/components/plenaries/labels';
import { duration, speakerKindName } from '$lib/components/speakers/labels';
import type { MinutesData, MinutesVote } from '$lib/server/plenaries/minutes';
import type { MinutesBlock, MinutesDocument } from '$lib/server/plenaries/minutes-pdf';

const n = (x: number) => formatNumber(x);
/** "label: value" with the reader's typography (a space before the colon in French). */
const lv = (label: string, value: string) => m.minutes_label_value({ label, value });

/** "Cette décision porte sur :" and the proposals the vote decides, each with its state now. */
function decidesBlocks(v: MinutesVote): MinutesBlock[] {
	if (!v.proposals.length) return [];
	return [
		{ kind: 'p', text: m.votes_decides_intro() },
		{ kind: 'list', items: v.proposals.map((p) => m.minutes_decides_line({ id: p.id, title: p.title, state: stateLabel(p.state) })) }
	];
}

function voteBlocks(v: MinutesVote, collegeName: (id: number | null) => string): MinutesBlock[] {
	const r = v.result;
	const ranked = r.method === 'ranked';
	const weighted = r.weighting !== 'none';
	const quorum = v.quorumKind === 'none' ? quorumKindName('none') : v.quorumKind === 'count' ? m.minutes_quorum_count({ n: n(v.quorumValue) }) : m.minutes_quorum_share({ n: n(v.quorumValue) });
	const winners = r.winners.map((id) => optionName(v.options, id));
	const blocks: MinutesBlock[] = [
		{ kind: 'h3', text: v.question },
		{
			kind: 'p',
			text: [
				lv(m.minutes_vote_method(), methodName(v.method)),
				lv(m.minutes_vote_weighting(), weightingName(v.weighting)),
				lv(m.minutes_vote_majority(), ranked ? m.minutes_majority_ranked() : `${majorityName(v.majority)} — ${baseName(v.majorityBase)}`),
				lv(m.minutes_vote_quorum(), quorum),
				lv(m.minutes_vote_secrecy(), secrecyName(v.secrecy))
			].join(' · ')
		},
		...decidesBlocks(v),
		{ kind: 'p', bold: true, text: lv(m.minutes_decision(), `${decisionName(r.decision)}${winners.length && r.method !== 'yes_no_abstain' ? ` — ${winners.join(', ')}` : ''}`) },
		{
			kind: 'table',
			head: [
				m.votes_result_option(),
				ranked ? m.votes_result_points_col() : m.votes_result_votes(),
				...(ranked ? [m.votes_result_firsts()] : [m.votes_result_share()]),
				...(weighted ? [ranked ? m.votes_result_weighted_points() : m.votes_result_weighted_share()] : [])
			],
			rows: [
				...(ranked ? [...r.options].sort((a, b) => (a.rank ?? Infinity) - (b.rank ?? Infinity)) : r.options).map((o) => [
					optionName(v.options, o.id),
					n(o.votes),
					ranked ? n(o.firsts?.votes ?? 0) : percent(o.share),
					...(weighted ? [ranked ? amount(o.weighted) : percent(o.weightedShare)] : [])
				]),
				...(r.abstain.votes ? [[r.method === 'yes_no_abstain' ? optionName(v.options, 'abstain') : m.votes_result_blank(), n(r.abstain.votes), '', ...(weighted ? [''] : [])]] : [])
			]
		},
		{ kind: 'p', text: m.votes_result_ballots({ total: n(r.ballots.total), online: n(r.ballots.online), paper: n(r.ballots.paper), invalid: n(r.ballots.invalid) }) }
	];
	if (r.weighting === 'college') {
		const shown = r.colleges.filter((c) => c.entitled > 0 || c.voted > 0);
		const extras = extraColumns(r);
		blocks.push({
			kind: 'table',
			head: [m.minutes_col_college(), m.votes_result_college_weight(), m.votes_result_college_voted(), ...r.options.map((o) => optionName(v.options, o.id)), ...extras.map((x) => x.label)],
			rows: shown
				.map((c) => [
					c.name || collegeName(c.collegeId),
					`${n(c.weight)}${c.included ? '' : ` (${m.votes_result_college_excluded()})`}`,
					`${n(c.voted)} / ${n(c.entitled)}`,
					...r.options.map((o) => percent(c.options.find((x) => x.id === o.id)?.share ?? null)),
					...extras.map((x) => {
						const cell = x.cell(c);
						return cell.share ? percent(cell.share) : n(cell.count);
					})
				])
				.concat(
					// secret votes: a small college keeps its weight and size, its choices merged into the total
					(r.masking?.colleges ?? []).map((c) => [
						c.name || collegeName(c.collegeId),
						`${n(c.weight)} (${c.included ? m.votes_masked_took_part() : m.votes_masked_no_part()})`,
						`${n(c.voted)} / ${n(c.entitled)}`,
						...r.options.map(() => m.votes_masked_detail({ min: n(r.masking!.minGroup) })),
						...extras.map(() => '')
					])
				)
		});
	}
	if (r.masking?.noBreakdown) blocks.push({ kind: 'p', text: m.votes_masked_no_breakdown() });
	const zeroWeight = zeroWeightNote(r);
	if (zeroWeight) blocks.push({ kind: 'p', text: zeroWeight });
	if (r.quorum.kind !== 'none')
		blocks.push({
			kind: 'p',
			text: m.votes_result_quorum({
				counted: n(r.quorum.counted),
				required: n(r.quorum.required),
				entitled: n(r.quorum.entitled),
				verdict: r.quorum.reached ? m.votes_result_quorum_reached() : m.votes_result_quorum_missed()
			})
		});
	if (r.figures.length) blocks.push({ kind: 'list', items: r.figures.map((f) => figureText(f, v.options)) });
	for (const d of r.draws)
		blocks.push({ kind: 'p', text: m.votes_result_draw({ tied: d.tied.map((id) => optionName(v.options, id)).join(', '), order: d.order.map((id) => optionName(v.options, id)).join(', ') }) });
	if (v.chainHead) blocks.push({ kind: 'p', text: lv(m.votes_chain_head(), v.chainHead) });
	if (v.indicators.length)
		blocks.push({
			kind: 'list',
			items: v.indicators.map((i) => m.minutes_indicator_line({ name: i.name, plan: i.planTitle, state: i.validatedHere ? m.minutes_indicator_validated() : m.minutes_indicator_not_validated() }))
		});
	if (v.adoptedForYears.length) blocks.push({ kind: 'p', text: m.minutes_themes_adopted_for({ years: v.adoptedForYears.join(', ') }) });
	if (v.roll?.length) {
		blocks.push({ kind: 'p', bold: true, text: m.minutes_roll_call({ n: String(v.roll.length) }) });
		blocks.push({
			kind: 'table',
			head: [m.minutes_col_member(), m.minutes_col_college(), m.minutes_col_choice(), m.minutes_col_proxy()],
			rows: v.roll.map((b) => [b.name, collegeName(b.collegeId), choiceText(v.options, v.method, b.choice), b.actingName ?? '']),
			widths: [2, 2, 1.5, 2]
		});
	}
	return blocks;
}

export function minutesDocument(data: MinutesData): MinutesDocument {
	const { plenary, attendance: a } = data;
	const collegeName = (id: number | null) => data.colleges.find((c) => c.id === id)?.name ?? m.minutes_no_college();
	const blocks: MinutesBlock[] = [
		{ kind: 'title', text: m.minutes_heading({ title: plenary.title }) },
		{
			kind: 'subtitle',
			text: `${m.minutes_intro({ kind: plenaryKindName(plenary.kind), council: data.council.name, date: formatDateTime(plenary.startsAt) })}${plenary.place ? ` ${m.minutes_intro_place({ place: plenary.place })}` : ''}`
		},
		{ kind: 'h2', text: m.minutes_attendance_title() },
		{ kind: 'p', text: m.minutes_attendance_summary({ present: n(a.present), inRoom: n(a.inRoom), remote: n(a.remote), represented: n(a.represented), entitled: n(a.entitled) }) },
		{
			kind: 'p',
			bold: true,
			text:
				a.quorum.kind === 'none'
					? m.minutes_quorum_none_needed({ counted: n(a.presentOrRepresented) })
					: `${a.quorum.reached ? m.votes_quorum_met() : m.votes_quorum_not_met()} — ${m.votes_quorum_numbers({ counted: n(a.quorum.counted), required: n(a.quorum.required) })}`
		},
		{
			kind: 'table',
			head: [m.minutes_col_college(), m.minutes_col_weight(), m.minutes_col_entitled(), m.minutes_col_present(), m.minutes_col_represented()],
			rows: [
				...a.byCollege.map((row) => {
					const weight = data.colleges.find((c) => c.id === row.collegeId)?.weight;
					return [row.name || collegeName(row.collegeId), weight === undefined ? '—' : formatPercent(weight / 100), n(row.entitled), n(row.present), n(row.represented)];
				}),
				[m.minutes_total(), '', n(a.entitled), n(a.present), n(a.represented)]
			]
		}
	];
	const groups = [...data.colleges.map((c) => c.id as number | null), null];
	for (const id of groups) {
		const people = data.present.filter((p) => p.collegeId === id);
		if (!people.length) continue;
		blocks.push({ kind: 'p', text: lv(collegeName(id), people.map((p) => (p.mode === 'remote' ? m.minutes_remote_name({ name: p.name }) : p.name)).join(', ')) });
	}
	blocks.push({ kind: 'h3', text: m.minutes_proxies_title() });
	blocks.push(data.proxies.length ? { kind: 'list', items: data.proxies.map((p) => m.minutes_proxy_line({ giver: p.giver, holder: p.holder })) } : { kind: 'p', text: m.minutes_proxies_none() });
	if (data.otherAttendees.length) blocks.push({ kind: 'p', text: `${m.minutes_other_attendees()} ${data.otherAttendees.join(', ')}` });

	blocks.push({ kind: 'h2', text: m.minutes_agenda_title() });
	data.agenda.forEach((item, i) => {
		blocks.push({ kind: 'h3', text: `${i + 1}. ${item.title} (${agendaKindName(item.kind)})` });
		if (item.presenter) blocks.push({ kind: 'p', text: m.minutes_presenter({ name: item.presenter }) });
		if (item.description) blocks.push({ kind: 'p', text: item.description });
		if (item.proposals.length) blocks.push({ kind: 'list', items: item.proposals.map((p) => m.minutes_proposal_state_line({ title: p.title, state: stateLabel(p.state) })) });
		if (item.speakers.length) {
			const college = (name: string | null) => name ?? m.speakers_summary_no_college();
			blocks.push({ kind: 'p', bold: true, text: m.speakers_minutes_spoke() });
			blocks.push({
				kind: 'list',
				items: item.speakers.map((l) =>
					l.kind === 'speech'
						? m.speakers_minutes_line({ name: l.name, college: college(l.college), time: duration(l.seconds) })
						: m.speakers_minutes_line_kind({ name: l.name, college: college(l.college), kind: speakerKindName(l.kind), time: duration(l.seconds) })
				)
			});
		}
		for (const v of item.votes) blocks.push(...voteBlocks(v, collegeName));
	});
	const st = data.speakingTime;
	if (st.total.speeches > 0) {
		blocks.push({ kind: 'h2', text: m.speakers_minutes_summary_title() });
		blocks.push({
			kind: 'table',
			head: [m.speakers_summary_college(), m.speakers_summary_speeches(), m.speakers_summary_time(), m.speakers_summary_share()],
			rows: st.rows.map((r) => [r.name ?? m.speakers_summary_no_college(), n(r.speeches), duration(r.seconds), formatPercent(r.seconds / st.total.seconds)])
		});
	}

	if (data.sections.length) {
		blocks.push({ kind: 'h2', text: m.minutes_sections_title() });
		for (const s of data.sections) {
			if (s.title) blocks.push({ kind: 'h3', text: s.title });
			for (const p of s.body
				.split(/\n\s*\n/)
				.map((x) => x.trim())
				.filter(Boolean))
				blocks.push({ kind: 'p', text: p });
		}
	}
	const footer = plenary.minutesPublishedAt ? m.minutes_published_on({ date: formatDate(plenary.minutesPublishedAt) }) : m.minutes_draft_notice();
	return { title: m.minutes_heading({ title: plenary.title }), author: data.council.name, lang: getLocale(), blocks, footer: `${data.council.name} — ${footer}` };
}
