-- CreateEnum
CREATE TYPE "LedgerKind" AS ENUM ('GRANT', 'HOLD', 'RELEASE', 'CAPTURE', 'REFUND');

-- CreateEnum
CREATE TYPE "OfferMode" AS ENUM ('BONUS', 'DISCOUNT');

-- CreateEnum
CREATE TYPE "OrderStatus" AS ENUM ('PENDING', 'FAILED', 'RESERVED', 'AWAITING_APPROVAL', 'CONFIRMED', 'READY', 'CANCELED', 'REFUNDING', 'REFUNDED', 'REFUND_REJECTED');

-- CreateEnum
CREATE TYPE "ReserveBy" AS ENUM ('PRICE', 'VALUE');

-- CreateEnum
CREATE TYPE "EventSource" AS ENUM ('PORTAL', 'WEBHOOK', 'RECONCILIATION', 'ADMIN');

-- CreateEnum
CREATE TYPE "WebhookStatus" AS ENUM ('RECEIVED', 'PROCESSED', 'IGNORED', 'FAILED');

-- AlterTable
ALTER TABLE "users" ADD COLUMN     "emailVerified" TIMESTAMP(3),
ADD COLUMN     "flagged" BOOLEAN NOT NULL DEFAULT false,
ADD COLUMN     "image" TEXT;

-- CreateTable
CREATE TABLE "accounts" (
    "userId" UUID NOT NULL,
    "type" TEXT NOT NULL,
    "provider" TEXT NOT NULL,
    "providerAccountId" TEXT NOT NULL,
    "refresh_token" TEXT,
    "access_token" TEXT,
    "expires_at" INTEGER,
    "token_type" TEXT,
    "scope" TEXT,
    "id_token" TEXT,
    "session_state" TEXT,

    CONSTRAINT "accounts_pkey" PRIMARY KEY ("provider","providerAccountId")
);

-- CreateTable
CREATE TABLE "sessions" (
    "sessionToken" TEXT NOT NULL,
    "userId" UUID NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "sessions_pkey" PRIMARY KEY ("sessionToken")
);

-- CreateTable
CREATE TABLE "verification_tokens" (
    "identifier" TEXT NOT NULL,
    "token" TEXT NOT NULL,
    "expires" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "verification_tokens_pkey" PRIMARY KEY ("identifier","token")
);

-- CreateTable
CREATE TABLE "outbox_emails" (
    "id" UUID NOT NULL,
    "to" TEXT NOT NULL,
    "subject" TEXT NOT NULL,
    "text" TEXT NOT NULL,
    "html" TEXT,
    "link" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "outbox_emails_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "ledger_entries" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "kind" "LedgerKind" NOT NULL,
    "amountCents" INTEGER NOT NULL,
    "settlesHoldId" UUID,
    "refundsHoldId" UUID,
    "orderId" UUID,
    "reason" TEXT,
    "grantedById" UUID,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "ledger_entries_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "stores" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "slug" TEXT,
    "category" TEXT,
    "description" TEXT,
    "mentions" TEXT,
    "baseColor" TEXT,
    "logoSmall" TEXT,
    "logoMedium" TEXT,
    "logoLarge" TEXT,
    "shippingTime" TEXT,
    "validity" TEXT,
    "valueMinCents" INTEGER NOT NULL,
    "valueMaxCents" INTEGER NOT NULL,
    "discreteValuesCents" INTEGER[],
    "enabled" BOOLEAN NOT NULL,
    "refundable" BOOLEAN NOT NULL,
    "syncedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "stores_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "offers" (
    "id" UUID NOT NULL,
    "storeId" UUID NOT NULL,
    "mode" "OfferMode" NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,

    CONSTRAINT "offers_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "orders" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "requestId" TEXT NOT NULL,
    "status" "OrderStatus" NOT NULL DEFAULT 'PENDING',
    "reserveBy" "ReserveBy" NOT NULL,
    "jackpotVoucherId" UUID,
    "couponId" TEXT,
    "storeId" UUID NOT NULL,
    "storeName" TEXT NOT NULL,
    "storeLogo" TEXT,
    "storeColor" TEXT,
    "offerId" UUID NOT NULL,
    "mode" "OfferMode" NOT NULL,
    "rateBasisPoints" INTEGER NOT NULL,
    "valueCents" INTEGER NOT NULL,
    "priceCents" INTEGER NOT NULL,
    "needsApproval" BOOLEAN NOT NULL DEFAULT false,
    "validityDate" TIMESTAMP(3),
    "resaExpireDate" TIMESTAMP(3),
    "failureCode" TEXT,
    "failureMessage" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,
    "reservedAt" TIMESTAMP(3),
    "confirmedAt" TIMESTAMP(3),
    "readyAt" TIMESTAMP(3),
    "canceledAt" TIMESTAMP(3),
    "refundRequestedAt" TIMESTAMP(3),
    "refundedAt" TIMESTAMP(3),
    "lastSyncedAt" TIMESTAMP(3),

    CONSTRAINT "orders_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "order_events" (
    "id" UUID NOT NULL,
    "orderId" UUID NOT NULL,
    "status" "OrderStatus" NOT NULL,
    "source" "EventSource" NOT NULL,
    "note" TEXT,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "order_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "webhook_events" (
    "id" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "payload" JSONB NOT NULL,
    "status" "WebhookStatus" NOT NULL DEFAULT 'RECEIVED',
    "attempts" INTEGER NOT NULL DEFAULT 0,
    "lastError" TEXT,
    "receivedAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "processedAt" TIMESTAMP(3),

    CONSTRAINT "webhook_events_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "notifications" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "orderId" UUID,
    "kind" TEXT NOT NULL,
    "readAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "notifications_pkey" PRIMARY KEY ("id")
);

-- CreateTable
CREATE TABLE "settings" (
    "key" TEXT NOT NULL,
    "value" JSONB NOT NULL,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "settings_pkey" PRIMARY KEY ("key")
);

-- CreateTable
CREATE TABLE "audit_log" (
    "id" UUID NOT NULL,
    "actorId" UUID,
    "action" TEXT NOT NULL,
    "targetType" TEXT NOT NULL,
    "targetId" TEXT NOT NULL,
    "data" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "audit_log_pkey" PRIMARY KEY ("id")
);

-- CreateIndex
CREATE INDEX "sessions_userId_idx" ON "sessions"("userId");

-- CreateIndex
CREATE INDEX "outbox_emails_to_createdAt_idx" ON "outbox_emails"("to", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entries_settlesHoldId_key" ON "ledger_entries"("settlesHoldId");

-- CreateIndex
CREATE UNIQUE INDEX "ledger_entries_refundsHoldId_key" ON "ledger_entries"("refundsHoldId");

-- CreateIndex
CREATE INDEX "ledger_entries_userId_createdAt_idx" ON "ledger_entries"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "ledger_entries_orderId_idx" ON "ledger_entries"("orderId");

-- CreateIndex
CREATE INDEX "stores_category_idx" ON "stores"("category");

-- CreateIndex
CREATE INDEX "stores_name_idx" ON "stores"("name");

-- CreateIndex
CREATE INDEX "offers_storeId_idx" ON "offers"("storeId");

-- CreateIndex
CREATE UNIQUE INDEX "orders_jackpotVoucherId_key" ON "orders"("jackpotVoucherId");

-- CreateIndex
CREATE INDEX "orders_userId_createdAt_idx" ON "orders"("userId", "createdAt");

-- CreateIndex
CREATE INDEX "orders_status_updatedAt_idx" ON "orders"("status", "updatedAt");

-- CreateIndex
CREATE UNIQUE INDEX "orders_userId_requestId_key" ON "orders"("userId", "requestId");

-- CreateIndex
CREATE INDEX "order_events_orderId_createdAt_idx" ON "order_events"("orderId", "createdAt");

-- CreateIndex
CREATE INDEX "webhook_events_status_receivedAt_idx" ON "webhook_events"("status", "receivedAt");

-- CreateIndex
CREATE INDEX "notifications_userId_createdAt_idx" ON "notifications"("userId", "createdAt");

-- CreateIndex
CREATE UNIQUE INDEX "notifications_orderId_kind_key" ON "notifications"("orderId", "kind");

-- CreateIndex
CREATE INDEX "audit_log_targetType_targetId_idx" ON "audit_log"("targetType", "targetId");

-- CreateIndex
CREATE INDEX "audit_log_createdAt_idx" ON "audit_log"("createdAt");

-- AddForeignKey
ALTER TABLE "accounts" ADD CONSTRAINT "accounts_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "sessions" ADD CONSTRAINT "sessions_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_grantedById_fkey" FOREIGN KEY ("grantedById") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_settlesHoldId_fkey" FOREIGN KEY ("settlesHoldId") REFERENCES "ledger_entries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_refundsHoldId_fkey" FOREIGN KEY ("refundsHoldId") REFERENCES "ledger_entries"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "offers" ADD CONSTRAINT "offers_storeId_fkey" FOREIGN KEY ("storeId") REFERENCES "stores"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "orders" ADD CONSTRAINT "orders_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "order_events" ADD CONSTRAINT "order_events_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "notifications" ADD CONSTRAINT "notifications_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- AddForeignKey
ALTER TABLE "audit_log" ADD CONSTRAINT "audit_log_actorId_fkey" FOREIGN KEY ("actorId") REFERENCES "users"("id") ON DELETE SET NULL ON UPDATE CASCADE;

-- ---------------------------------------------------------------------------------------------
-- Ledger rules the Prisma schema cannot express (hand-written).

-- Each kind has its sign, and settlements name the hold they settle.
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_kind_rules" CHECK (
  ("kind" = 'GRANT' AND "amountCents" > 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'HOLD' AND "amountCents" < 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'RELEASE' AND "amountCents" > 0 AND "settlesHoldId" IS NOT NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'CAPTURE' AND "amountCents" = 0 AND "settlesHoldId" IS NOT NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'REFUND' AND "amountCents" > 0 AND "refundsHoldId" IS NOT NULL AND "settlesHoldId" IS NULL)
);

-- Entries are never edited or deleted.
CREATE FUNCTION ledger_entries_append_only() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  RAISE EXCEPTION 'ledger entries are append-only' USING ERRCODE = 'P0001';
END;
$$;

CREATE TRIGGER ledger_entries_append_only
  BEFORE UPDATE OR DELETE ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_append_only();

-- On insert: a settlement or refund matches its hold exactly, a refund follows a capture, and
-- a hold never takes the balance below zero. The user's row is locked first, so concurrent
-- holds of one user are checked one after the other.
CREATE FUNCTION ledger_entries_check_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hold "ledger_entries"%ROWTYPE;
  balance BIGINT;
BEGIN
  PERFORM 1 FROM "users" WHERE "id" = NEW."userId" FOR UPDATE;

  IF NEW."kind" IN ('RELEASE', 'CAPTURE', 'REFUND') THEN
    SELECT * INTO hold FROM "ledger_entries" WHERE "id" = COALESCE(NEW."settlesHoldId", NEW."refundsHoldId");
    IF hold."id" IS NULL OR hold."kind" <> 'HOLD' OR hold."userId" <> NEW."userId" THEN
      RAISE EXCEPTION 'ledger: % must name a hold of the same user', NEW."kind" USING ERRCODE = 'P0001';
    END IF;
    IF NEW."kind" IN ('RELEASE', 'REFUND') AND NEW."amountCents" <> -hold."amountCents" THEN
      RAISE EXCEPTION 'ledger: % must give back exactly the held amount', NEW."kind" USING ERRCODE = 'P0001';
    END IF;
    IF NEW."kind" = 'REFUND' AND NOT EXISTS (
      SELECT 1 FROM "ledger_entries" WHERE "settlesHoldId" = hold."id" AND "kind" = 'CAPTURE'
    ) THEN
      RAISE EXCEPTION 'ledger: only a captured hold can be refunded' USING ERRCODE = 'P0001';
    END IF;
  END IF;

  IF NEW."amountCents" < 0 THEN
    SELECT COALESCE(SUM("amountCents"), 0) INTO balance FROM "ledger_entries" WHERE "userId" = NEW."userId";
    IF balance + NEW."amountCents" < 0 THEN
      RAISE EXCEPTION 'insufficient_budget' USING ERRCODE = 'P0002', DETAIL = 'balance ' || balance || ', hold ' || NEW."amountCents";
    END IF;
  END IF;

  RETURN NEW;
END;
$$;

CREATE TRIGGER ledger_entries_check_insert
  BEFORE INSERT ON "ledger_entries"
  FOR EACH ROW EXECUTE FUNCTION ledger_entries_check_insert();
