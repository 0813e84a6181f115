CREATE TABLE `speaker_lists` (
	`agenda_item_id` integer PRIMARY KEY NOT NULL,
	`closed` integer DEFAULT false NOT NULL,
	`speaking_seconds` integer,
	`version` integer DEFAULT 0 NOT NULL,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `speakers` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`agenda_item_id` integer NOT NULL,
	`membership_id` integer NOT NULL,
	`kind` text DEFAULT 'speech' NOT NULL,
	`state` text DEFAULT 'waiting' NOT NULL,
	`position` integer DEFAULT 0 NOT NULL,
	`requested_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	`added_by` integer,
	`started_at` integer,
	`ended_at` integer,
	FOREIGN KEY (`agenda_item_id`) REFERENCES `agenda_items`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`added_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE INDEX `speakers_item_idx` ON `speakers` (`agenda_item_id`,`state`,`position`);--> statement-breakpoint
CREATE UNIQUE INDEX `speakers_one_waiting_idx` ON `speakers` (`agenda_item_id`,`membership_id`) WHERE state = 'waiting';--> statement-breakpoint
CREATE UNIQUE INDEX `speakers_one_speaking_idx` ON `speakers` (`agenda_item_id`) WHERE state = 'speaking';--> statement-breakpoint
ALTER TABLE `councils` ADD `speaking_seconds` integer DEFAULT 180 NOT NULL;