-- The admin refunds screen pages the decided requests by keyset on (decidedAt, id), latest first.
CREATE INDEX "refund_requests_decidedAt_id_idx" ON "refund_requests"("decidedAt", "id");
