// The codes a council's voting defaults take, usable anywhere (server, forms, browser): no zod, no server code.

export const WEIGHTINGS = ['none', 'member', 'college'] as const;
export const MAJORITIES = ['simple', 'absolute', 'two_thirds', 'three_quarters'] as const;
export const MAJORITY_BASES = ['cast', 'cast_abstain', 'entitled', 'present'] as const;
export const QUORUM_KINDS = ['none', 'count', 'share'] as const;
export const THEME_KINDS = ['theme', 'lever'] as const;
export const MEMBER_STATUSES = ['active', 'deactivated'] as const;
/** Same list as COUNCIL_ROLES in server/auth/permissions.ts (a test keeps them equal). */
export const MEMBER_ROLES = ['secretariat', 'chair', 'member', 'evaluator', 'observer'] as const;

export type Weighting = (typeof WEIGHTINGS)[number];
export type Majority = (typeof MAJORITIES)[number];
export type MajorityBase = (typeof MAJORITY_BASES)[number];
export type QuorumKind = (typeof QUORUM_KINDS)[number];
export type ThemeKind = (typeof THEME_KINDS)[number];

export type VotingDefaults = {
	weighting: Weighting;
	majority: Majority;
	majorityBase: MajorityBase;
	quorumKind: QuorumKind;
	quorumValue: number;
	proxyLimit: number;
	/** minimum group size for secret results (default 5) */
	secretMinGroup: number;
	supportThreshold: number;
};

/** Rows the creation form offers without JavaScript. */
export const EMPTY_COLLEGE_ROWS = 6;
export const MOVE_DIRECTIONS = ['up', 'down'] as const;
export type MoveDirection = (typeof MOVE_DIRECTIONS)[number];
