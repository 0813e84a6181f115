CREATE TABLE `vote_log` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`vote_id` integer NOT NULL,
	`seq` integer NOT NULL,
	`at` text,
	`kind` text NOT NULL,
	`data` text NOT NULL,
	`prev` text NOT NULL,
	`hash` text NOT NULL,
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `vote_log_vote_seq_idx` ON `vote_log` (`vote_id`,`seq`);--> statement-breakpoint
ALTER TABLE `councils` ADD `secret_min_group` integer DEFAULT 5 NOT NULL;--> statement-breakpoint
-- data migration
UPDATE `secret_ballots` SET `college_id` = NULL WHERE `vote_id` IN (SELECT `id` FROM `votes` WHERE `weighting` <> 'college');
--> statement-breakpoint
UPDATE `secret_ballots` SET `weight` = 1 WHERE `vote_id` IN (SELECT `id` FROM `votes` WHERE `weighting` <> 'member');
--> statement-breakpoint
UPDATE `votes` SET `tally_input` = json_set(`tally_input`, '$.ballots', (SELECT json_group_array(json(json_set(`value`, '$.collegeId', CASE WHEN `votes`.`weighting` = 'college' THEN json_extract(`value`, '$.collegeId') END, '$.weight', CASE WHEN `votes`.`weighting` = 'member' THEN json_extract(`value`, '$.weight') ELSE 1 END))) FROM json_each(`votes`.`tally_input`, '$.ballots'))) WHERE `secrecy` = 'secret' AND `tally_input` IS NOT NULL;
