-- AlterEnum
ALTER TYPE "LedgerKind" ADD VALUE 'REVOKE';

-- A REVOKE takes budget back: negative, settling nothing. The insert trigger already refuses any
-- negative entry that would take the balance below zero. (Compared as text: a new enum value
-- cannot be used as such in the transaction that adds it.)
ALTER TABLE "ledger_entries" DROP CONSTRAINT "ledger_entries_kind_rules";
ALTER TABLE "ledger_entries" ADD CONSTRAINT "ledger_entries_kind_rules" CHECK (
  ("kind" = 'GRANT' AND "amountCents" > 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind"::text = 'REVOKE' AND "amountCents" < 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'HOLD' AND "amountCents" < 0 AND "settlesHoldId" IS NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'RELEASE' AND "amountCents" > 0 AND "settlesHoldId" IS NOT NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'CAPTURE' AND "amountCents" = 0 AND "settlesHoldId" IS NOT NULL AND "refundsHoldId" IS NULL) OR
  ("kind" = 'REFUND' AND "amountCents" > 0 AND "refundsHoldId" IS NOT NULL AND "settlesHoldId" IS NULL)
);
