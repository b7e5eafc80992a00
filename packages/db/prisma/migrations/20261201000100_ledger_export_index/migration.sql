-- The whole ledger's CSV export reads it by keyset on (createdAt, id).
-- CreateIndex
CREATE INDEX "ledger_entries_createdAt_id_idx" ON "ledger_entries"("createdAt", "id");
