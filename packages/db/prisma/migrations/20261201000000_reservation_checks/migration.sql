-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "outcomeUnknownSince" TIMESTAMP(3);

-- CreateTable
CREATE TABLE "reservation_checks" (
    "orderId" UUID NOT NULL,
    "sessionToken" TEXT NOT NULL,
    "sessionExpiresAt" TIMESTAMP(3) NOT NULL,
    "createdAt" TIMESTAMP(3) NOT NULL DEFAULT CURRENT_TIMESTAMP,

    CONSTRAINT "reservation_checks_pkey" PRIMARY KEY ("orderId")
);

-- AddForeignKey
ALTER TABLE "reservation_checks" ADD CONSTRAINT "reservation_checks_orderId_fkey" FOREIGN KEY ("orderId") REFERENCES "orders"("id") ON DELETE CASCADE ON UPDATE CASCADE;
