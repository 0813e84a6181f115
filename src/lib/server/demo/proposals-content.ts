// The demo council's proposals (docs/domain.md, 'The demo council'): the themes chosen for the coming period [L3853-3875], the
// topics of the ~40 proposals since 2011 [L3793-3798], and the eight achievements [L3817-3851] as
// implemented proposals. Authors are demo people: `login` is a demo login email, `member` an index into
// generatedMembers(). Dates: `daysAgo` for current ones, ISO dates for the history.

export type DemoStep =
	| { do: 'submit' | 'schedule' | 'start_implementation'; at: string | number; by?: 'author' | 'secretariat' | 'chair' }
	| { do: 'accept' | 'decline' | 'merge' | 'complete'; at: string | number; answer: string; by?: 'secretariat' | 'chair'; target?: string }
	| { do: 'adopt' | 'reject'; at: string | number }
	| { do: 'answer'; at: string | number; answer: string; by?: 'secretariat' | 'chair' }
	| { do: 'update'; at: string | number; note: string; progress: number }
	| { do: 'abandon'; at: string | number; reason: string };

export type DemoProposal = {
	key: string;
	author: { login: string } | { member: number };
	title: string;
	summary: string;
	body: string;
	themes: string[];
	levers?: string[];
	links?: { url: string; label: string }[];
	created: string | number;
	steps: DemoStep[];
	supports?: number;
	comments?: { by: { login: string } | { member: number }; body: string; at: string | number; reply?: { by: { login: string } | { member: number }; body: string; at: string | number } }[];
};

const T = {
	circular: 'Économie circulaire',
	food: 'Alimentation durable',
	housing: 'Habitat durable',
	procurement: 'Commande publique responsable (SPASER, clauses sociales)',
	qpv: 'Quartiers prioritaires (QPV)',
	premises: 'Locaux d’activité et tiers-lieux',
	creation: 'Création et accompagnement d’entreprises',
	residents: 'Initiatives habitantes',
	employment: 'Emploi et insertion par l’activité économique',
	fairTrade: 'Commerce équitable',
	innovation: 'Innovation sociale et recherche',
	cooperation: 'Coopération (PTCE, SCIC)',
	currency: 'Monnaies locales',
	europe: 'Fonds européens'
};
const L = {
	training: 'Formation des élus',
	knowledge: 'Connaissance des acteurs de l’ESS',
	purchasing: 'Achats responsables',
	sectors: 'Structuration de filières',
	networks: 'Réseaux et cartographie',
	citizens: 'Implication des acteurs et des citoyens',
	governance: 'Gouvernance multi-niveaux',
	support: 'Structures d’accompagnement et coopération',
	euFunding: 'Financements européens',
	classic: 'Liens avec l’économie classique'
};

const KARIM = { login: 'membre@demo.cocon.fr' };

/** Current proposals: the themes of the coming period and other topics, in varied states. */
export const CURRENT: DemoProposal[] = [
	{
		key: 'residents',
		author: KARIM,
		title: 'Mieux accompagner les initiatives des habitants',
		summary: 'Un guichet unique et un fonds d’amorçage pour les projets collectifs portés par des habitants, en priorité dans les quartiers.',
		body: '## Constat\n\nLes habitants qui lancent un jardin partagé, une recyclerie de quartier ou une épicerie solidaire se heurtent à des démarches dispersées entre la Ville, l’Eurométropole et les bailleurs.\n\n## Proposition\n\n- un **guichet unique** au sein du service ESS, joignable par téléphone et en permanence dans les mairies de quartier ;\n- un **fonds d’amorçage** de 1 000 à 5 000 € par projet, décidé avec un jury d’habitants ;\n- un accompagnement par les structures de l’ESS du territoire pendant la première année.\n\n## Suivi\n\nUn bilan annuel présenté en plénière : nombre de projets, montants, emplois créés.',
		themes: [T.residents, T.qpv],
		levers: [L.citizens, L.support],
		links: [{ url: 'https://www.strasbourg.eu/', label: 'Ville de Strasbourg' }],
		created: 28,
		steps: [{ do: 'submit', at: 26 }],
		supports: 14,
		comments: [
			{ by: { member: 3 }, body: 'Très utile : notre association a mis six mois à obtenir un local pour la recyclerie.', at: 24 },
			{
				by: { login: 'secretariat@demo.cocon.fr' },
				body: 'Merci pour cette proposition. Le service ESS prépare un état des lieux des aides existantes pour la prochaine plénière.',
				at: 20,
				reply: { by: KARIM, body: 'Merci ! Nous pouvons partager la liste des démarches que nous avons dû faire.', at: 19 }
			},
			{ by: { member: 21 }, body: 'Le jury d’habitants devrait associer les conseils citoyens des quartiers prioritaires.', at: 12 }
		]
	},
	{
		key: 'draft',
		author: KARIM,
		title: 'Accepter le Stück dans les équipements municipaux',
		summary: 'Permettre le paiement en monnaie locale dans les piscines, médiathèques et musées.',
		body: 'Brouillon en cours de rédaction avec l’association du Stück.',
		themes: [T.currency],
		created: 3,
		steps: []
	},
	{
		key: 'consular',
		author: { member: 60 },
		title: 'Ouvrir le conseil de l’ESS aux chambres consulaires',
		summary: 'Inviter la CCI, la Chambre de métiers et la Chambre d’agriculture au prochain conseil pour bâtir de nouveaux partenariats entre acteurs économiques du territoire.',
		body: 'Le conseil réunit aujourd’hui les acteurs de l’ESS, leurs réseaux, les collectivités et les partenaires institutionnels. Les **chambres consulaires** n’y siègent pas encore.\n\nNous proposons de les associer dès la prochaine session, avec un groupe de travail commun sur :\n\n1. la transmission d’entreprises à leurs salariés (SCOP) ;\n2. les achats responsables des entreprises classiques auprès des structures d’insertion ;\n3. l’accueil de l’ESS dans les formations des chambres.',
		themes: [T.cooperation, T.creation],
		levers: [L.classic, L.governance],
		created: 70,
		steps: [
			{ do: 'submit', at: 68 },
			{
				do: 'accept',
				at: 40,
				by: 'chair',
				answer: 'La présidence accepte la proposition pour délibération : les trois chambres consulaires ont donné leur accord de principe. Elle sera soumise au vote de la prochaine plénière.'
			},
			{ do: 'schedule', at: 30 }
		],
		supports: 22,
		comments: [{ by: { member: 98 }, body: 'La CCI Alsace Eurométropole est prête à co-animer le groupe de travail sur la transmission.', at: 50 }]
	},
	{
		key: 'employment',
		author: { member: 6 },
		title: 'Un tableau de bord de l’emploi dans l’ESS',
		summary: 'Mesurer chaque année l’emploi dans l’ESS du territoire (effectifs, contrats, insertion) pour suivre les progrès et orienter l’action publique.',
		body: 'Pour **soutenir le développement de l’emploi dans l’ESS**, il faut pouvoir en mesurer les progrès.\n\nNous proposons un tableau de bord annuel, construit avec la CRESS et l’observatoire régional :\n\n- nombre d’emplois et d’établissements par famille (associations, coopératives, mutuelles, fondations) ;\n- part des emplois en insertion ;\n- créations et disparitions d’établissements.\n\nLe tableau de bord serait présenté à chaque plénière et publié en données ouvertes.',
		themes: [T.employment],
		levers: [L.knowledge, L.networks],
		created: 55,
		steps: [
			{ do: 'submit', at: 54 },
			{ do: 'accept', at: 21, answer: 'Acceptée pour délibération. Le service ESS et la CRESS Grand Est préparent une première version des indicateurs, qui sera présentée avec la proposition.' }
		],
		supports: 31,
		comments: [
			{ by: { member: 62 }, body: 'L’observatoire régional de la CRESS peut fournir les données chaque année.', at: 40 },
			{ by: { login: 'evaluation@demo.cocon.fr' }, body: 'Pensons à fixer dès maintenant une valeur de référence et une cible pour chaque indicateur.', at: 35 }
		]
	},
	{
		key: 'qpv',
		author: { member: 12 },
		title: 'L’ESS, levier d’inclusion dans les quartiers prioritaires',
		summary: 'Implanter des tiers-lieux de l’ESS et des structures d’insertion dans les quartiers prioritaires, avec des locaux à loyer modéré.',
		body: 'Les quartiers prioritaires concentrent le chômage mais peu d’activités de l’ESS. Nous proposons :\n\n- un **appel à projets annuel** pour des tiers-lieux de l’ESS en pied d’immeuble ;\n- des loyers modérés négociés avec les bailleurs sociaux ;\n- un parcours d’insertion lié aux chantiers de rénovation des quartiers.',
		themes: [T.qpv, T.premises],
		levers: [L.support],
		created: 16,
		steps: [{ do: 'submit', at: 15 }],
		supports: 9,
		comments: [{ by: { member: 27 }, body: 'Les bailleurs sociaux doivent être associés dès le départ.', at: 10 }]
	},
	{
		key: 'circular',
		author: { member: 7 },
		title: 'Économie circulaire et rénovation énergétique des bâtiments',
		summary: 'Développer le réemploi des matériaux et confier une part des chantiers de rénovation énergétique aux structures d’insertion.',
		body: 'Pour accompagner la transition écologique, en particulier la **rénovation énergétique des bâtiments** :\n\n1. créer une plateforme de réemploi des matériaux issus de la déconstruction ;\n2. réserver des lots des marchés de rénovation aux structures d’insertion ;\n3. former les salariés en insertion aux métiers de la rénovation.',
		themes: [T.circular, T.housing],
		levers: [L.sectors, L.purchasing],
		created: 45,
		steps: [{ do: 'submit', at: 44 }],
		supports: 18,
		comments: [{ by: { member: 13 }, body: 'Envie et Libre Objet ont déjà une expérience du réemploi à partager.', at: 30 }]
	},
	{
		key: 'zerowaste',
		author: { member: 15 },
		title: 'Faire de l’Eurométropole un territoire zéro déchet, zéro gaspillage',
		summary: 'Des recycleries dans chaque commune et une collecte des biodéchets confiée à des structures de l’ESS.',
		body: 'Nous proposons un réseau de recycleries et ressourceries dans chaque commune de l’Eurométropole, et une collecte des biodéchets confiée à des structures de l’ESS.',
		themes: [T.circular],
		levers: [L.sectors],
		created: 43,
		steps: [
			{ do: 'submit', at: 42 },
			{ do: 'merge', at: 25, target: 'circular', answer: 'Cette proposition rejoint celle sur l’économie circulaire et la rénovation des bâtiments : elles seront examinées ensemble.' }
		],
		supports: 6
	},
	{
		key: 'currency',
		author: { member: 9 },
		title: 'Créer une monnaie locale municipale',
		summary: 'Une monnaie émise par la Ville pour payer une partie des subventions aux associations.',
		body: 'La Ville émettrait sa propre monnaie locale, utilisée pour une partie des subventions.',
		themes: [T.currency],
		created: 90,
		steps: [
			{ do: 'submit', at: 88 },
			{
				do: 'decline',
				at: 60,
				answer:
					'Non retenue : une collectivité ne peut pas émettre de monnaie. La Ville soutient en revanche la monnaie locale associative du territoire (le Stück) et étudie son acceptation dans les équipements municipaux.'
			}
		],
		supports: 4
	},
	{
		key: 'spaser',
		author: { member: 61 },
		title: 'Renforcer les clauses sociales dans le SPASER',
		summary:
			'Porter à 10 % la part des heures de travail réservées à l’insertion dans les marchés de la Ville et de l’Eurométropole, et suivre les résultats dans le schéma des achats socialement et écologiquement responsables.',
		body: 'Le **SPASER** (schéma de promotion des achats socialement et écologiquement responsables) fixe les orientations d’achat de la collectivité.\n\nNous proposons :\n\n- un objectif de 10 % des heures réservées à l’insertion dans les marchés de travaux ;\n- des marchés réservés aux structures d’insertion et aux entreprises adaptées ;\n- un bilan annuel public des clauses sociales.',
		themes: [T.procurement, T.employment],
		levers: [L.purchasing],
		created: 400,
		steps: [
			{ do: 'submit', at: 398 },
			{ do: 'accept', at: 370, answer: 'Acceptée pour délibération en plénière.' },
			{ do: 'schedule', at: 350 },
			{ do: 'adopt', at: 330 },
			{ do: 'answer', at: 329, by: 'chair', answer: 'Adoptée par la plénière. La Ville et l’Eurométropole intègrent l’objectif de 10 % dans la révision du SPASER.' },
			{ do: 'start_implementation', at: 300 },
			{ do: 'update', at: 200, note: 'Révision du SPASER votée ; l’objectif de 10 % s’applique aux nouveaux marchés de travaux.', progress: 40 },
			{ do: 'update', at: 60, note: 'Premier bilan : 8,2 % des heures réservées à l’insertion sur les marchés notifiés cette année.', progress: 65 }
		],
		supports: 35
	},
	{
		key: 'fairtrade',
		author: { member: 11 },
		title: 'Du commerce équitable dans la restauration collective de la Ville',
		summary: 'Servir café, thé, chocolat, sucre et bananes issus du commerce équitable dans les cantines et les réceptions de la Ville.',
		body: 'Strasbourg est labellisée « Territoire de commerce équitable ». Nous proposons d’inscrire dans les marchés de restauration collective des produits issus du commerce équitable, nord et sud, et de le faire savoir aux convives.',
		themes: [T.fairTrade, T.food],
		levers: [L.purchasing],
		created: 220,
		steps: [
			{ do: 'submit', at: 218 },
			{ do: 'accept', at: 200, answer: 'Acceptée pour délibération.' },
			{ do: 'schedule', at: 190 },
			{ do: 'adopt', at: 175 },
			{ do: 'answer', at: 174, answer: 'Adoptée. Les prochains marchés de restauration scolaire imposeront des produits équitables.' }
		],
		supports: 27,
		comments: [{ by: { member: 11 }, body: 'Artisans du Monde peut animer des ateliers dans les écoles.', at: 180 }]
	},
	{
		key: 'premises',
		author: { member: 25 },
		title: 'Réserver 30 % des locaux municipaux vacants aux structures de l’ESS',
		summary: 'Un quota de locaux vacants de la Ville attribués en priorité aux associations et coopératives.',
		body: 'Un tiers des locaux municipaux vacants serait réservé aux structures de l’ESS, à loyer modéré.',
		themes: [T.premises],
		created: 260,
		steps: [
			{ do: 'submit', at: 258 },
			{ do: 'accept', at: 240, answer: 'Acceptée pour délibération.' },
			{ do: 'schedule', at: 230 },
			{ do: 'reject', at: 175 },
			{
				do: 'answer',
				at: 174,
				answer: 'Rejetée par la plénière : un quota fixe a été jugé trop rigide. La Ville publiera chaque trimestre la liste des locaux vacants et y examinera en priorité les projets de l’ESS.'
			}
		],
		supports: 12
	},
	{
		key: 'volunteers',
		author: { member: 40 },
		title: 'Une plateforme numérique de mise en relation des bénévoles',
		summary: 'Un site commun aux associations du territoire pour recruter des bénévoles.',
		body: 'Un site unique où les associations publient leurs besoins en bénévoles.',
		themes: [T.cooperation],
		levers: [L.networks],
		created: 700,
		steps: [
			{ do: 'submit', at: 698 },
			{ do: 'accept', at: 680, answer: 'Acceptée pour délibération.' },
			{ do: 'schedule', at: 670 },
			{ do: 'adopt', at: 650 },
			{ do: 'start_implementation', at: 600 },
			{ do: 'update', at: 500, note: 'Cahier des charges rédigé avec le Mouvement associatif.', progress: 20 },
			{ do: 'abandon', at: 400, reason: 'La Région a lancé une plateforme régionale équivalente ; la Ville y relaie les offres des associations du territoire plutôt que de développer la sienne.' }
		]
	}
];

const achievement = (key: string, title: string, summary: string, themes: string[], levers: string[], year: number, author: number): DemoProposal => ({
	key,
	author: { member: author },
	title,
	summary,
	body: `${summary}\n\nCette réalisation fait partie des exemples cités dans l’étude « Urban regions, social and solidarity economy & social innovation » (Avise, RTES, France urbaine).`,
	themes,
	levers,
	created: `${year}-02-10`,
	steps: [
		{ do: 'submit', at: `${year}-02-15` },
		{ do: 'accept', at: `${year}-03-20`, answer: 'Acceptée pour délibération en plénière.' },
		{ do: 'schedule', at: `${year}-04-02` },
		{ do: 'adopt', at: `${year}-06-12` },
		{ do: 'start_implementation', at: `${year}-09-01` },
		{ do: 'update', at: `${year + 1}-03-15`, note: 'Mise en œuvre engagée avec les partenaires.', progress: 50 },
		{ do: 'complete', at: `${year + 1}-12-10`, answer: 'Réalisée. Le bilan a été présenté en plénière.' }
	],
	supports: 8 + (author % 9)
});

/** The eight achievements of the study [L3817-3851], implemented. */
export const ACHIEVEMENTS: DemoProposal[] = [
	achievement(
		'a-exhibition',
		'Une exposition itinérante sur l’ESS pendant cinq ans',
		'Créer une exposition itinérante sur l’économie sociale et solidaire, présentée pendant cinq ans dans les quartiers, les mairies et les établissements scolaires.',
		[T.innovation],
		[L.knowledge, L.citizens],
		2011,
		1
	),
	achievement(
		'a-magazine',
		'Un hors-série d’Alternatives économiques sur l’ESS du territoire',
		'Publier en 2012 un numéro spécial d’Alternatives économiques consacré à l’ESS de Strasbourg et de l’Eurométropole.',
		[T.innovation],
		[L.knowledge],
		2011,
		2
	),
	achievement(
		'a-cress',
		'Intégrer la CRESS à la feuille de route économique du territoire',
		'Associer la CRESS, au niveau stratégique et opérationnel, à la feuille de route économique du territoire, avec le conseil de développement de l’Eurométropole et l’Agence du climat.',
		[T.cooperation],
		[L.governance, L.classic],
		2013,
		63
	),
	achievement(
		'a-entrepreneurship',
		'Faire connaître l’entrepreneuriat ESS aux structures d’accompagnement',
		'Sensibiliser à l’entrepreneuriat dans l’ESS les structures d’accompagnement à la création d’entreprise et les visiteurs du salon « Créer sa boîte ».',
		[T.creation],
		[L.support],
		2012,
		64
	),
	achievement(
		'a-clauses',
		'Former les agents aux clauses d’insertion dans la commande publique',
		'Sensibiliser les agents de la Ville et de l’Eurométropole aux clauses d’insertion et encourager l’emploi par la commande publique.',
		[T.procurement, T.employment],
		[L.purchasing, L.training],
		2012,
		5
	),
	achievement(
		'a-platform',
		'Une plateforme d’achats responsables',
		'Lancer une plateforme d’achats responsables qui met en relation acheteurs publics et privés et structures de l’ESS.',
		[T.procurement],
		[L.purchasing, L.networks],
		2014,
		8
	),
	achievement(
		'a-boostinno',
		'Une stratégie pour l’innovation sociale (programme BoostInno)',
		'Élaborer une stratégie et un plan d’action pour le développement de l’innovation sociale, dans le cadre du programme européen BoostInno.',
		[T.innovation, T.europe],
		[L.euFunding],
		2015,
		65
	),
	achievement(
		'a-residents',
		'Soutenir les initiatives collectives des habitants dans les quartiers',
		'Soutenir les initiatives collectives et les expérimentations portées par les habitants dans les quartiers de Strasbourg.',
		[T.residents, T.qpv],
		[L.citizens],
		2014,
		16
	)
];

/** One amendment, accepted by the author: it produced version 2 of the residents' proposal. */
export const AMENDMENT = {
	proposal: 'residents',
	by: { member: 4 },
	at: 22,
	reason: 'Associer les bailleurs sociaux, qui disposent de nombreux locaux en pied d’immeuble.',
	find: '- un accompagnement par les structures de l’ESS du territoire pendant la première année.',
	replace:
		'- un accompagnement par les structures de l’ESS du territoire pendant la première année ;\n- une convention avec les bailleurs sociaux pour mettre à disposition des locaux en pied d’immeuble.'
};
