// The tally file of a closed and published vote, read from the database (the format: src/lib/tally/tally-file.ts).
import { eq } from 'drizzle-orm';
import { db } from '../db/client';
import { DomainError } from '../errors';
import { buildTallyFile, type TallyFile } from '../../tally/tally-file';
import { voteRow } from './access';
import { ballots, secretBallots } from './tables';
import { readLog } from './vote-log';
import { minGroupOf } from './secret-view';

const iso = (d: Date | null) => d?.toISOString() ?? null;

/** Published votes only (the caller checks the reader may read the plenary). */
export function tallyFileOf(voteId: number): TallyFile {
	const tx = db();
	const vote = voteRow(tx, voteId);
	if (vote.state !== 'published' || !vote.result || !vote.tallyInput) throw new DomainError('plenaries_error_not_found');
	const secret = vote.secrecy === 'secret';
	const fileBallots = secret
		? tx
				.select({ ballot: secretBallots.id, college: secretBallots.collegeId, weight: secretBallots.weight, choice: secretBallots.choice })
				.from(secretBallots)
				.where(eq(secretBallots.voteId, voteId))
				.all()
		: tx
				.select({ member: ballots.representedMembershipId, acting: ballots.actingMembershipId, college: ballots.collegeId, weight: ballots.weight, choice: ballots.choice })
				.from(ballots)
				.where(eq(ballots.voteId, voteId))
				.orderBy(ballots.representedMembershipId)
				.all()
				.map(({ acting, ...b }) => ({ ...b, proxyHolder: acting === b.member ? null : acting }));
	return buildTallyFile({
		vote: { id: vote.id, question: vote.question, secrecy: secret ? 'secret' : 'named', openedAt: iso(vote.openedAt), closedAt: iso(vote.closedAt), publishedAt: iso(vote.publishedAt) },
		input: vote.tallyInput,
		ballots: fileBallots,
		log: readLog(voteId, tx),
		result: vote.result,
		minGroup: minGroupOf(vote.councilId)
	});
}
