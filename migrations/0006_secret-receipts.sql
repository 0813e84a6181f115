CREATE TABLE `secret_receipts` (
	`id` integer PRIMARY KEY NOT NULL,
	`vote_id` integer NOT NULL,
	`code` text NOT NULL,
	FOREIGN KEY (`vote_id`) REFERENCES `votes`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `secret_receipts_vote_idx` ON `secret_receipts` (`vote_id`);