"use client";

import { useActionForm } from "@/components/forms/use-action-form";
import { HiddenFields } from "@/components/ui/action-forms";
import { SubmitButton } from "@/components/ui/button";
import { CheckboxField } from "@/components/ui/checkbox-field";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import { addDecisionAction, approveMinutesAction, moveMeetingAction, publishMinutesAction, saveMinutesAction } from "@/app/gouvernance/reunions/actions";
import { CANCEL_REASON_MAX, DECISION_TEXT_MAX, DECISION_TITLE_MAX, MINUTES_MAX } from "@/lib/governance/meetings/moves";

/** The meeting page's small forms: its moves, a decision, the minutes, their approval and publication. Each works without JavaScript. */

/** Convene or hold: one button. */
export function MoveForm({ meetingId, version, move, label }: { meetingId: string; version: number; move: "convene" | "hold"; label: string }) {
  const form = useActionForm(moveMeetingAction);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label={label}>
      <FormStatus state={form.state} />
      <HiddenFields fields={{ meetingId, version: String(version), move }} />
      <SubmitButton pendingLabel="En cours…">{label}</SubmitButton>
    </form>
  );
}

/** Cancelling: a reason the convened members read, and a box to tick. */
export function CancelForm({ meetingId, version }: { meetingId: string; version: number }) {
  const form = useActionForm(moveMeetingAction);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label="Annuler la réunion">
      <FormStatus state={form.state} />
      <HiddenFields fields={{ meetingId, version: String(version), move: "cancel" }} />
      <TextAreaField {...form.field("reason")} id="cancel-reason" label="Motif de l'annulation" hint="Les membres convoqués le reçoivent par courriel." rows={2} maxLength={CANCEL_REASON_MAX} required />
      <CheckboxField {...form.checkbox("confirm")} id="cancel-confirm" label="Je confirme l'annulation de cette réunion." required />
      <SubmitButton variant="danger" pendingLabel="En cours…">
        Annuler la réunion
      </SubmitButton>
    </form>
  );
}

export function DecisionForm({ meetingId }: { meetingId: string }) {
  const form = useActionForm(addDecisionAction);
  return (
    <form action={form.formAction} className="space-y-4" noValidate aria-label="Enregistrer une décision">
      <FormStatus state={form.state} />
      <HiddenFields fields={{ meetingId }} />
      <TextField {...form.field("title")} id="decision-title" label="Intitulé" required maxLength={DECISION_TITLE_MAX} />
      <TextAreaField {...form.field("text")} id="decision-text" label="Texte de la décision" rows={3} required maxLength={DECISION_TEXT_MAX} />
      <fieldset className="grid gap-4 sm:grid-cols-3">
        <legend className="mb-2 text-sm font-medium text-slate-900">Votes</legend>
        <TextField {...form.field("votesFor")} id="decision-for" label="Pour" inputMode="numeric" required />
        <TextField {...form.field("votesAgainst")} id="decision-against" label="Contre" inputMode="numeric" required />
        <TextField {...form.field("votesAbstain")} id="decision-abstain" label="Abstentions" inputMode="numeric" required />
      </fieldset>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer la décision</SubmitButton>
    </form>
  );
}

export function MinutesForm({ meetingId, version, minutes }: { meetingId: string; version: number; minutes: string }) {
  const form = useActionForm(saveMinutesAction, { minutes });
  return (
    <form action={form.formAction} className="space-y-4" noValidate aria-label="Écrire le compte rendu">
      <FormStatus state={form.state} />
      <HiddenFields fields={{ meetingId, version: String(version) }} />
      <TextAreaField {...form.field("minutes")} id="minutes" label="Compte rendu" hint="Il reste en projet jusqu'à son approbation à la prochaine réunion de l'instance." rows={14} required maxLength={MINUTES_MAX} />
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer le compte rendu</SubmitButton>
    </form>
  );
}

export function ApproveForm({ meetingId, approvedMeetingId, version, label }: { meetingId: string; approvedMeetingId: string; version: number; label: string }) {
  const form = useActionForm(approveMinutesAction);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label={label}>
      <FormStatus state={form.state} />
      <HiddenFields fields={{ meetingId, approvedMeetingId, version: String(version) }} />
      <SubmitButton pendingLabel="En cours…">{label}</SubmitButton>
    </form>
  );
}

export function PublishForm({ meetingId, version }: { meetingId: string; version: number }) {
  const form = useActionForm(publishMinutesAction);
  return (
    <form action={form.formAction} className="space-y-3" noValidate aria-label="Publier le compte rendu">
      <FormStatus state={form.state} />
      <HiddenFields fields={{ meetingId, version: String(version) }} />
      <CheckboxField {...form.checkbox("confirm")} id="publish-confirm" label="Je confirme : le compte rendu et ses décisions seront visibles de tous sur la page publique de l'association." required />
      <SubmitButton pendingLabel="En cours…">Publier le compte rendu</SubmitButton>
    </form>
  );
}
