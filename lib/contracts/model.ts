/**
 * Service contracts, pure (no database; unit-tested): kinds, statuses, units and their French
 * labels, the table of moves the lifecycle kernel carries out, the alert window, and the amounts
 * typed the French way ("12 500,50"; shown with formatEuros of lib/format/numbers.ts).
 */
import { defineMoves } from "@/lib/core/moves";
import { parisToday } from "@/lib/core/calendar";
import type { ContractKind, ContractStatus, ServiceUnit } from "@/lib/generated/prisma/enums";
import { formatTimeOfDay } from "@/lib/work-orders/time";

export const CONTRACT_KINDS = ["PUBLIC_PROCUREMENT", "AGREEMENT", "WORK_ORDERS"] as const satisfies readonly ContractKind[];
export const CONTRACT_KIND_LABELS: Record<ContractKind, string> = {
  PUBLIC_PROCUREMENT: "Marché public",
  AGREEMENT: "Convention",
  WORK_ORDERS: "Bons de travaux",
};

export const CONTRACT_STATUSES = ["DRAFT", "ACTIVE", "EXPIRED", "CLOSED"] as const satisfies readonly ContractStatus[];
export const CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: "Brouillon",
  ACTIVE: "Actif",
  EXPIRED: "Expiré",
  CLOSED: "Clos",
};

/** The partner's words for its contracts' states, in its own terms (it never sees drafts). */
export const PARTNER_CONTRACT_STATUS_LABELS: Record<ContractStatus, string> = {
  DRAFT: "En préparation",
  ACTIVE: "En cours",
  EXPIRED: "Échu",
  CLOSED: "Clos",
};

export const SERVICE_UNITS = ["PER_VISIT", "HOURLY", "FLAT"] as const satisfies readonly ServiceUnit[];
/**
 * How a line is billed, in the words of the statement's rule (STATEMENT_RULE): the staff's line
 * form, the contract pages and the partner's statement say it the same way. A flat price is per
 * month, so its label says so.
 */
export const SERVICE_UNIT_LABELS: Record<ServiceUnit, string> = {
  PER_VISIT: "Au passage",
  HOURLY: "À l'heure",
  FLAT: "Forfait mensuel",
};

/** Only staff move a contract; a partner reads its own (lib/authz/scopes.ts contractScope). */
export type ContractActorKind = "staff";

/**
 * Every move of a contract, once. A contract is written as a draft, signed (active), runs out
 * (expired) or is ended (closed); an expired or closed contract taken up again (an amendment that
 * extends it, a closing made by mistake) is reopened.
 */
export const contractMoves = defineMoves<ContractStatus, ContractActorKind>()({
  activate: { from: ["DRAFT"], to: "ACTIVE", by: ["staff"], sets: ["activatedAt"] },
  expire: { from: ["ACTIVE"], to: "EXPIRED", by: ["staff"], sets: ["expiredAt"] },
  close: { from: ["ACTIVE", "EXPIRED"], to: "CLOSED", by: ["staff"], sets: ["closedAt"] },
  reopen: { from: ["EXPIRED", "CLOSED"], to: "ACTIVE", by: ["staff"], clears: ["expiredAt", "closedAt"] },
});
export type ContractMove = keyof typeof contractMoves;

/** The button each move shows on the contract page. */
export const CONTRACT_MOVE_LABELS: Record<ContractMove, string> = {
  activate: "Activer le contrat",
  expire: "Marquer comme expiré",
  close: "Clore le contrat",
  reopen: "Rouvrir le contrat",
};

/** The moves staff may make from a status, in the table's order. */
export function contractMovesFrom(status: ContractStatus): ContractMove[] {
  return (Object.keys(contractMoves) as ContractMove[]).filter((name) => (contractMoves[name].from as readonly ContractStatus[]).includes(status));
}

/** Active contracts ending within this many days are shown as alerts (renewal to prepare). */
export const ENDING_SOON_DAYS = 90;
const DAY_MS = 24 * 60 * 60 * 1000;

/**
 * The last day (00:00 UTC, as `endsOn` is stored) a contract may end on to count as "ending soon"
 * at `now`. Days are Paris calendar days, as the daily expiry counts them: between midnight in
 * Paris and midnight UTC, UTC's date is still yesterday's.
 */
export function endingSoonLimit(now: Date): Date {
  return new Date(parisToday(now).getTime() + ENDING_SOON_DAYS * DAY_MS);
}

/** Whole Paris calendar days from today, at `now`, to `endsOn` (0: ends today; below 0: ended). */
export function daysUntil(endsOn: Date, now: Date): number {
  return Math.round((endsOn.getTime() - parisToday(now).getTime()) / DAY_MS);
}

/** Amounts above this are a typing mistake (a Régie's whole turnover is about €1M). */
export const MAX_AMOUNT_CENTS = 1_000_000_000;

export type ParsedAmount = { ok: true; cents: number } | { ok: false; error: string };

/**
 * An amount in euros as people type it in France: "12 500,50", "12500.5", "12 500 €", "1.250,00"
 * (spaces, non-breaking spaces and dots as thousands separators when a comma marks the cents).
 * Returns euro cents; more than two decimals or anything else is refused with a French message.
 */
export function parseEuros(text: string): ParsedAmount {
  let value = text.replace(/[\s\u00a0\u202f]/g, "").replace(/€$/, "");
  if (value.includes(",")) value = value.replace(/\./g, "").replace(",", ".");
  if (!/^\d{1,10}(\.\d{1,2})?$/.test(value)) return { ok: false, error: "Montant invalide : écrivez par exemple 12 500,50." };
  const [euros, decimals = ""] = value.split(".");
  const cents = Number(euros) * 100 + Number(decimals.padEnd(2, "0"));
  if (cents > MAX_AMOUNT_CENTS) return { ok: false, error: "Montant trop élevé : 10 millions d'euros au plus." };
  return { ok: true, cents };
}

/** The amount as the edit form shows it again ("12500,50"), parseable by parseEuros. */
export function eurosInput(cents: number | null): string {
  if (cents === null) return "";
  const euros = Math.floor(cents / 100);
  const rest = cents % 100;
  return rest === 0 ? String(euros) : `${euros},${String(rest).padStart(2, "0")}`;
}

/** "08:30" from minutes after midnight, "" for a line without a set time (the form's time field). */
export function minutesToTime(minutes: number | null): string {
  return minutes === null ? "" : formatTimeOfDay(minutes);
}

export const CONTRACT_REFERENCE_MAX = 40;
export const CONTRACT_OBJECT_MAX = 300;
export const CONTRACT_NOTE_MAX = 4000;
export const LINE_TASK_MAX = 200;
export const LINE_DESCRIPTION_MAX = 2000;

/**
 * A document's download name from its title: letters without accents, digits, dashes, ".pdf";
 * nothing that could break the Content-Disposition header or name a path.
 */
export function documentFileName(title: string): string {
  const base = title
    .normalize("NFD")
    .replace(/[\u0300-\u036f]/g, "")
    .replace(/[^A-Za-z0-9]+/g, "-")
    .replace(/^-+|-+$/g, "")
    .slice(0, 80)
    .toLowerCase();
  return `${base || "document"}.pdf`;
}
