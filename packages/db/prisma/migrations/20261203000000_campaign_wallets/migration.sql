-- Campaign budgets (issue 15): every ledger entry and order now names a wallet — the employee's
-- general budget, or one campaign's grant — and the ledger's rules hold per wallet.

CREATE TYPE "CampaignStatus" AS ENUM ('DRAFT', 'LAUNCHED', 'CLOSED');

ALTER TYPE "LedgerKind" ADD VALUE 'EXPIRE';

CREATE TABLE "campaigns" (
    "id" UUID NOT NULL,
    "name" TEXT NOT NULL,
    "event" TEXT NOT NULL,
    "year" INTEGER NOT NULL,
    "employeeAmountCents" INTEGER NOT NULL,
    "perChildAmountCents" INTEGER NOT NULL,
    "eligibility" JSONB NOT NULL,
    "opensAt" TIMESTAMP(3) NOT NULL,
    "closesAt" TIMESTAMP(3) NOT NULL,
    "allowedCategories" TEXT[],
    "status" "CampaignStatus" NOT NULL DEFAULT 'DRAFT',
    "createdById" UUID NOT NULL,
    "launchedAt" TIMESTAMP(3),
    "closedAt" TIMESTAMP(3),
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,
    "updatedAt" TIMESTAMP(3) NOT NULL,

    CONSTRAINT "campaigns_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "campaigns_amounts" CHECK (
      "employeeAmountCents" >= 0 AND "perChildAmountCents" >= 0 AND "employeeAmountCents" + "perChildAmountCents" > 0
    ),
    CONSTRAINT "campaigns_dates" CHECK ("closesAt" > "opensAt")
);

CREATE TABLE "wallets" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "campaignId" UUID,
    "employeeAmountCents" INTEGER NOT NULL DEFAULT 0,
    "childShares" JSONB,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "wallets_pkey" PRIMARY KEY ("id")
);

CREATE TABLE "children" (
    "id" UUID NOT NULL,
    "userId" UUID NOT NULL,
    "birthYear" INTEGER NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "children_pkey" PRIMARY KEY ("id"),
    CONSTRAINT "children_birth_year" CHECK ("birthYear" BETWEEN 1900 AND 9999)
);

CREATE INDEX "wallets_userId_idx" ON "wallets"("userId");
CREATE UNIQUE INDEX "wallets_campaignId_userId_key" ON "wallets"("campaignId", "userId");
-- One general wallet per user (campaignId null: the unique index above lets nulls repeat).
CREATE UNIQUE INDEX "wallets_one_general" ON "wallets"("userId") WHERE "campaignId" IS NULL;
CREATE INDEX "campaigns_status_closesAt_idx" ON "campaigns"("status", "closesAt");
CREATE INDEX "campaigns_year_idx" ON "campaigns"("year");
CREATE INDEX "children_userId_idx" ON "children"("userId");

ALTER TABLE "wallets" ADD CONSTRAINT "wallets_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;
ALTER TABLE "wallets" ADD CONSTRAINT "wallets_campaignId_fkey" FOREIGN KEY ("campaignId") REFERENCES "campaigns"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "campaigns" ADD CONSTRAINT "campaigns_createdById_fkey" FOREIGN KEY ("createdById") REFERENCES "users"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "children" ADD CONSTRAINT "children_userId_fkey" FOREIGN KEY ("userId") REFERENCES "users"("id") ON DELETE CASCADE ON UPDATE CASCADE;

-- Every user has a general wallet: the existing ones now, each new one as it is created.
INSERT INTO "wallets" ("id", "userId") SELECT gen_random_uuid(), "id" FROM "users";

-- Once per statement, from its transition table: with a row trigger, one INSERT of 100,000 users
-- (the budget import test's fixture) took 204 s instead of about 3 s.
CREATE FUNCTION users_create_general_wallets() RETURNS trigger LANGUAGE plpgsql AS $$
BEGIN
  INSERT INTO "wallets" ("id", "userId") SELECT gen_random_uuid(), "id" FROM new_users;
  RETURN NULL;
END;
$$;

CREATE TRIGGER users_create_general_wallets
  AFTER INSERT ON "users" REFERENCING NEW TABLE AS new_users
  FOR EACH STATEMENT EXECUTE FUNCTION users_create_general_wallets();

-- Existing entries and orders move to their user's general wallet. The append-only trigger is
-- set aside for this one backfill, in this migration's transaction.
ALTER TABLE "ledger_entries" ADD COLUMN "walletId" UUID;
ALTER TABLE "orders" ADD COLUMN "walletId" UUID;
ALTER TABLE "ledger_entries" DISABLE TRIGGER "ledger_entries_append_only";
UPDATE "ledger_entries" l SET "walletId" = w."id" FROM "wallets" w WHERE w."userId" = l."userId" AND w."campaignId" IS NULL;
ALTER TABLE "ledger_entries" ENABLE TRIGGER "ledger_entries_append_only";
UPDATE "orders" o SET "walletId" = w."id" FROM "wallets" w WHERE w."userId" = o."userId" AND w."campaignId" IS NULL;
ALTER TABLE "ledger_entries" ALTER COLUMN "walletId" SET NOT NULL;
ALTER TABLE "orders" ALTER COLUMN "walletId" SET NOT NULL;

CREATE INDEX "ledger_entries_walletId_idx" ON "ledger_entries"("walletId");
CREATE INDEX "orders_walletId_idx" ON "orders"("walletId");

ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_walletId_fkey" FOREIGN KEY ("walletId") REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;
ALTER TABLE "orders" ADD CONSTRAINT "orders_walletId_fkey" FOREIGN KEY ("walletId") REFERENCES "wallets"("id") ON DELETE RESTRICT ON UPDATE CASCADE;

-- EXPIRE: what a campaign wallet had left at its closing date, given back to the programme;
-- negative, settling nothing. (Compared as text: the new enum value cannot be used as such in
-- the transaction that adds it.)
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_kind_rules";
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_kind_rules" CHECK (
  ("kind" = 'GRANT' AND "amountCents" > 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'REVOKE' AND "amountCents" < 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind"::text = 'EXPIRE' AND "amountCents" < 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'HOLD' AND "amountCents" < 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'RELEASE' AND "amountCents" > 0 AND "settlesHoldId" IS NOT NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'CAPTURE' AND "amountCents" = 0 AND "settlesHoldId" IS NOT NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'REFUND' AND "amountCents" > 0 AND "refundsHoldId" IS NOT NULL AND "settlesHoldId" IS NULL)
);

-- On insert, per wallet: the wallet is the user's; a settlement or refund matches its hold
-- exactly, in the hold's wallet, and a refund follows a capture; a hold is taken from its order's
-- wallet, and from a campaign wallet only between its opening and closing dates; only a campaign
-- wallet past its closing date expires; and nothing takes a wallet's balance below zero. The
-- user's row is locked first, as before, so concurrent entries of one user (in any of their
-- wallets) are checked one after the other.
CREATE OR REPLACE FUNCTION ledger_entries_check_insert() RETURNS trigger LANGUAGE plpgsql AS $$
DECLARE
  hold "ledger_entries"%ROWTYPE;
  wallet_owner UUID;
  is_campaign BOOLEAN;
  opens_at TIMESTAMP(3);
  closes_at TIMESTAMP(3);
  utc_now TIMESTAMP(3) := now() AT TIME ZONE 'UTC';
  balance BIGINT;
BEGIN
  PERFORM 1 FROM "users" WHERE "id" = NEW."userId" FOR UPDATE;

  SELECT w."userId", w."campaignId" IS NOT NULL INTO wallet_owner, is_campaign
    FROM "wallets" w WHERE w."id" = NEW."walletId";
  IF wallet_owner IS NULL OR wallet_owner <> NEW."userId" THEN
    RAISE EXCEPTION 'ledger: an entry must be in a wallet of its user' USING ERRCODE = 'P0001';
  END IF;
  -- A campaign's dates matter only to what is taken from its wallets (grants, the bulk of
  -- inserts, skip this lookup).
  IF is_campaign AND NEW."amountCents" < 0 THEN
    SELECT c."opensAt", c."closesAt" INTO opens_at, closes_at
      FROM "wallets" w JOIN "campaigns" c ON c."id" = w."campaignId" WHERE w."id" = NEW."walletId";
  END IF;

  IF NEW."kind" IN ('RELEASE', 'CAPTURE', 'REFUND') THEN
    SELECT * INTO hold FROM "ledger_entries" WHERE "id" = COALESCE(NEW."settlesHoldId", NEW."refundsHoldId");
    IF hold."id" IS NULL OR hold."kind" <> 'HOLD' OR hold."userId" <> NEW."userId" OR hold."walletId" <> NEW."walletId" THEN
      RAISE EXCEPTION 'ledger: % must name a hold of the same wallet', NEW."kind" USING ERRCODE = 'P0001';
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

  IF NEW."kind" = 'HOLD' THEN
    IF NEW."orderId" IS NOT NULL AND NOT EXISTS (
      SELECT 1 FROM "orders" WHERE "id" = NEW."orderId" AND "walletId" = NEW."walletId"
    ) THEN
      RAISE EXCEPTION 'ledger: a hold is taken from its order''s wallet' USING ERRCODE = 'P0001';
    END IF;
    IF is_campaign AND (utc_now < opens_at OR utc_now >= closes_at) THEN
      RAISE EXCEPTION 'wallet_not_open' USING ERRCODE = 'P0003';
    END IF;
  END IF;

  IF NEW."kind"::text = 'EXPIRE' AND (NOT is_campaign OR utc_now < closes_at) THEN
    RAISE EXCEPTION 'ledger: only a campaign wallet past its closing date expires' USING ERRCODE = 'P0001';
  END IF;

  IF NEW."amountCents" < 0 THEN
    SELECT COALESCE(SUM("amountCents"), 0) INTO balance FROM "ledger_entries" WHERE "walletId" = NEW."walletId";
    IF balance + NEW."amountCents" < 0 THEN
      RAISE EXCEPTION 'insufficient_budget' USING ERRCODE = 'P0002', DETAIL = 'balance ' || balance || ', hold ' || NEW."amountCents";
    END IF;
  END IF;

  RETURN NEW;
END;
$$;
