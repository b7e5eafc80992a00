-- AlterTable
ALTER TABLE "orders" ADD COLUMN     "usedAt" TIMESTAMP(3);
