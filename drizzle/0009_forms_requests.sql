CREATE TABLE "form_definitions" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"version" integer NOT NULL,
	"definition" jsonb NOT NULL,
	"processing_days" integer NOT NULL,
	"created_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_definitions_service_version_unique" UNIQUE("service_id","version"),
	CONSTRAINT "form_definitions_version_check" CHECK ("form_definitions"."version" >= 1),
	CONSTRAINT "form_definitions_processing_days_check" CHECK ("form_definitions"."processing_days" between 1 and 365)
);
--> statement-breakpoint
CREATE TABLE "form_requests" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"tracking_code" text NOT NULL,
	"service_id" uuid NOT NULL,
	"definition_version" integer NOT NULL,
	"user_id" uuid,
	"idempotency_key" text NOT NULL,
	"request_fingerprint" text NOT NULL,
	"values" jsonb NOT NULL,
	"status" text DEFAULT 'diterima' NOT NULL,
	"due_date" date NOT NULL,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	"updated_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_requests_trackingCode_unique" UNIQUE("tracking_code"),
	CONSTRAINT "form_requests_service_idempotency_unique" UNIQUE("service_id","idempotency_key"),
	CONSTRAINT "form_requests_status_check" CHECK ("form_requests"."status" in ('diterima', 'diverifikasi', 'diproses', 'selesai', 'ditolak'))
);
--> statement-breakpoint
CREATE TABLE "form_request_events" (
	"id" bigserial PRIMARY KEY NOT NULL,
	"request_id" uuid NOT NULL,
	"status" text NOT NULL,
	"note" text,
	"actor_id" uuid,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
CREATE TABLE "form_uploads" (
	"id" uuid PRIMARY KEY DEFAULT gen_random_uuid() NOT NULL,
	"service_id" uuid NOT NULL,
	"field_key" text,
	"name" text NOT NULL,
	"type" text NOT NULL,
	"size" integer NOT NULL,
	"content" "bytea" NOT NULL,
	"request_id" uuid,
	"event_id" bigint,
	"uploaded_by" uuid,
	"created_at" timestamp with time zone DEFAULT now() NOT NULL,
	CONSTRAINT "form_uploads_size_check" CHECK ("form_uploads"."size" >= 0)
);
--> statement-breakpoint
CREATE TABLE "satisfaction_responses" (
	"request_id" uuid PRIMARY KEY NOT NULL,
	"service_id" uuid NOT NULL,
	"scores" jsonb NOT NULL,
	"comment" text,
	"at" timestamp with time zone DEFAULT now() NOT NULL
);
--> statement-breakpoint
ALTER TABLE "form_definitions" ADD CONSTRAINT "form_definitions_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_definitions" ADD CONSTRAINT "form_definitions_created_by_users_id_fk" FOREIGN KEY ("created_by") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_requests" ADD CONSTRAINT "form_requests_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_requests" ADD CONSTRAINT "form_requests_user_id_users_id_fk" FOREIGN KEY ("user_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_requests" ADD CONSTRAINT "form_requests_service_id_definition_version_form_definitions_service_id_version_fk" FOREIGN KEY ("service_id","definition_version") REFERENCES "public"."form_definitions"("service_id","version") ON DELETE restrict ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_request_events" ADD CONSTRAINT "form_request_events_request_id_form_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."form_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_request_events" ADD CONSTRAINT "form_request_events_actor_id_users_id_fk" FOREIGN KEY ("actor_id") REFERENCES "public"."users"("id") ON DELETE set null ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_uploads" ADD CONSTRAINT "form_uploads_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_uploads" ADD CONSTRAINT "form_uploads_request_id_form_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."form_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "form_uploads" ADD CONSTRAINT "form_uploads_event_id_form_request_events_id_fk" FOREIGN KEY ("event_id") REFERENCES "public"."form_request_events"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_responses" ADD CONSTRAINT "satisfaction_responses_request_id_form_requests_id_fk" FOREIGN KEY ("request_id") REFERENCES "public"."form_requests"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
ALTER TABLE "satisfaction_responses" ADD CONSTRAINT "satisfaction_responses_service_id_services_id_fk" FOREIGN KEY ("service_id") REFERENCES "public"."services"("id") ON DELETE cascade ON UPDATE no action;--> statement-breakpoint
CREATE INDEX "form_requests_inbox_index" ON "form_requests" USING btree ("service_id","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "form_requests_inbox_status_index" ON "form_requests" USING btree ("service_id","status","created_at" DESC NULLS LAST,"id" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "form_requests_user_index" ON "form_requests" USING btree ("user_id","created_at" DESC NULLS LAST);--> statement-breakpoint
CREATE INDEX "form_request_events_request_id_id_index" ON "form_request_events" USING btree ("request_id","id");--> statement-breakpoint
CREATE INDEX "form_uploads_request_id_index" ON "form_uploads" USING btree ("request_id");--> statement-breakpoint
CREATE INDEX "form_uploads_unbound_index" ON "form_uploads" USING btree ("created_at") WHERE "form_uploads"."request_id" is null;--> statement-breakpoint
CREATE INDEX "satisfaction_responses_service_id_index" ON "satisfaction_responses" USING btree ("service_id");