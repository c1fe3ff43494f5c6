CREATE TABLE "booth" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"hall_id" text NOT NULL,
	"number" text NOT NULL,
	"x" double precision NOT NULL,
	"y" double precision NOT NULL,
	"width" double precision NOT NULL,
	"height" double precision NOT NULL,
	"type" text NOT NULL,
	"price_amount" numeric(18, 2),
	"price_currency" text,
	"pavilion_id" text,
	"application_id" text
);
--> statement-breakpoint
CREATE TABLE "check_in" (
	"scan_id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"registration_id" text,
	"outcome" text NOT NULL,
	"scanned_at" timestamp with time zone NOT NULL,
	"received_at" timestamp with time zone DEFAULT now() NOT NULL,
	"device_id" text NOT NULL,
	"scanned_by" text
);
--> statement-breakpoint
CREATE TABLE "exhibitor_application" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"pavilion_id" text,
	"requested_area" double precision,
	"product_ids" text[] DEFAULT '{}'::text[] NOT NULL,
	"message" text DEFAULT '' NOT NULL,
	"decision_message" text,
	"decided_by" text,
	"decided_at" timestamp with time zone,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "forum" (
	"id" text PRIMARY KEY NOT NULL,
	"organizer_organization_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_on" date NOT NULL,
	"ends_on" date NOT NULL,
	"time_zone" text NOT NULL,
	"venue_name" jsonb NOT NULL,
	"venue_city" text NOT NULL,
	"venue_country" text NOT NULL,
	"venue_address" text,
	"parties" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"registration_open" boolean DEFAULT true NOT NULL,
	"applications_open" boolean DEFAULT true NOT NULL,
	"status" text DEFAULT 'draft' NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "forum_dates_ck" CHECK ("forum"."ends_on" >= "forum"."starts_on")
);
--> statement-breakpoint
CREATE TABLE "hall" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	"width" double precision NOT NULL,
	"height" double precision NOT NULL,
	"entrances" jsonb NOT NULL,
	"obstacles" jsonb DEFAULT '[]'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "pavilion" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"kind" text NOT NULL,
	"country" text,
	"color" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "programme_session" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"room" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"ends_at" timestamp with time zone NOT NULL,
	"speakers" text[] DEFAULT '{}'::text[] NOT NULL,
	"language" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "registration" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"user_id" text,
	"application_id" text,
	"full_name" text NOT NULL,
	"email" text NOT NULL,
	"organization_name" text,
	"job_title" text,
	"country" text NOT NULL,
	"language" text NOT NULL,
	"category" text NOT NULL,
	"source" text NOT NULL,
	"badge_code" text NOT NULL,
	"access_key" text NOT NULL,
	"checked_in_at" timestamp with time zone,
	"cancelled_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "tour" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"hall_id" text NOT NULL,
	"name" jsonb NOT NULL,
	"note" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	"minutes_per_stop" integer NOT NULL,
	"entrance" integer DEFAULT 0 NOT NULL,
	"legs" jsonb NOT NULL,
	"total_distance_metres" double precision NOT NULL,
	"optimal" boolean NOT NULL,
	"notified_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "job" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"status" text NOT NULL,
	"done" integer DEFAULT 0 NOT NULL,
	"total" integer DEFAULT 0 NOT NULL,
	"message" text,
	"result_name" text,
	"result_media_type" text,
	"owner_id" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "booth" ADD CONSTRAINT "booth_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth" ADD CONSTRAINT "booth_hall_id_hall_id_fk" FOREIGN KEY ("hall_id") REFERENCES "public"."hall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "booth" ADD CONSTRAINT "booth_pavilion_id_pavilion_id_fk" FOREIGN KEY ("pavilion_id") REFERENCES "public"."pavilion"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_registration_id_registration_id_fk" FOREIGN KEY ("registration_id") REFERENCES "public"."registration"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "check_in" ADD CONSTRAINT "check_in_scanned_by_user_id_fk" FOREIGN KEY ("scanned_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_application" ADD CONSTRAINT "exhibitor_application_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_application" ADD CONSTRAINT "exhibitor_application_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_application" ADD CONSTRAINT "exhibitor_application_pavilion_id_pavilion_id_fk" FOREIGN KEY ("pavilion_id") REFERENCES "public"."pavilion"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_application" ADD CONSTRAINT "exhibitor_application_decided_by_user_id_fk" FOREIGN KEY ("decided_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "exhibitor_application" ADD CONSTRAINT "exhibitor_application_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum" ADD CONSTRAINT "forum_organizer_organization_id_organization_id_fk" FOREIGN KEY ("organizer_organization_id") REFERENCES "public"."organization"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "forum" ADD CONSTRAINT "forum_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "hall" ADD CONSTRAINT "hall_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "pavilion" ADD CONSTRAINT "pavilion_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "programme_session" ADD CONSTRAINT "programme_session_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "registration" ADD CONSTRAINT "registration_application_id_exhibitor_application_id_fk" FOREIGN KEY ("application_id") REFERENCES "public"."exhibitor_application"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour" ADD CONSTRAINT "tour_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "tour" ADD CONSTRAINT "tour_hall_id_hall_id_fk" FOREIGN KEY ("hall_id") REFERENCES "public"."hall"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "job" ADD CONSTRAINT "job_owner_id_user_id_fk" FOREIGN KEY ("owner_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE UNIQUE INDEX "booth_forum_number_uq" ON "booth" USING btree ("forum_id","number");--> statement-breakpoint
CREATE INDEX "booth_hall_idx" ON "booth" USING btree ("hall_id");--> statement-breakpoint
CREATE UNIQUE INDEX "booth_application_uq" ON "booth" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "check_in_forum_idx" ON "check_in" USING btree ("forum_id","scanned_at");--> statement-breakpoint
CREATE INDEX "check_in_registration_idx" ON "check_in" USING btree ("registration_id");--> statement-breakpoint
CREATE INDEX "application_forum_idx" ON "exhibitor_application" USING btree ("forum_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "application_live_uq" ON "exhibitor_application" USING btree ("forum_id","organization_id") WHERE status in ('pending', 'approved', 'waitlisted');--> statement-breakpoint
CREATE INDEX "forum_dates_idx" ON "forum" USING btree ("starts_on");--> statement-breakpoint
CREATE INDEX "forum_organizer_idx" ON "forum" USING btree ("organizer_organization_id");--> statement-breakpoint
CREATE INDEX "hall_forum_idx" ON "hall" USING btree ("forum_id","position");--> statement-breakpoint
CREATE INDEX "pavilion_forum_idx" ON "pavilion" USING btree ("forum_id");--> statement-breakpoint
CREATE INDEX "programme_session_forum_idx" ON "programme_session" USING btree ("forum_id","starts_at");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_forum_email_uq" ON "registration" USING btree ("forum_id","email");--> statement-breakpoint
CREATE UNIQUE INDEX "registration_forum_code_uq" ON "registration" USING btree ("forum_id","badge_code");--> statement-breakpoint
CREATE INDEX "registration_user_idx" ON "registration" USING btree ("user_id");--> statement-breakpoint
CREATE INDEX "registration_application_idx" ON "registration" USING btree ("application_id");--> statement-breakpoint
CREATE INDEX "tour_forum_idx" ON "tour" USING btree ("forum_id","starts_at");