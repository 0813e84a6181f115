// Everything the evaluation report shows (page and PDF): the plan with progress, the campaign, every
// indicator with its series, the questionnaires' aggregated results, interviews, findings, the benchmark of other
// cities, recommendations.
// The report is what the council publishes: whoever reads it, it holds no interview notes, no interviewee and no
// free-text answer, only the excerpts the evaluation published (excerpts.ts).
import { planTreeWithProgress, type PlanTree, type TreeIndicator, type TreeNode } from '../plans/tree-progress';
import { series, type SeriesPoint } from '../plans/measurements';
import { listRecommendations, type RecommendationItem } from '../plans/recommendations';
import { getCampaignByPlan, type CampaignDetail } from './campaigns';
import { listQuestionnaires } from './questionnaires';
import { questionnaireResults, type QuestionnaireResults } from './results';
import { listFindings, listInterviews, type FindingItem, type InterviewItem } from './evidence';
import { listComparisons, type ComparisonItem } from './comparisons';

export type ReportIndicator = TreeIndicator & { objective: string; series: SeriesPoint[] };
export type EvaluationReport = {
	tree: PlanTree;
	campaign: CampaignDetail;
	indicators: ReportIndicator[];
	questionnaires: QuestionnaireResults[];
	interviews: InterviewItem[];
	findings: FindingItem[];
	comparisons: ComparisonItem[];
	recommendations: RecommendationItem[];
};

function walk(nodes: TreeNode[]): TreeNode[] {
	return nodes.flatMap((n) => [n, ...walk(n.children)]);
}

export function evaluationReport(planId: number): EvaluationReport | undefined {
	const tree = planTreeWithProgress(planId);
	const campaign = getCampaignByPlan(planId);
	if (!tree || !campaign) return undefined;
	const indicators = walk(tree.roots).flatMap((n) => n.indicators.map((i) => ({ ...i, objective: n.title, series: series(i.id) })));
	return {
		tree,
		campaign,
		indicators,
		questionnaires: listQuestionnaires(campaign.id)
			.filter((q) => q.status !== 'draft')
			.map((q) => questionnaireResults(q.id)!)
			.filter(Boolean),
		interviews: listInterviews(campaign.id),
		findings: listFindings(campaign.id),
		comparisons: listComparisons(campaign.id),
		recommendations: listRecommendations(planId)
	};
}
