CREATE TABLE "cooperation_profile" (
	"id" text PRIMARY KEY NOT NULL,
	"organization_id" text NOT NULL,
	"kind" text NOT NULL,
	"partnership_type" text,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"hs_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"quantity" numeric(18, 3),
	"quantity_unit" text,
	"quantity_period" text,
	"export_ready" boolean DEFAULT false NOT NULL,
	"certificates" text[] DEFAULT '{}'::text[] NOT NULL,
	"target_markets" text[] DEFAULT '{}'::text[] NOT NULL,
	"languages" text[] DEFAULT '{}'::text[] NOT NULL,
	"valid_from" date,
	"valid_until" date,
	"search_words" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "matchmaking_settings" (
	"forum_id" text PRIMARY KEY NOT NULL,
	"requests_open" boolean DEFAULT true NOT NULL,
	"request_expiry_hours" integer DEFAULT 72 NOT NULL,
	"slot_minutes" integer DEFAULT 30 NOT NULL,
	"sessions" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"tables" integer DEFAULT 20 NOT NULL,
	"meeting_area" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"booth_meetings" boolean DEFAULT true NOT NULL,
	"online_meetings" boolean DEFAULT false NOT NULL,
	"video_link_template" text,
	"receive_caps" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"may_request" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"cross_border_weight" double precision DEFAULT 0.5 NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"request_id" text,
	"host_organization_id" text NOT NULL,
	"guest_organization_id" text NOT NULL,
	"agreed_starts_at" timestamp with time zone,
	"starts_at" timestamp with time zone,
	"place" text DEFAULT 'table' NOT NULL,
	"table_number" integer,
	"booth_id" text,
	"attendance" text DEFAULT 'planned' NOT NULL,
	"published_at" timestamp with time zone,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "meeting_outcome" (
	"meeting_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"outcome" text NOT NULL,
	"value" numeric(18, 2),
	"currency" text,
	"note" text,
	"recorded_by" text,
	"recorded_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_outcome_meeting_id_organization_id_pk" PRIMARY KEY("meeting_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_participant" (
	"forum_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"category" text NOT NULL,
	"joined_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "meeting_participant_forum_id_organization_id_pk" PRIMARY KEY("forum_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "meeting_request" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"from_organization_id" text NOT NULL,
	"to_organization_id" text NOT NULL,
	"requested_by" text,
	"message" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"decline_reason" text,
	"preferred_starts_at" timestamp with time zone,
	"proposed_starts_at" timestamp with time zone,
	"proposed_by_organization_id" text,
	"priority" integer DEFAULT 0 NOT NULL,
	"mutual" boolean DEFAULT false NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"expires_at" timestamp with time zone NOT NULL,
	"responded_at" timestamp with time zone,
	CONSTRAINT "meeting_request_not_self_ck" CHECK ("meeting_request"."from_organization_id" <> "meeting_request"."to_organization_id")
);
--> statement-breakpoint
CREATE TABLE "participant_unavailability" (
	"forum_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"starts_at" timestamp with time zone NOT NULL,
	CONSTRAINT "participant_unavailability_forum_id_organization_id_starts_at_pk" PRIMARY KEY("forum_id","organization_id","starts_at")
);
--> statement-breakpoint
CREATE TABLE "recommendation_dismissal" (
	"user_id" text NOT NULL,
	"forum_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"dismissed_organization_id" text NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "recommendation_dismissal_user_id_forum_id_organization_id_dismissed_organization_id_pk" PRIMARY KEY("user_id","forum_id","organization_id","dismissed_organization_id")
);
--> statement-breakpoint
CREATE TABLE "schedule_run" (
	"id" text PRIMARY KEY NOT NULL,
	"forum_id" text NOT NULL,
	"job_id" text,
	"status" text DEFAULT 'running' NOT NULL,
	"fairness" integer NOT NULL,
	"assignments" jsonb DEFAULT '[]'::jsonb NOT NULL,
	"review" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"published_at" timestamp with time zone
);
--> statement-breakpoint
ALTER TABLE "cooperation_profile" ADD CONSTRAINT "cooperation_profile_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "cooperation_profile" ADD CONSTRAINT "cooperation_profile_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "matchmaking_settings" ADD CONSTRAINT "matchmaking_settings_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_request_id_meeting_request_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."meeting_request"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_host_organization_id_organization_id_fk" FOREIGN KEY ("host_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_guest_organization_id_organization_id_fk" FOREIGN KEY ("guest_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting" ADD CONSTRAINT "meeting_booth_id_booth_id_fk" FOREIGN KEY ("booth_id") REFERENCES "public"."booth"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcome" ADD CONSTRAINT "meeting_outcome_meeting_id_meeting_id_fk" FOREIGN KEY ("meeting_id") REFERENCES "public"."meeting"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcome" ADD CONSTRAINT "meeting_outcome_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_outcome" ADD CONSTRAINT "meeting_outcome_recorded_by_user_id_fk" FOREIGN KEY ("recorded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_participant" ADD CONSTRAINT "meeting_participant_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_request" ADD CONSTRAINT "meeting_request_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_request" ADD CONSTRAINT "meeting_request_from_organization_id_organization_id_fk" FOREIGN KEY ("from_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_request" ADD CONSTRAINT "meeting_request_to_organization_id_organization_id_fk" FOREIGN KEY ("to_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "meeting_request" ADD CONSTRAINT "meeting_request_requested_by_user_id_fk" FOREIGN KEY ("requested_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_unavailability" ADD CONSTRAINT "participant_unavailability_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "participant_unavailability" ADD CONSTRAINT "participant_unavailability_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_dismissal" ADD CONSTRAINT "recommendation_dismissal_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_dismissal" ADD CONSTRAINT "recommendation_dismissal_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_dismissal" ADD CONSTRAINT "recommendation_dismissal_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "recommendation_dismissal" ADD CONSTRAINT "recommendation_dismissal_dismissed_organization_id_organization_id_fk" FOREIGN KEY ("dismissed_organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_run" ADD CONSTRAINT "schedule_run_forum_id_forum_id_fk" FOREIGN KEY ("forum_id") REFERENCES "public"."forum"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_run" ADD CONSTRAINT "schedule_run_job_id_job_id_fk" FOREIGN KEY ("job_id") REFERENCES "public"."job"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "schedule_run" ADD CONSTRAINT "schedule_run_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "cooperation_profile_org_idx" ON "cooperation_profile" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "cooperation_profile_words_idx" ON "cooperation_profile" USING gin ("search_words");--> statement-breakpoint
CREATE INDEX "cooperation_profile_hs_idx" ON "cooperation_profile" USING gin ("hs_codes");--> statement-breakpoint
CREATE INDEX "meeting_forum_idx" ON "meeting" USING btree ("forum_id","starts_at");--> statement-breakpoint
CREATE INDEX "meeting_host_idx" ON "meeting" USING btree ("forum_id","host_organization_id");--> statement-breakpoint
CREATE INDEX "meeting_guest_idx" ON "meeting" USING btree ("forum_id","guest_organization_id");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_request_uq" ON "meeting" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "meeting_participant_org_idx" ON "meeting_participant" USING btree ("organization_id");--> statement-breakpoint
CREATE INDEX "meeting_request_to_idx" ON "meeting_request" USING btree ("forum_id","to_organization_id","status");--> statement-breakpoint
CREATE INDEX "meeting_request_from_idx" ON "meeting_request" USING btree ("forum_id","from_organization_id","status");--> statement-breakpoint
CREATE UNIQUE INDEX "meeting_request_live_uq" ON "meeting_request" USING btree ("forum_id","from_organization_id","to_organization_id") WHERE status in ('pending', 'accepted');--> statement-breakpoint
CREATE INDEX "schedule_run_forum_idx" ON "schedule_run" USING btree ("forum_id","created_at");