-- Several server instances on one database (docs/scaling.md, "Several server instances").

-- the server's receive time of the status message stored: an older one (processed late by another
-- instance) never overwrites a newer one, so online/offline cannot go backwards
ALTER TABLE vehicles ADD COLUMN status_at bigint;

-- which instance is publishing a QUEUED command, since when: the others leave it alone until the claim
-- is older than the lease (the claiming instance died between the claim and the broker's PUBACK)
ALTER TABLE commands ADD COLUMN claimed_by text;
ALTER TABLE commands ADD COLUMN claimed_at bigint;

-- the running instances, each with its heartbeat: an instance that stops hands its share of the shared
-- subscriptions over only while another one is alive (the last one keeps its persistent session)
CREATE TABLE fleet_instances (
	name text PRIMARY KEY,
	client_id text NOT NULL,
	shared boolean NOT NULL,
	started_at bigint NOT NULL,
	seen_at bigint NOT NULL
);
