// The evaluation report as a document in the reader's language, for the PDF (src/lib/server/evaluation/report-pdf.ts
// lays it out). Lille evaluates "on the basis of these 4 focal points": progress is given per principle and per
// objective, each with its indicators (chart and values), the findings and recommendations that cite it; then the
// benchmark of other cities, one line per figure with its source.
import { m } from '$lib/paraglide/messages';
import { getLocale } from '$lib/paraglide/runtime';
import { formatDate, formatNumber, formatPercent } from './format';
import { findingKindLabel, interviewKindLabel, priorityLabel, progressLabel, shownProgress, stageLabel, stageStatusLabel } from './plans';
import type { EvaluationReport, ReportIndicator } from '$lib/server/evaluation/report';
import type { ReportBlock, ReportDocument } from '$lib/server/evaluation/report-pdf';
import type { TreeNode } from '$lib/server/plans/tree-progress';
import type { ComparisonItem } from '$lib/server/evaluation/comparisons';

type Progressive = { progress: number | null; raw?: number | null; status: string; achieved: boolean };

/** "−12 % — Off track", "100 % — Achieved", "No data". */
export function progressText(p: Progressive): string {
	const shown = shownProgress(p);
	return shown === null ? progressLabel('no_data') : `${formatPercent(shown, 0)} — ${p.achieved ? m.plans_progress_achieved() : progressLabel(p.status)}`;
}

const lines = (t: string) =>
	t
		.split(/\r?\n/)
		.map((l) => l.trim())
		.filter(Boolean);
const withUnit = (v: number, unit: string) => `${formatNumber(v)}${unit ? ` ${unit}` : ''}`;

/** "Lyon — Heures d’insertion… : 435 000 heures/an (2020). Source : …" */
export function comparisonLine(c: ComparisonItem): string {
	return m.evaluation_comparison_line({
		city: c.city,
		subject: c.subject,
		value: withUnit(c.value, c.unit),
		year: c.year === null ? m.evaluation_comparison_year_none() : String(c.year),
		source: c.source
	});
}

function subtree(n: TreeNode): TreeNode[] {
	return [n, ...n.children.flatMap(subtree)];
}

function indicatorBlocks(r: EvaluationReport, i: ReportIndicator): ReportBlock[] {
	const b: ReportBlock[] = [{ kind: 'p', text: m.plans_labelled({ label: i.name, value: progressText(i.progress) }) }];
	if (i.series.length) {
		const values = m.evaluation_report_series({
			baseline: withUnit(i.baselineValue, i.unit),
			target: withUnit(i.targetValue, i.unit),
			values: i.series.map((p) => m.plans_labelled({ label: p.periodLabel || formatDate(p.date), value: withUnit(p.value, i.unit) })).join(m.plans_list_separator())
		});
		b.push(
			{
				kind: 'chart',
				points: i.series,
				baseline: { date: i.baselineDate, value: i.baselineValue },
				target: { date: i.targetDate, value: i.targetValue },
				labels: { baseline: m.plans_chart_baseline(), target: m.plans_chart_target() },
				alt: `${i.name}. ${values}`,
				format: (v) => formatNumber(v)
			},
			{ kind: 'p', small: true, text: values }
		);
	} else b.push({ kind: 'p', text: m.plans_series_empty(), small: true });
	const citing = r.findings.filter((f) => f.evidence.some((e) => e.kind === 'indicator' && e.refId === i.id));
	if (citing.length) b.push({ kind: 'list', items: citing.map((f) => m.plans_labelled({ label: findingKindLabel(f.kind), value: f.text })) });
	return b;
}

/** A principle or objective: its progress, its indicators, the findings and recommendations aimed at it. */
function nodeBlocks(r: EvaluationReport, node: TreeNode, depth: number): ReportBlock[] {
	const b: ReportBlock[] = [{ kind: depth === 0 ? 'h3' : 'h4', text: node.title }];
	b.push({ kind: 'p', text: node.progress.measured ? progressText(node.progress) : progressLabel('no_data'), small: true });
	const hasIndicators = subtree(node).some((n) => n.indicators.length > 0);
	if (!hasIndicators && node.kind !== 'action') b.push({ kind: 'p', text: m.evaluation_report_no_indicators(), small: true });
	for (const ti of node.indicators) {
		const i = r.indicators.find((x) => x.id === ti.id);
		if (i) b.push(...indicatorBlocks(r, i));
	}
	const findings = r.findings.filter((f) => f.nodeId === node.id);
	if (findings.length) b.push({ kind: 'p', text: m.evaluation_findings() }, { kind: 'list', items: findings.map((f) => m.plans_labelled({ label: findingKindLabel(f.kind), value: f.text })) });
	const recs = r.recommendations.filter((x) => x.nodeId === node.id);
	if (recs.length) b.push({ kind: 'p', text: m.evaluation_recommendations_title() }, { kind: 'list', items: recs.map((x) => `${x.text} [${priorityLabel(x.priority)}]`) });
	for (const child of node.children) if (child.kind !== 'action' || child.indicators.length) b.push(...nodeBlocks(r, child, depth + 1));
	return b;
}

export function reportDocument(r: EvaluationReport, council: { name: string }, plan: { title: string; description: string }): ReportDocument {
	const c = r.campaign;
	const b: ReportBlock[] = [
		{ kind: 'title', text: c.title },
		{ kind: 'p', text: `${council.name} — ${plan.title}` },
		{ kind: 'h2', text: m.evaluation_report_context() },
		{ kind: 'p', text: c.context || plan.description },
		{ kind: 'p', text: `${m.evaluation_report_overall()} ${progressText(r.tree.progress)}` }
	];
	if (c.questions) b.push({ kind: 'h3', text: m.evaluation_field_questions() }, { kind: 'list', items: lines(c.questions) });
	if (c.focusAreas) b.push({ kind: 'h3', text: m.evaluation_field_focus() }, { kind: 'list', items: lines(c.focusAreas) });
	b.push({ kind: 'h2', text: m.evaluation_report_method() });
	if (c.method) b.push({ kind: 'p', text: c.method });
	if (c.committee.length)
		b.push({ kind: 'p', text: m.plans_labelled({ label: m.evaluation_committee(), value: c.committee.map((x) => x.name + (x.organisation ? ` (${x.organisation})` : '')).join(', ') }) });
	const stageDates = (s: { startDate: string | null; endDate: string | null }) =>
		s.startDate && s.endDate
			? `, ${m.evaluation_stage_dates({ start: formatDate(s.startDate), end: formatDate(s.endDate) })}`
			: s.startDate
				? `, ${formatDate(s.startDate)}`
				: s.endDate
					? `, ${formatDate(s.endDate)}`
					: '';
	b.push(
		{ kind: 'h3', text: m.evaluation_stages_title() },
		{ kind: 'list', items: c.stages.map((s) => `${stageLabel(s.stage)} — ${stageStatusLabel(s.status)}${stageDates(s)}${s.outputs ? `. ${s.outputs}` : ''}`) }
	);

	b.push({ kind: 'h2', text: m.evaluation_report_by_principle() });
	for (const root of r.tree.roots) b.push(...nodeBlocks(r, root, 0));

	b.push({ kind: 'h2', text: m.evaluation_report_questionnaires() });
	for (const q of r.questionnaires) {
		b.push({ kind: 'h3', text: `${q.questionnaire.title} — ${m.evaluation_response_count({ count: formatNumber(q.responses) })}` });
		for (const question of q.questions) {
			b.push({ kind: 'p', text: `${question.label}${question.mean !== null ? ` (${m.evaluation_mean({ mean: formatNumber(question.mean, 1) })})` : ''}` });
			// free-text answers stay internal: the report prints the excerpts the evaluation published
			if (question.kind === 'text')
				b.push({
					kind: 'list',
					items: question.excerpts.length
						? question.excerpts.map((e) => m.evaluation_quote({ text: e.text }))
						: [question.answered ? m.evaluation_texts_private({ count: formatNumber(question.answered) }) : m.evaluation_no_text()]
				});
			else b.push({ kind: 'bars', bars: question.counts, alt: question.counts.map((x) => m.plans_labelled({ label: x.label, value: formatNumber(x.count) })).join(m.plans_list_separator()) });
		}
	}
	b.push(
		{ kind: 'h2', text: m.evaluation_interviews() },
		{
			kind: 'list',
			// interviewees and notes stay internal: the organisations met and the excerpts published
			items: r.interviews.map((i) =>
				[`${interviewKindLabel(i.kind)}, ${formatDate(i.date)}`, i.organisations, ...i.excerpts.map((e) => m.evaluation_quote({ text: e.text }))].filter(Boolean).join(' — ')
			)
		}
	);
	const whole = r.findings.filter((f) => f.nodeId === null);
	if (whole.length) b.push({ kind: 'h2', text: m.evaluation_findings() }, { kind: 'list', items: whole.map((f) => `${findingKindLabel(f.kind)} — ${f.text}`) });
	b.push({ kind: 'h2', text: m.evaluation_comparison_title() });
	if (r.comparisons.length) b.push({ kind: 'list', items: r.comparisons.map(comparisonLine) });
	else b.push({ kind: 'p', text: m.evaluation_comparison_empty() });
	b.push(
		{ kind: 'h2', text: m.evaluation_recommendations_title() },
		{ kind: 'list', items: r.recommendations.map((x) => `${x.text} [${priorityLabel(x.priority)}] — ${x.nodeTitle ?? m.evaluation_whole_plan()}`) }
	);
	return { title: c.title, author: council.name, lang: getLocale(), blocks: b, footer: `${c.title} — Cocon` };
}
