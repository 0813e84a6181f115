CREATE TABLE `email_verifications` (
	`token_hash` text PRIMARY KEY NOT NULL,
	`user_id` integer NOT NULL,
	`expires_at` integer NOT NULL,
	`created_at` integer DEFAULT (cast(unixepoch('subsec') * 1000 as integer)) NOT NULL,
	FOREIGN KEY (`user_id`) REFERENCES `users`(`id`) ON UPDATE no action ON DELETE cascade
);
--> statement-breakpoint
CREATE UNIQUE INDEX `email_verifications_user_id_unique` ON `email_verifications` (`user_id`);--> statement-breakpoint
ALTER TABLE `users` ADD `email_verified_at` integer;--> statement-breakpoint
-- data migration
-- Existing accounts count as verified, except those made through a workshop guest link (the link was used
-- within a minute of the account's creation) that hold no council membership: their owners verify them by mail.
UPDATE `users` SET `email_verified_at` = `created_at`
WHERE NOT EXISTS (
	SELECT 1 FROM `workshop_guests` g
	WHERE g.`user_id` = `users`.`id` AND g.`used_at` IS NOT NULL AND abs(g.`used_at` - `users`.`created_at`) < 60000
) OR EXISTS (SELECT 1 FROM `memberships` m WHERE m.`user_id` = `users`.`id`);
