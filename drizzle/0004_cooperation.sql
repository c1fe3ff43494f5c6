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
ALTER TABLE "deal" ADD CONSTRAINT "deal_created_by_user_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_activity" ADD CONSTRAINT "deal_activity_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_activity" ADD CONSTRAINT "deal_activity_actor_id_user_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."user"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_milestone" ADD CONSTRAINT "deal_milestone_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_organization" ADD CONSTRAINT "deal_organization_deal_id_deal_id_fk" FOREIGN KEY ("deal_id") REFERENCES "public"."deal"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "deal_organization" ADD CONSTRAINT "deal_organization_organization_id_organization_id_fk" FOREIGN KEY ("organization_id") REFERENCES "public"."organization"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "deal_stage_idx" ON "deal" USING btree ("stage");--> statement-breakpoint
CREATE INDEX "deal_activity_deal_idx" ON "deal_activity" USING btree ("deal_id","at");--> statement-breakpoint
CREATE INDEX "deal_milestone_deal_idx" ON "deal_milestone" USING btree ("deal_id");--> statement-breakpoint
CREATE INDEX "deal_organization_org_idx" ON "deal_organization" USING btree ("organization_id");