ALTER TABLE `proposals` ADD `submission_key` text;--> statement-breakpoint
CREATE UNIQUE INDEX `proposals_author_submission_key_idx` ON `proposals` (`author_id`,`submission_key`);