CREATE TABLE `vote_proposals` (
	`vote_id` integer NOT NULL,
	`proposal_id` integer NOT NULL,
	`revote` integer DEFAULT false NOT NULL,
	PRIMARY KEY(`vote_id`, `proposal_id`),
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `vote_proposals_proposal_idx` ON `vote_proposals` (`proposal_id`);--> statement-breakpoint
-- data migration
-- What each existing vote decides (vote_proposals), so that existing data keeps its meaning:
-- 1. A closed vote keeps exactly the proposals it decided. Closing a yes/no vote used to move every proposal of its
--    agenda item that was still scheduled; each move is on the proposal's timeline as a transition 'adopt' or
--    'reject' carrying the vote (proposal_events.vote_id), and proposals.vote_id holds the last such vote. Those rows
--    name the votes' proposals; a proposal an older vote skipped (it was no longer scheduled) is not named by it.
-- 2. A draft or open yes/no vote would, on closing, have moved the proposals of its item still accepted or scheduled:
--    it names them now, so that closing it does what the secretariat expected when it was prepared.
-- Nothing is a re-vote of a rejected proposal (the old code could not move a rejected proposal): revote = 0.
INSERT OR IGNORE INTO `vote_proposals` (`vote_id`, `proposal_id`, `revote`)
SELECT DISTINCT e.`vote_id`, e.`proposal_id`, 0
FROM `proposal_events` e
JOIN `votes` v ON v.`id` = e.`vote_id`
JOIN `proposals` p ON p.`id` = e.`proposal_id` AND p.`council_id` = v.`council_id`
WHERE e.`kind` = 'transition' AND e.`transition` IN ('adopt', 'reject');
--> statement-breakpoint
INSERT OR IGNORE INTO `vote_proposals` (`vote_id`, `proposal_id`, `revote`)
SELECT p.`vote_id`, p.`id`, 0
FROM `proposals` p
JOIN `votes` v ON v.`id` = p.`vote_id` AND v.`council_id` = p.`council_id`
WHERE p.`vote_id` IS NOT NULL;
--> statement-breakpoint
INSERT OR IGNORE INTO `vote_proposals` (`vote_id`, `proposal_id`, `revote`)
SELECT v.`id`, l.`proposal_id`, 0
FROM `votes` v
JOIN `agenda_item_proposals` l ON l.`agenda_item_id` = v.`agenda_item_id`
JOIN `proposals` p ON p.`id` = l.`proposal_id` AND p.`council_id` = v.`council_id`
WHERE v.`state` IN ('draft', 'open') AND v.`method` = 'yes_no_abstain' AND p.`state` IN ('accepted', 'scheduled');
