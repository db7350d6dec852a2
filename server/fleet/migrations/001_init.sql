-- The fleet schema (docs/fleet.md, "Storage"). Times are epoch milliseconds in bigint: the same on
-- PGlite and PostgreSQL, no time zone to get wrong.

CREATE TABLE vehicles (
	vin text PRIMARY KEY,
	registered_at bigint NOT NULL,
	registered_by text NOT NULL,
	online boolean NOT NULL DEFAULT false,
	status_reason text,
	last_seen bigint,
	firmware jsonb NOT NULL DEFAULT '{}',
	last_status jsonb,
	telemetry_seq bigint NOT NULL DEFAULT 0,
	dtc_seq bigint NOT NULL DEFAULT 0
);

CREATE TABLE telemetry (
	vin text NOT NULL REFERENCES vehicles(vin) ON DELETE CASCADE,
	seq bigint NOT NULL,
	ts bigint NOT NULL,
	t_us bigint,
	received_at bigint NOT NULL,
	-- arrived after a newer seq, or long after it was made: replayed from the vehicle's outbox
	replayed boolean NOT NULL DEFAULT false,
	signals jsonb NOT NULL,
	PRIMARY KEY (vin, seq)
);
CREATE INDEX telemetry_vin_ts ON telemetry (vin, ts);

-- downsampled telemetry: what retention keeps once raw rows are gone
CREATE TABLE telemetry_rollup (
	vin text NOT NULL REFERENCES vehicles(vin) ON DELETE CASCADE,
	path text NOT NULL,
	bucket_ms bigint NOT NULL,
	t0 bigint NOT NULL,
	n int NOT NULL,
	vmin double precision NOT NULL,
	vmax double precision NOT NULL,
	vavg double precision NOT NULL,
	PRIMARY KEY (vin, path, bucket_ms, t0)
);

CREATE TABLE dtc_events (
	vin text NOT NULL REFERENCES vehicles(vin) ON DELETE CASCADE,
	seq bigint NOT NULL,
	ts bigint NOT NULL,
	received_at bigint NOT NULL,
	ecu text NOT NULL,
	dtc text NOT NULL,
	status int NOT NULL,
	confirmed boolean NOT NULL,
	occurrence int,
	payload jsonb NOT NULL,
	PRIMARY KEY (vin, seq)
);
CREATE INDEX dtc_events_vin_ts ON dtc_events (vin, ts);

CREATE TABLE commands (
	id uuid PRIMARY KEY,
	vin text NOT NULL REFERENCES vehicles(vin) ON DELETE CASCADE,
	name text NOT NULL,
	args jsonb NOT NULL DEFAULT '{}',
	priority int NOT NULL DEFAULT 0,
	ttl_ms bigint NOT NULL,
	timeout_ms bigint NOT NULL,
	idempotency_key text,
	state text NOT NULL,
	reason text,
	result jsonb,
	created_by text NOT NULL,
	created_at bigint NOT NULL,
	expires_at bigint NOT NULL,
	sent_at bigint,
	delivered_at bigint,
	finished_at bigint,
	updated_at bigint NOT NULL
);
CREATE UNIQUE INDEX commands_idem ON commands (vin, idempotency_key) WHERE idempotency_key IS NOT NULL;
CREATE INDEX commands_vin_state ON commands (vin, state);

CREATE TABLE command_events (
	id bigserial PRIMARY KEY,
	command_id uuid NOT NULL REFERENCES commands(id) ON DELETE CASCADE,
	state text NOT NULL,
	at bigint NOT NULL,
	detail text
);
CREATE INDEX command_events_cmd ON command_events (command_id, id);

CREATE TABLE notifications (
	id bigserial PRIMARY KEY,
	vin text NOT NULL REFERENCES vehicles(vin) ON DELETE CASCADE,
	ecu text NOT NULL,
	dtc text NOT NULL,
	status text NOT NULL,
	occurrences int NOT NULL,
	freeze_frame jsonb NOT NULL,
	opened_at bigint NOT NULL,
	updated_at bigint NOT NULL,
	closed_at bigint,
	closed_by text,
	close_note text
);
-- one open notification per (vehicle, ECU, DTC); a closed one may be followed by a new one
CREATE UNIQUE INDEX notifications_open ON notifications (vin, ecu, dtc) WHERE status = 'OPEN';

CREATE TABLE api_tokens (
	id uuid PRIMARY KEY,
	name text NOT NULL,
	role text NOT NULL CHECK (role IN ('viewer', 'operator', 'admin')),
	sha256 text NOT NULL UNIQUE,
	created_at bigint NOT NULL,
	created_by text NOT NULL,
	revoked_at bigint
);

CREATE TABLE audit_log (
	id bigserial PRIMARY KEY,
	at bigint NOT NULL,
	actor text NOT NULL,
	role text NOT NULL,
	method text NOT NULL,
	path text NOT NULL,
	status int NOT NULL,
	detail jsonb
);

CREATE TABLE ota_images (
	id uuid PRIMARY KEY,
	ecu text NOT NULL,
	version text NOT NULL,
	sha256 text NOT NULL,
	size int NOT NULL,
	manifest jsonb NOT NULL,
	signature text NOT NULL,
	data bytea NOT NULL,
	created_at bigint NOT NULL,
	created_by text NOT NULL,
	UNIQUE (ecu, version)
);

CREATE TABLE ota_campaigns (
	id uuid PRIMARY KEY,
	name text NOT NULL,
	image_id uuid NOT NULL REFERENCES ota_images(id),
	created_at bigint NOT NULL,
	created_by text NOT NULL
);

CREATE TABLE ota_campaign_vehicles (
	campaign_id uuid NOT NULL REFERENCES ota_campaigns(id) ON DELETE CASCADE,
	vin text NOT NULL REFERENCES vehicles(vin) ON DELETE CASCADE,
	state text NOT NULL,
	reason text,
	updated_at bigint NOT NULL,
	PRIMARY KEY (campaign_id, vin)
);

CREATE TABLE ota_events (
	id bigserial PRIMARY KEY,
	campaign_id uuid NOT NULL REFERENCES ota_campaigns(id) ON DELETE CASCADE,
	vin text NOT NULL,
	state text NOT NULL,
	at bigint NOT NULL,
	detail text
);
