CREATE TABLE "service_upstreams" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"url" text NOT NULL,
	"status" text DEFAULT 'pending' NOT NULL,
	"note" text,
	"proposed_by" uuid,
	"reviewed_by" uuid,
	"reviewed_at" timestamp with time zone,
	"review_note" text,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "service_upstreams_status_check" CHECK ("service_upstreams"."status" in ('pending', 'approved', 'rejected', 'retired'))
);
--> statement-breakpoint
CREATE TABLE "gateway_access_log" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"user_id" uuid NOT NULL,
	"service_id" uuid NOT NULL,
	"method" text NOT NULL,
	"path" text NOT NULL,
	"status" integer NOT NULL,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "plugin_failures" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"slug" text NOT NULL,
	"version" text,
	"phase" text NOT NULL,
	"message" text NOT NULL,
	"reported_by_citizen" boolean DEFAULT false NOT NULL,
	"ip" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "plugin_failures_phase_check" CHECK ("plugin_failures"."phase" in ('load', 'integrity', 'timeout', 'bootstrap', 'mount', 'unmount', 'update', 'runtime'))
);
--> statement-breakpoint
ALTER TABLE "service_upstreams" ADD CONSTRAINT "service_upstreams_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gateway_access_log" ADD CONSTRAINT "gateway_access_log_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "gateway_access_log" ADD CONSTRAINT "gateway_access_log_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "service_upstreams_service_id_created_at_index" ON "service_upstreams" USING btree ("service_id","created_at");--> statement-breakpoint
CREATE UNIQUE INDEX "service_upstreams_one_approved_index" ON "service_upstreams" USING btree ("service_id") WHERE "service_upstreams"."status" = 'approved';--> statement-breakpoint
CREATE INDEX "gateway_access_log_user_id_id_index" ON "gateway_access_log" USING btree ("user_id","id");--> statement-breakpoint
CREATE INDEX "plugin_failures_at_index" ON "plugin_failures" USING btree ("at");--> statement-breakpoint
CREATE INDEX "plugin_failures_slug_at_index" ON "plugin_failures" USING btree ("slug","at");