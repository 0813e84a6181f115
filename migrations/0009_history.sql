ALTER TABLE `indicators` ADD `target_reviewed_at` integer;--> statement-breakpoint
ALTER TABLE `indicators` ADD `target_reviewed_by` integer REFERENCES users(id);