// What the demo plenaries say: titles, agendas, votes, how members vote and the minutes' text (in French, as a
// Strasbourg-style council would write them; docs/domain.md, 'The co-construction loop' and 'The demo council'). Used by plenaries.ts.
import type { AgendaItemInput } from '../plenaries/agenda';
import type { VoteInput } from '../plenaries/votes';
import type { MinutesSection } from '../plenaries/tables';

/** The choice of the k-th ballot cast, for a member of the college at `collegeIndex` (0 SSE actors … 3 partners); null: no ballot. */
export type DemoVoter = (k: number, collegeIndex: number) => string[] | null;

const SPASER = 'Commande publique responsable (SPASER, clauses sociales)';
const QPV = 'Quartiers prioritaires (QPV)';
const CIRCULAR = 'Économie circulaire';
const EMPLOYMENT = 'Emploi et insertion par l’activité économique';
const FOOD = 'Alimentation durable';
const RESIDENTS = 'Initiatives habitantes';
const HOUSING = 'Habitat durable';
const DIGITAL = 'Numérique responsable et solidaire';

/** The options of the ranked vote on the 2026 annual themes (their ids become the themes' ids). */
export const THEMES_2026 = { options: [SPASER, QPV, CIRCULAR, EMPLOYMENT, FOOD, RESIDENTS, HOUSING, DIGITAL] };
/** The themes that vote chose, in order. */
export const WINNERS_2026 = [SPASER, QPV, CIRCULAR, EMPLOYMENT];

// Five ways members ranked the themes (by name; plenaries.ts casts the themes' ids), 6/5/4/3/2 ballots in 20.
const RANKINGS: [number, string[]][] = [
	[6, [SPASER, QPV, CIRCULAR, EMPLOYMENT]],
	[5, [QPV, SPASER, EMPLOYMENT, CIRCULAR]],
	[4, [CIRCULAR, SPASER, FOOD, QPV]],
	[3, [EMPLOYMENT, SPASER, CIRCULAR, QPV]],
	[2, [FOOD, RESIDENTS, DIGITAL, HOUSING]]
];

function rankingOf(k: number): string[] {
	let slot = k % 20;
	for (const [n, names] of RANKINGS) {
		if (slot < n) return names;
		slot -= n;
	}
	return RANKINGS[0][1];
}

export const PLENARY_2026 = {
	title: 'Assemblée plénière 2026',
	description:
		'Plénière annuelle du Conseil de l’ESS, en présence de la Maire et de la Présidente de l’Eurométropole : bilan de l’année, vote des propositions acceptées et choix des thèmes annuels 2026, qui orienteront les ateliers thématiques.',
	startsAt: '2026-03-19T18:00',
	place: 'Centre administratif, salle des conseils — 1 parc de l’Étoile, Strasbourg',
	onlineUrl: 'https://visio.strasbourg.eu/conseil-ess-pleniere-2026',
	agenda: [
		{ kind: 'information', title: 'Ouverture de la plénière', presenter: 'Claire Weber, présidente', durationMinutes: 10 },
		{
			kind: 'vote',
			title: 'Rapport d’activité 2025 du conseil',
			presenter: 'Sophie Martin, secrétariat',
			durationMinutes: 20,
			description: 'Présentation du rapport d’activité 2025 et vote d’approbation.'
		},
		{
			kind: 'vote',
			title: 'Vote sur les propositions acceptées',
			presenter: 'Secrétariat du conseil',
			durationMinutes: 30,
			description: 'Propositions acceptées pour délibération depuis la dernière plénière.'
		},
		{
			kind: 'annual_themes',
			title: 'Choix des thèmes annuels 2026',
			presenter: 'Claire Weber, présidente',
			durationMinutes: 40,
			description: 'Vote par classement : les quatre thèmes en tête orienteront les ateliers de l’année.'
		},
		{ kind: 'information', title: 'Tableau de bord des indicateurs', presenter: 'CRESS Grand Est', durationMinutes: 20 },
		{ kind: 'information', title: 'Date de la prochaine plénière', durationMinutes: 5 }
	] satisfies AgendaItemInput[],
	reportItem: 1,
	proposalItem: 2,
	themesItem: 3,
	proposal: {
		author: 3,
		title: 'Réserver des marchés d’entretien des espaces verts aux structures d’insertion',
		summary: 'Réserver chaque année des lots d’entretien des espaces verts de la Ville et de l’Eurométropole aux structures d’insertion par l’activité économique.',
		body: 'Les marchés réservés (article L2113-13 du code de la commande publique) permettent de confier des lots à des structures d’insertion.\n\nNous proposons :\n\n- de réserver au moins deux lots d’entretien des espaces verts par an ;\n- d’accompagner les structures candidates avec la CRESS et le réseau de l’insertion ;\n- de publier chaque année le nombre d’heures d’insertion réalisées.',
		themes: [SPASER, EMPLOYMENT, 'Achats responsables'],
		acceptAnswer: 'Acceptée pour délibération : la proposition sera soumise au vote de la plénière du 19 mars 2026.'
	},
	votes: {
		report: {
			input: {
				question: 'Approuvez-vous le rapport d’activité 2025 du conseil ?',
				method: 'yes_no_abstain',
				weighting: 'none',
				majority: 'simple',
				base: 'cast',
				secrecy: 'named'
			} satisfies VoteInput,
			choose: ((k) => (k % 25 === 7 ? ['no'] : k % 12 === 5 ? ['abstain'] : ['yes'])) as DemoVoter
		},
		proposal: {
			input: {
				question: 'Adoptez-vous la proposition « Réserver des marchés d’entretien des espaces verts aux structures d’insertion » ?',
				method: 'yes_no_abstain',
				weighting: 'college',
				majority: 'absolute',
				base: 'cast_abstain',
				secrecy: 'secret'
			} satisfies VoteInput,
			choose: ((k, college) => {
				if (college === 0) return k % 10 < 8 ? ['yes'] : k % 10 === 8 ? ['no'] : ['abstain'];
				if (college === 1) return k % 5 < 4 ? ['yes'] : ['abstain'];
				if (college === 2) return k % 3 < 2 ? ['yes'] : ['no'];
				return k % 4 < 2 ? ['yes'] : k % 4 === 2 ? ['abstain'] : ['no'];
			}) as DemoVoter
		},
		themes: {
			input: {
				question: 'Classez les thèmes que le conseil retiendra pour 2026 (quatre thèmes)',
				method: 'ranked',
				options: THEMES_2026.options,
				minChoices: 1,
				maxChoices: 4,
				winners: 4,
				weighting: 'none',
				majority: 'simple',
				base: 'cast',
				secrecy: 'secret'
			} satisfies VoteInput,
			choose: ((k) => rankingOf(k)) as DemoVoter
		}
	},
	minutes: [
		{
			title: 'Ouverture',
			body: 'Claire Weber, présidente du conseil, ouvre la séance à 18 h 05 en présence de la Maire de Strasbourg. Elle rappelle que le conseil, créé en 2010, a porté une quarantaine de propositions, et remercie les membres venus nombreux ainsi que celles et ceux qui suivent la séance à distance.'
		},
		{
			title: 'Rapport d’activité 2025',
			body: 'Le secrétariat présente le rapport d’activité : quatre ateliers thématiques réunis à onze reprises, six propositions déposées, deux adoptées. Les membres saluent la publication des indicateurs et demandent un suivi plus régulier des clauses sociales. Le rapport est approuvé.'
		},
		{
			title: 'Synthèse des débats sur les propositions',
			body: 'La proposition de réserver des marchés d’entretien des espaces verts aux structures d’insertion est présentée par son autrice. Les représentants des collectivités soulignent la compatibilité avec le SPASER en cours de révision ; plusieurs partenaires demandent que les volumes d’heures soient suivis dans le tableau de bord. La proposition est adoptée.'
		},
		{
			title: 'Thèmes annuels 2026',
			body: 'Après un échange sur les priorités de l’année, les membres classent les huit thèmes proposés. Les quatre thèmes retenus, dans l’ordre, sont la commande publique responsable, les quartiers prioritaires, l’économie circulaire et l’emploi et l’insertion. Ils orienteront les ateliers thématiques de 2026.'
		},
		{
			title: 'Prochaine plénière',
			body: 'La prochaine assemblée plénière se tiendra au début de l’année 2027. La séance est levée à 20 h 50.'
		}
	] satisfies MinutesSection[]
};

export const PLENARY_2027 = {
	title: 'Assemblée plénière de printemps 2027',
	description: 'Plénière de printemps : bilan des propositions et des ateliers de l’année, choix des thèmes annuels 2027 et votes sur les propositions acceptées.',
	startsAt: '2027-02-04T18:00',
	place: 'Centre administratif, salle des conseils — 1 parc de l’Étoile, Strasbourg',
	onlineUrl: 'https://visio.strasbourg.eu/conseil-ess-pleniere-2027',
	agenda: [
		{ kind: 'information', title: 'Ouverture de la plénière', presenter: 'Claire Weber, présidente', durationMinutes: 10 },
		{ kind: 'information', title: 'Bilan des propositions depuis la dernière plénière', presenter: 'Sophie Martin, secrétariat', durationMinutes: 20 },
		{ kind: 'debate', title: 'Restitution des ateliers thématiques', presenter: 'Animateurs des ateliers', durationMinutes: 40 },
		{
			kind: 'annual_themes',
			title: 'Vote des thèmes annuels 2027',
			presenter: 'Claire Weber, présidente',
			durationMinutes: 30,
			description: 'Vote par classement : les quatre thèmes en tête orienteront les ateliers de 2027.'
		},
		{ kind: 'vote', title: 'Votes sur les propositions', presenter: 'Secrétariat du conseil', durationMinutes: 30 },
		{
			kind: 'vote',
			title: 'Tableau de bord des indicateurs et validation des indicateurs du PLDESS 2021-2026',
			presenter: 'Élise Rivière, évaluation',
			durationMinutes: 25,
			description: 'Étape 2 de l’évaluation : le conseil valide les indicateurs de suivi du prochain plan.'
		},
		{ kind: 'information', title: 'Date de la prochaine plénière', durationMinutes: 5 }
	] satisfies AgendaItemInput[],
	themesItem: 3,
	indicatorsItem: 5,
	proposalsItem: 4,
	themesVote: {
		question: 'Classez les thèmes que le conseil retiendra pour 2027 (quatre thèmes)',
		method: 'ranked',
		options: [SPASER, QPV, CIRCULAR, EMPLOYMENT, FOOD, RESIDENTS, HOUSING, DIGITAL, 'Locaux d’activité et tiers-lieux', 'Jeunesse'],
		minChoices: 1,
		maxChoices: 4,
		winners: 4,
		weighting: 'none',
		majority: 'simple',
		base: 'cast',
		secrecy: 'secret'
	} satisfies VoteInput
};

export const PLENARY_2019 = {
	title: 'Capitale européenne de l’ESS 2019',
	description:
		'Session extraordinaire réunie après la désignation de Strasbourg comme capitale européenne de l’économie sociale et solidaire pour 2019 : présentation et vote du programme d’actions de l’année.',
	startsAt: '2019-01-31T18:00',
	place: 'Hôtel de Ville de Strasbourg, salle des fêtes',
	agenda: [
		{ kind: 'information', title: 'Ouverture par la présidence', presenter: 'Présidence du conseil', durationMinutes: 10 },
		{ kind: 'debate', title: 'Strasbourg, capitale européenne de l’ESS 2019 : présentation du programme', presenter: 'Service ESS de la Ville', durationMinutes: 60 },
		{ kind: 'vote', title: 'Vote du programme d’actions', durationMinutes: 20 }
	] satisfies AgendaItemInput[],
	voteItem: 2,
	vote: {
		input: {
			question: 'Adoptez-vous le programme d’actions « Strasbourg, capitale européenne de l’ESS 2019 » ?',
			method: 'yes_no_abstain',
			weighting: 'college',
			majority: 'absolute',
			base: 'cast_abstain',
			secrecy: 'named'
		} satisfies VoteInput,
		choose: ((k) => (k % 17 === 3 ? ['abstain'] : k % 29 === 11 ? ['no'] : ['yes'])) as DemoVoter
	},
	minutes: [
		{
			title: 'Objet de la plenary',
			body: 'La présidence réunit le conseil en plenary extraordinaire après la désignation de Strasbourg comme capitale européenne de l’économie sociale et solidaire pour 2019. Cette désignation engage la Ville, l’Eurométropole et les acteurs de l’ESS dans un programme d’événements tout au long de l’année.'
		},
		{
			title: 'Synthèse des débats',
			body: 'Le service ESS présente le programme : un forum européen, des rencontres dans les quartiers, une quinzaine de l’achat responsable et l’accueil de délégations étrangères. Les réseaux de l’ESS demandent que les structures des quartiers prioritaires soient associées à chaque événement ; la CRESS propose de coordonner le calendrier. Le programme d’actions est adopté.'
		}
	] satisfies MinutesSection[]
};
