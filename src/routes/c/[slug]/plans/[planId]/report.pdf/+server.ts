// GET /c/:slug/plans/:planId/report.pdf: the evaluation report as a PDF, in the reader's language.
import { error } from '@sveltejs/kit';
import type { RequestHandler } from './$types';
import { m } from '$lib/paraglide/messages';
import { formatDate, formatNumber, formatPercent } from '$lib/i18n/format';
import { findingKindLabel, interviewKindLabel, priorityLabel, progressLabel, stageLabel, stageStatusLabel } from '$lib/i18n/plans';
import { evaluationReport } from '$lib/server/evaluation/report';
import { renderReportPdf, type ReportBlock } from '$lib/server/evaluation/report-pdf';
import { exportContext } from '../../shared.server';

export const GET: RequestHandler = async (event) => {
	const { plan, council } = exportContext(event);
	const r = evaluationReport(plan.id);
	if (!r) error(404, 'not_found');
	const lines = (t: string) => t.split(/\r?\n/).map((l) => l.trim()).filter(Boolean);
	const fmt = (v: number, unit: string) => `${formatNumber(v)}${unit ? ` ${unit}` : ''}`;
	const progress = (p: { progress: number | null; status: string; achieved: boolean }) =>
		p.progress === null ? progressLabel('no_data') : `${formatPercent(p.progress, 0)} — ${p.achieved ? m.plans_progress_achieved() : progressLabel(p.status)}`;
	const b: ReportBlock[] = [
		{ kind: 'title', text: r.campaign.title },
		{ kind: 'p', text: `${council.name} — ${plan.title}` },
		{ kind: 'h2', text: m.evaluation_report_context() },
		{ kind: 'p', text: r.campaign.context || plan.description },
		{ kind: 'p', text: `${m.evaluation_report_overall()} ${progress(r.tree.progress)}` }
	];
	if (r.campaign.questions) b.push({ kind: 'h3', text: m.evaluation_field_questions() }, { kind: 'list', items: lines(r.campaign.questions) });
	if (r.campaign.focusAreas) b.push({ kind: 'h3', text: m.evaluation_field_focus() }, { kind: 'list', items: lines(r.campaign.focusAreas) });
	b.push({ kind: 'h2', text: m.evaluation_report_method() });
	if (r.campaign.method) b.push({ kind: 'p', text: r.campaign.method });
	if (r.campaign.committee.length) b.push({ kind: 'p', text: m.plans_labelled({ label: m.evaluation_committee(), value: r.campaign.committee.map((c) => c.name + (c.organisation ? ` (${c.organisation})` : '')).join(', ') }) });
	b.push({ kind: 'h3', text: m.evaluation_stages_title() }, { kind: 'list', items: r.campaign.stages.map((s) => `${stageLabel(s.stage)} — ${stageStatusLabel(s.status)}${s.outputs ? `. ${s.outputs}` : ''}`) });
	b.push({ kind: 'h2', text: m.evaluation_report_indicators() });
	for (const i of r.indicators) {
		b.push({ kind: 'h3', text: i.name }, { kind: 'p', text: `${i.objective} — ${progress(i.progress)}`, small: true });
		if (i.series.length) {
			b.push({ kind: 'chart', points: i.series, baseline: { date: i.baselineDate, value: i.baselineValue }, target: { date: i.targetDate, value: i.targetValue }, labels: { baseline: m.plans_chart_baseline(), target: m.plans_chart_target() } });
			b.push({ kind: 'p', small: true, text: m.evaluation_report_series({ baseline: fmt(i.baselineValue, i.unit), target: fmt(i.targetValue, i.unit), values: i.series.map((p) => m.plans_labelled({ label: p.periodLabel || formatDate(p.date), value: fmt(p.value, i.unit) })).join(m.plans_list_separator()) }) });
		} else b.push({ kind: 'p', text: m.plans_series_empty(), small: true });
	}
	b.push({ kind: 'h2', text: m.evaluation_report_questionnaires() });
	for (const q of r.questionnaires) {
		b.push({ kind: 'h3', text: `${q.questionnaire.title} — ${m.evaluation_response_count({ count: formatNumber(q.responses) })}` });
		for (const question of q.questions) {
			b.push({ kind: 'p', text: `${question.label}${question.mean !== null ? ` (${m.evaluation_mean({ mean: formatNumber(question.mean, 1) })})` : ''}` });
			if (question.kind === 'text') b.push({ kind: 'list', items: question.texts.length ? question.texts : [m.evaluation_no_text()] });
			else b.push({ kind: 'bars', bars: question.counts });
		}
	}
	b.push({ kind: 'h2', text: m.evaluation_interviews() }, { kind: 'list', items: r.interviews.map((i) => `${interviewKindLabel(i.kind)}, ${formatDate(i.date)} — ${i.notes ? m.plans_labelled({ label: i.organisations || i.participants, value: i.notes }) : i.organisations || i.participants}`) });
	b.push({ kind: 'h2', text: m.evaluation_findings() }, { kind: 'list', items: r.findings.map((f) => `${findingKindLabel(f.kind)} — ${m.plans_labelled({ label: f.nodeTitle ?? m.evaluation_whole_plan(), value: f.text })}${f.evidence.length ? ` (${m.plans_labelled({ label: m.evaluation_evidence_label(), value: f.evidence.map((e) => e.label).join(m.plans_list_separator()) })})` : ''}`) });
	b.push({ kind: 'h2', text: m.evaluation_recommendations_title() }, { kind: 'list', items: r.recommendations.map((x) => `${x.text} [${priorityLabel(x.priority)}] — ${x.nodeTitle ?? m.evaluation_whole_plan()}`) });
	const pdf = await renderReportPdf({ title: r.campaign.title, author: council.name, blocks: b, footer: `${r.campaign.title} — Cocon` });
	return new Response(new Uint8Array(pdf), {
		headers: { 'content-type': 'application/pdf', 'content-disposition': `attachment; filename="rapport-evaluation-plan-${plan.id}.pdf"`, 'cache-control': 'private, no-store' }
	});
};
