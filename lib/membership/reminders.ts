import "server-only";
import { db } from "@/lib/db";
import { Prisma } from "@/lib/generated/prisma/client";
import { appUrl } from "@/lib/env";
import { queueMails, sendQueuedMails, type QueuedMail } from "@/lib/mail/outbox";
import { membershipYear } from "@/lib/membership/model";
import { lapsedWhere } from "@/lib/membership/renewals";
import { routes } from "@/lib/routes";

/** How many lapsed members one run reminds at most: the rest wait for tomorrow's run. */
export const REMINDERS_PER_RUN = 200;

/**
 * The daily job's reminder: each member whose last active membership is last year's and who has
 * none this year is emailed once, to renew. "Once" is kept on the lapsed year's row
 * (Membership.reminderSentAt), set by a guarded UPDATE (… AND "reminderSentAt" IS NULL) in the
 * transaction that queues the mail (lib/mail/outbox.ts): two runs at once, or a run after a crash,
 * never mail anyone twice, and a mail exists exactly when its row says so. Members with no address
 * are left out (nothing to send). Returns how many were reminded.
 */
export async function remindLapsedMembers(now = new Date(), limit = REMINDERS_PER_RUN): Promise<number> {
  const year = membershipYear(now);
  const lapsed = await db.membership.findMany({
    where: { AND: [lapsedWhere(year), { reminderSentAt: null, member: { OR: [{ email: { not: null } }, { user: { isNot: null } }] } }] },
    select: { id: true, member: { select: { name: true, email: true, userId: true, representativeName: true, user: { select: { email: true } } } } },
    orderBy: { id: "asc" },
    take: limit,
  });
  if (lapsed.length === 0) return 0;
  const mailIds = await db.$transaction(async (tx) => {
    const claimed = await tx.$queryRaw<{ id: string }[]>`
      UPDATE "Membership" SET "reminderSentAt" = ${now}
      WHERE "id" IN (${Prisma.join(lapsed.map((m) => m.id))}) AND "reminderSentAt" IS NULL
      RETURNING "id"`;
    const ids = new Set(claimed.map((row) => row.id));
    const mails: QueuedMail[] = [];
    for (const membership of lapsed) {
      const to = membership.member.email ?? membership.member.user?.email;
      if (!ids.has(membership.id) || !to) continue;
      mails.push({ to, userId: membership.member.userId ?? undefined, subject: `Renouvelez votre adhésion à la Régie de quartier pour ${year}`, text: reminderText(membership.member, year) });
    }
    return queueMails(tx, mails);
  });
  await sendQueuedMails(mailIds);
  return mailIds.length;
}

function reminderText(member: { name: string; representativeName: string | null; userId: string | null }, year: number): string {
  const greeting = member.representativeName ? `Bonjour ${member.representativeName},` : `Bonjour ${member.name},`;
  const how = member.userId
    ? `Vous pouvez renouveler en ligne dans Mon espace (${appUrl()}${routes.mine.membership}) puis régler votre cotisation à l'accueil, ou passer directement à l'accueil.`
    : "Il suffit de passer à l'accueil de la Régie, aux heures d'ouverture, avec votre cotisation.";
  return [
    greeting,
    "",
    `${member.representativeName ? `${member.name} était adhérent` : "Vous étiez adhérent"} de la Régie de quartier en ${year - 1}, et votre adhésion pour ${year} n'est pas encore enregistrée.`,
    "Adhérer, c'est soutenir l'association et pouvoir voter à son assemblée générale.",
    "",
    how,
    "",
    "Ce message ne vous sera envoyé qu'une fois.",
    "L'équipe de la Régie de quartier",
  ].join("\n");
}
