CREATE TABLE `join_requests` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`council_id` integer NOT NULL,
	`email` text NOT NULL,
	`name` text NOT NULL,
	`organisation_name` text DEFAULT '' NOT NULL,
	`organisation_type` text DEFAULT 'other' NOT NULL,
	`siret` text,
	`college_id` integer,
	`motivation` text DEFAULT '' NOT NULL,
	`locale` text DEFAULT 'fr' NOT NULL,
	`status` text DEFAULT 'unconfirmed' NOT NULL,
	`token_hash` text NOT NULL,
	`token_expires_at` integer NOT NULL,
	`confirmed_at` integer,
	`decided_at` integer,
	`decided_by` integer,
	`decision_reason` text,
	`membership_id` integer,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`council_id`) REFERENCES `councils`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`college_id`) REFERENCES `colleges`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`decided_by`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE set null,
	FOREIGN KEY (`membership_id`) REFERENCES `memberships`(`id`) ON UPDATE no action ON DELETE set null
);
--> statement-breakpoint
CREATE UNIQUE INDEX `join_requests_token_hash_unique` ON `join_requests` (`token_hash`);--> statement-breakpoint
CREATE INDEX `join_requests_council_status_idx` ON `join_requests` (`council_id`,`status`);--> statement-breakpoint
CREATE INDEX `join_requests_email_idx` ON `join_requests` (`email`);--> statement-breakpoint
CREATE TABLE `proposal_follows` (
	`proposal_id` integer NOT NULL,
	`user_id` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	PRIMARY KEY(`proposal_id`, `user_id`),
	FOREIGN KEY (`proposal_id`) REFERENCES `proposals`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `proposal_follows_user_idx` ON `proposal_follows` (`user_id`);--> statement-breakpoint
CREATE TABLE `notification_delivery` (
	`user_id` integer PRIMARY KEY NOT NULL,
	`email` text DEFAULT 'immediate' NOT NULL,
	`last_digest_at` integer,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE TABLE `notification_digest_items` (
	`id` integer PRIMARY KEY AUTOINCREMENT NOT NULL,
	`user_id` integer NOT NULL,
	`council_id` integer,
	`kind` text NOT NULL,
	`params` text NOT NULL,
	`link` text NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade,
	FOREIGN KEY (`council_id`) REFERENCES `councils`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE INDEX `notification_digest_items_user_idx` ON `notification_digest_items` (`user_id`,`id`);--> statement-breakpoint
ALTER TABLE `councils` ADD `join_requests_open` integer DEFAULT false NOT NULL;--> statement-breakpoint
-- data migration
-- authors, co-authors and supporters of existing proposals follow them, as new ones will
INSERT OR IGNORE INTO `proposal_follows` (`proposal_id`, `user_id`, `created_at`) SELECT `id`, `author_id`, `created_at` FROM `proposals`;--> statement-breakpoint
INSERT OR IGNORE INTO `proposal_follows` (`proposal_id`, `user_id`) SELECT `proposal_id`, `user_id` FROM `proposal_coauthors`;--> statement-breakpoint
INSERT OR IGNORE INTO `proposal_follows` (`proposal_id`, `user_id`, `created_at`) SELECT `proposal_id`, `user_id`, `created_at` FROM `proposal_supports`;
