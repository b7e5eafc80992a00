-- CreateIndex
CREATE INDEX "orders_createdAt_id_idx" ON "orders"("createdAt", "id");

-- CreateIndex
CREATE INDEX "orders_status_createdAt_id_idx" ON "orders"("status", "createdAt", "id");

-- CreateIndex
CREATE INDEX "orders_storeId_createdAt_id_idx" ON "orders"("storeId", "createdAt", "id");

-- CreateIndex
CREATE INDEX "orders_priceCents_id_idx" ON "orders"("priceCents", "id");

-- CreateIndex
CREATE INDEX "orders_couponId_idx" ON "orders"("couponId");

-- CreateIndex
CREATE INDEX "webhook_events_payload_idx" ON "webhook_events" USING GIN ("payload" jsonb_path_ops);
