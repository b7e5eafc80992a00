-- Redeliveries of a recorded webhook event are counted on its row (recordWebhookEvent), never processed again.
ALTER TABLE "webhook_events" ADD COLUMN "deliveryCount" INTEGER NOT NULL DEFAULT 1,
ADD COLUMN "lastDeliveredAt" TIMESTAMP(3);
