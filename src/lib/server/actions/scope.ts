// Helpers for `scope`: objects named by the input are looked up within the council of the request.
import { DomainError } from '../errors';
import type { CouncilRow } from '../councils/councils';

/** The row, or the domain's not-found refusal when it is missing. */
export function found<T>(row: T | undefined | null, code = 'common_error_not_found', field = 'form'): T {
	if (row === undefined || row === null) throw new DomainError(code, field);
	return row;
}

/** The row when it belongs to the council of the request, else the not-found refusal (never "forbidden"). */
export function inCouncil<T extends { councilId: number }>(row: T | undefined | null, council: Pick<CouncilRow, 'id'> | null, code = 'common_error_not_found', field = 'form'): T {
	if (!row || !council || row.councilId !== council.id) throw new DomainError(code, field);
	return row;
}

/** The council of the request, for actions declared with council 'required'. */
export function requireCouncilOf(council: CouncilRow | null): CouncilRow {
	if (!council) throw new DomainError('common_error_not_found');
	return council;
}
