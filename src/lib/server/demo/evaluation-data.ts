// The demo evaluation of PLDESS 2016-2020 (docs/domain.md, 'The evaluation cycle'): Lille-style method (questionnaires, individual and
// group interviews, steering committee with the networks), focus areas (youth, integration, Covid impact),
// a benchmark of other cities. Node and indicator keys are those of plans-data.ts.

export const DEMO_CAMPAIGN = {
	title: 'Évaluation du PLDESS 2016-2020',
	context:
		'Le PLDESS 2016-2020 arrive à échéance. Comme chaque plan depuis 2002, il est évalué avec les acteurs locaux pour préparer le plan suivant, sur la base de ses quatre principes prioritaires.',
	method:
		'Évaluation conduite par un cabinet externe : analyse des indicateurs de suivi, questionnaire en ligne adressé à tous les membres du conseil, entretiens individuels et collectifs avec les acteurs, comité de pilotage associant élus, Métropole et réseaux de l’ESS (CRESS, URSCOP, RTES, APES). Parangonnage avec Strasbourg, Lyon et Bordeaux.',
	questions:
		'Les quatre principes du plan ont-ils produit les effets attendus ?\nLes dispositifs ont-ils touché les quartiers prioritaires ?\nComment la crise sanitaire a-t-elle affecté les structures de l’ESS ?\nQuelles priorités pour le plan 2021-2026 ?',
	focusAreas: 'Jeunesse\nInsertion par l’activité économique\nImpact de la crise sanitaire\nParangonnage : Strasbourg, Lyon, Bordeaux'
};

export const DEMO_STAGES = [
	{
		stage: 1,
		status: 'done',
		startDate: '2020-09-15',
		endDate: '2020-10-30',
		participants: 'Comité de pilotage (8 personnes)',
		outputs: 'Cahier des charges et questions évaluatives adoptés le 30 octobre 2020.'
	},
	{
		stage: 2,
		status: 'done',
		startDate: '2016-03-24',
		endDate: '2016-06-14',
		participants: 'Plénière du conseil (96 présents)',
		outputs: '12 indicateurs validés en plénière le 14 juin 2016 ; un indicateur de notoriété soumis à un tour d’approbation en ligne.'
	},
	{
		stage: 3,
		status: 'done',
		startDate: '2020-11-02',
		endDate: '2021-02-15',
		participants: 'Membres du conseil, services, réseaux',
		outputs: 'Mesures 2016-2020 consolidées, questionnaire en ligne, 4 entretiens.'
	},
	{ stage: 4, status: 'in_progress', startDate: '2021-02-16', endDate: '2021-04-30', participants: 'Évaluateurs, comité de pilotage', outputs: 'Constats par principe (forces et faiblesses).' },
	{ stage: 5, status: 'in_progress', startDate: '2021-03-01', endDate: '2021-06-30', participants: 'Comité de pilotage, plénière', outputs: 'Recommandations pour le PLDESS 2021-2026.' }
] as const;

type DemoQuestion = { kind: 'single' | 'multiple' | 'scale' | 'text'; label: string; options?: string[]; required?: boolean; answer: (n: number) => number | number[] | string | undefined };

const COMMENTS = [
	'Le fonds d’amorçage a été décisif pour notre lancement.',
	'Il manque des locaux abordables pour les structures qui grandissent.',
	'Les clauses sociales ont vraiment progressé, surtout sur les chantiers.',
	'Le Mois de l’ESS est bien identifié, mais il faudrait toucher davantage les jeunes.',
	'Plus de présence dans les quartiers prioritaires.',
	'La crise sanitaire a fragilisé nos activités de restauration.'
];

export const DEMO_QUESTIONNAIRE: { title: string; intro: string; questions: DemoQuestion[] } = {
	title: 'Questionnaire aux acteurs : bilan du PLDESS 2016-2020',
	intro: 'Dix minutes pour nous dire ce que le plan a changé pour votre structure. Les réponses sont anonymes.',
	questions: [
		{ kind: 'single', label: 'Votre structure a-t-elle bénéficié d’un dispositif du plan ?', options: ['Oui', 'Non', 'Je ne sais pas'], answer: (n) => (n % 5 === 0 ? 1 : n % 7 === 0 ? 2 : 0) },
		{
			kind: 'multiple',
			label: 'Quels principes du plan vous ont concerné ?',
			options: ['Expérimentation et innovation', 'Émergence et consolidation des projets', 'ESS dans les politiques municipales', 'Promotion et sensibilisation'],
			answer: (n) => [n % 4, ...(n % 3 === 0 ? [(n + 1) % 4] : [])].sort()
		},
		{ kind: 'scale', label: 'Dans l’ensemble, êtes-vous satisfait du plan ? (1 : pas du tout, 5 : tout à fait)', answer: (n) => [4, 3, 4, 5, 2, 4, 3, 4, 5, 3][n % 10] },
		{ kind: 'text', label: 'Que faudrait-il changer dans le prochain plan ?', required: false, answer: (n) => (n % 3 === 0 ? COMMENTS[(n / 3) % COMMENTS.length] : undefined) }
	]
};

export const DEMO_INTERVIEWS = [
	{
		kind: 'group',
		date: '2021-01-12',
		participants: '',
		organisations: 'CRESS Grand Est, URSCOP, APES',
		notes: 'Les réseaux saluent la continuité du fonds d’amorçage ; ils demandent un accompagnement à la consolidation (3 à 5 ans) et des locaux partagés.',
		nodes: ['seed', 'employment']
	},
	{
		kind: 'individual',
		date: '2021-01-19',
		participants: 'Direction de la commande publique',
		organisations: '',
		notes: 'Le SPASER a structuré la démarche ; la part des marchés avec clause sociale reste en deçà de la cible faute de lots adaptés.',
		nodes: ['procurement']
	},
	{
		kind: 'group',
		date: '2021-01-26',
		participants: 'Six porteurs de projets des quartiers prioritaires',
		organisations: '',
		notes: 'Les permanences dans les quartiers sont connues mais trop espacées ; les jeunes découvrent l’ESS tard.',
		nodes: ['qpv']
	},
	{
		kind: 'individual',
		date: '2021-02-02',
		participants: 'Élue déléguée à l’ESS',
		organisations: 'Ville',
		notes: 'La crise sanitaire a interrompu le Mois de l’ESS 2020 ; la formation des agents doit s’étendre aux directions opérationnelles.',
		nodes: ['public', 'training']
	}
] as const;

/** Anonymised excerpts the evaluation published: of an interview (index in DEMO_INTERVIEWS) or of the free-text question. */
export const DEMO_EXCERPTS: ({ interview: number; text: string } | { question: number; text: string })[] = [
	{ interview: 0, text: 'Les réseaux saluent la continuité du fonds d’amorçage et demandent un accompagnement à la consolidation.' },
	{ question: 3, text: 'Il manque des locaux abordables pour les structures qui grandissent.' }
];

export const DEMO_FINDINGS: { node: string; kind: 'strength' | 'weakness'; text: string; indicators?: string[]; interviews?: number[]; questionnaire?: boolean }[] = [
	{
		node: 'seed',
		kind: 'strength',
		text: 'Le fonds d’amorçage a atteint sa cible de 14 projets en 2019 et reste plébiscité par les acteurs.',
		indicators: ['seed_projects'],
		interviews: [0],
		questionnaire: true
	},
	{ node: 'procurement', kind: 'strength', text: 'Les heures d’insertion ont progressé de 45 % entre 2015 et 2019 grâce aux clauses sociales.', indicators: ['insertion_hours'], interviews: [1] },
	{ node: 'procurement', kind: 'weakness', text: 'La part des marchés comportant une clause sociale (20 %) reste sous la cible de 25 %.', indicators: ['social_clause_share'], interviews: [1] },
	{
		node: 'qpv',
		kind: 'weakness',
		text: 'La présence de l’ESS dans les quartiers prioritaires progresse lentement ; les permanences sont trop espacées.',
		indicators: ['qpv_entities_share', 'qpv_jobs'],
		interviews: [2],
		questionnaire: true
	},
	{ node: 'public', kind: 'weakness', text: 'La crise sanitaire a fait chuter la participation aux événements en 2020.', indicators: ['month_participants', 'plenary_attendance'], interviews: [3] },
	{ node: 'awareness', kind: 'strength', text: 'Le conseil a presque atteint ses 40 propositions tout en réduisant son coût d’animation.', indicators: ['proposals_made', 'council_cost'] }
];

export const DEMO_RECOMMENDATIONS: { node: string | null; text: string; priority: 'high' | 'medium' | 'low' }[] = [
	{ node: 'seed', text: 'Prolonger le fonds d’amorçage par un accompagnement à la consolidation sur trois à cinq ans.', priority: 'high' },
	{ node: 'social_clauses', text: 'Allotir les marchés pour atteindre 25 % de marchés avec clause sociale, et viser 30 % de considérations sociales d’ici 2025.', priority: 'high' },
	{ node: 'qpv', text: 'Rendre hebdomadaires les permanences dans les quartiers prioritaires et y associer les missions locales pour les jeunes.', priority: 'medium' },
	{ node: 'public', text: 'Prévoir un format hybride du Mois de l’ESS pour résister aux crises.', priority: 'medium' },
	{ node: null, text: 'Mesurer chaque année la notoriété de l’ESS auprès des habitants.', priority: 'low' }
];

/** Not carried into the 2021-2026 draft. */
export const KEPT_OUT_NODES = ['ptce'];
