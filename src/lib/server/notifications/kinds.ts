// The kinds of notification and their defaults. Other domains append their kinds here (with the
// matching notifications_kind_<kind> and notifications_kind_label_<kind> messages).
export const NOTIFICATION_KINDS = [
	'proposal_comment',
	'proposal_amendment',
	'proposal_state',
	'proposal_answer',
	'proposal_support',
	'session_convened',
	'questionnaire_opened',
	'approval_round_opened',
	'evaluation_reminder'
] as const;
export type NotificationKind = (typeof NOTIFICATION_KINDS)[number];

/** Kinds sent by email unless the person turns it off; in-app is on by default for every kind. */
export const EMAIL_BY_DEFAULT: readonly NotificationKind[] = ['proposal_answer', 'proposal_state', 'session_convened', 'questionnaire_opened', 'approval_round_opened', 'evaluation_reminder'];

export function isNotificationKind(value: string): value is NotificationKind {
	return (NOTIFICATION_KINDS as readonly string[]).includes(value);
}
