// Labels for the councils' coded values (voting defaults), and service errors rendered with formatted numbers.
import { m } from '$lib/paraglide/messages';
import type { Majority, MajorityBase, QuorumKind, Weighting } from '$lib/schemas/council-options';

export function weightingLabel(code: Weighting | string): string {
	switch (code) {
		case 'none':
			return m.councils_weighting_none();
		case 'member':
			return m.councils_weighting_member();
		case 'college':
			return m.councils_weighting_college();
		default:
			return code;
	}
}

export function majorityLabel(code: Majority | string): string {
	switch (code) {
		case 'simple':
			return m.councils_majority_simple();
		case 'absolute':
			return m.councils_majority_absolute();
		case 'two_thirds':
			return m.councils_majority_two_thirds();
		case 'three_quarters':
			return m.councils_majority_three_quarters();
		default:
			return code;
	}
}

export function majorityBaseLabel(code: MajorityBase | string): string {
	switch (code) {
		case 'cast':
			return m.councils_base_cast();
		case 'cast_abstain':
			return m.councils_base_cast_abstain();
		case 'entitled':
			return m.councils_base_entitled();
		case 'present':
			return m.councils_base_present();
		default:
			return code;
	}
}

export function quorumKindLabel(code: QuorumKind | string): string {
	switch (code) {
		case 'none':
			return m.councils_quorum_none();
		case 'count':
			return m.councils_quorum_count();
		case 'share':
			return m.councils_quorum_share();
		default:
			return code;
	}
}

/** A service refusal (DomainError code + params) as a sentence, numbers in the reader's locale. */
export { refusalMessage as domainMessage } from './translate';
