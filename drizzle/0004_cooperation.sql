CREATE TABLE "agenda" (
	"id" text PRIMARY KEY NOT NULL,
	"a" text NOT NULL,
	"b" text NOT NULL,
	"title" jsonb NOT NULL,
	"priority_areas" text[] DEFAULT '{}'::text[] NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_commitment" (
	"id" text PRIMARY KEY NOT NULL,
	"agenda_id" text NOT NULL,
	"title" text NOT NULL,
	"area" text,
	"owner" text NOT NULL,
	"owner_email" text,
	"due_date" date NOT NULL,
	"status" text NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_keeper" (
	"agenda_id" text NOT NULL,
	"organization_id" text NOT NULL,
	CONSTRAINT "agenda_keeper_agenda_id_organization_id_pk" PRIMARY KEY("agenda_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "agenda_meeting" (
	"id" text PRIMARY KEY NOT NULL,
	"agenda_id" text NOT NULL,
	"date" date NOT NULL,
	"place" text NOT NULL,
	"participants" text DEFAULT '' NOT NULL,
	"decisions" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "agenda_target" (
	"id" text PRIMARY KEY NOT NULL,
	"agenda_id" text NOT NULL,
	"kind" text NOT NULL,
	"year" integer NOT NULL,
	"target" double precision NOT NULL,
	"actual" double precision,
	"reported" double precision,
	"source" text DEFAULT '' NOT NULL
);
--> statement-breakpoint
CREATE TABLE "commitment_deal" (
	"commitment_id" text NOT NULL,
	"deal_id" text NOT NULL,
	CONSTRAINT "commitment_deal_commitment_id_deal_id_pk" PRIMARY KEY("commitment_id","deal_id")
);
--> statement-breakpoint
CREATE TABLE "deal" (
	"id" text PRIMARY KEY NOT NULL,
	"kind" text NOT NULL,
	"title" jsonb NOT NULL,
	"description" jsonb DEFAULT '{}'::jsonb NOT NULL,
	"stage" text NOT NULL,
	"drop_reason" text,
	"value" double precision,
	"currency" text,
	"usd_rate" double precision,
	"rate_date" date,
	"hs_codes" text[] DEFAULT '{}'::text[] NOT NULL,
	"facility" jsonb,
	"origin" jsonb,
	"created_by" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_activity" (
	"id" text PRIMARY KEY NOT NULL,
	"deal_id" text NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	"actor_id" text,
	"action" text NOT NULL,
	"detail" jsonb DEFAULT '{}'::jsonb NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_document" (
	"id" text PRIMARY KEY NOT NULL,
	"deal_id" text NOT NULL,
	"name" text NOT NULL,
	"version" integer NOT NULL,
	"file_id" text NOT NULL,
	"uploaded_by" text,
	"uploaded_at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "deal_milestone" (
	"id" text PRIMARY KEY NOT NULL,
	"deal_id" text NOT NULL,
	"title" text NOT NULL,
	"due_date" date NOT NULL,
	"owner" text NOT NULL,
	"done_on" date
);
--> statement-breakpoint
CREATE TABLE "deal_organization" (
	"deal_id" text NOT NULL,
	"organization_id" text NOT NULL,
	"role" text NOT NULL,
	"position" integer DEFAULT 0 NOT NULL,
	CONSTRAINT "deal_organization_deal_id_organization_id_pk" PRIMARY KEY("deal_id","organization_id")
);
--> statement-breakpoint
CREATE TABLE "saved_opportunity" (
	"user_id" text NOT NULL,
	"a" text NOT NULL,
	"b" text NOT NULL,
	"opportunity_id" text NOT NULL,
	"saved_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "saved_opportunity_user_id_a_b_opportunity_id_pk" PRIMARY KEY("user_id","a","b","opportunity_id")
);
--> statement-breakpoint
ALTER TABLE "stored_file" ADD COLUMN "private" boolean DEFAULT false NOT NULL;--> statement-breakpoint
ALTER TABLE "agenda_commitment" ADD CONSTRAINT "agenda_commitment_agenda_id_agenda_id_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_keeper" ADD CONSTRAINT "agenda_keeper_agenda_id_agenda_id_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_keeper" ADD CONSTRAINT "agenda_keeper_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_meeting" ADD CONSTRAINT "agenda_meeting_agenda_id_agenda_id_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "agenda_target" ADD CONSTRAINT "agenda_target_agenda_id_agenda_id_fk" FOREIGN KEY ("agenda_id") REFERENCES "public"."agenda"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_deal" ADD CONSTRAINT "commitment_deal_commitment_id_agenda_commitment_id_fk" FOREIGN KEY ("commitment_id") REFERENCES "public"."agenda_commitment"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "commitment_deal" ADD CONSTRAINT "commitment_deal_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal" ADD CONSTRAINT "deal_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_activity" ADD CONSTRAINT "deal_activity_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_activity" ADD CONSTRAINT "deal_activity_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_document" ADD CONSTRAINT "deal_document_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_document" ADD CONSTRAINT "deal_document_file_id_stored_file_id_fk" FOREIGN KEY ("file_id") REFERENCES "public"."stored_file"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_document" ADD CONSTRAINT "deal_document_uploaded_by_user_id_fk" FOREIGN KEY ("uploaded_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_milestone" ADD CONSTRAINT "deal_milestone_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_organization" ADD CONSTRAINT "deal_organization_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_organization" ADD CONSTRAINT "deal_organization_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "saved_opportunity" ADD CONSTRAINT "saved_opportunity_user_id_user_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."user"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "agenda_commitment_agenda_idx" ON "agenda_commitment" USING btree ("agenda_id","due_date");--> statement-breakpoint
CREATE INDEX "agenda_meeting_agenda_idx" ON "agenda_meeting" USING btree ("agenda_id","date");--> statement-breakpoint
CREATE INDEX "agenda_target_agenda_idx" ON "agenda_target" USING btree ("agenda_id","year");--> statement-breakpoint
CREATE INDEX "commitment_deal_deal_idx" ON "commitment_deal" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "deal_stage_idx" ON "deal" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "deal_activity_deal_idx" ON "deal_activity" USING btree ("deal_id","at");--> statement-breakpoint
CREATE UNIQUE INDEX "deal_document_version_idx" ON "deal_document" USING btree ("deal_id","name","version");--> statement-breakpoint
CREATE INDEX "deal_milestone_deal_idx" ON "deal_milestone" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "deal_organization_org_idx" ON "deal_organization" USING btree ("organization_id");