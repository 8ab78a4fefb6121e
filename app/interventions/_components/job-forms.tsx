"use client";

import { useState, type FormEvent } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FieldShell, TextField, describedBy, controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import type { ActionResult } from "@/lib/actions/define-action";
import { describeErrors } from "@/lib/work-orders/offline/form-errors";
import { addToOutbox } from "@/lib/work-orders/offline/outbox";
import { newClientKey } from "@/lib/work-orders/offline/outbox-rules";
import { COMPLETION_NOTE_MAX, MAX_MINUTES, PHOTO_KIND_LABELS, PHOTO_KINDS, completeWorkOrderSchema } from "@/lib/work-orders/employee-schemas";
import { MAX_PHOTO_BYTES } from "@/lib/reports/schemas";
import { useOutbox } from "./offline-runner";

type Action<T> = (prev: ActionResult<T> | undefined, formData: FormData) => Promise<ActionResult<T>>;

export function StartForm<T>({ action, workOrderId, version }: { action: Action<T>; workOrderId: string; version: number }) {
  const { state, formAction } = useActionForm(action);
  return (
    <form action={formAction} className="space-y-2">
      <FormStatus state={state} />
      <input type="hidden" name="workOrderId" value={workOrderId} />
      <input type="hidden" name="version" value={version} />
      <SubmitButton pendingLabel="Démarrage…">Démarrer l&apos;intervention</SubmitButton>
    </form>
  );
}

/**
 * "Terminer": note and time spent. Without JavaScript, the server action; with it, the completion
 * is put in the phone's outbox under a key made now and sent at once if the network allows.
 */
export function CompleteForm<T>({ action, workOrderId, serverKey }: { action: Action<T>; workOrderId: string; serverKey: string }) {
  const { state, formAction, field } = useActionForm(action);
  const outbox = useOutbox();
  const [local, setLocal] = useState<ActionResult<T> | undefined>();
  const shown = local ?? state;
  const errors = (name: string) => (shown && !shown.ok ? shown.fieldErrors?.[name] : undefined);
  if (outbox?.items.some((item) => item.kind === "complete" && item.workOrderId === workOrderId && item.state === "pending")) return null;

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!outbox) return; // not hydrated yet: the server action takes it
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const key = newClientKey();
    const parsed = completeWorkOrderSchema.safeParse({ workOrderId, completionKey: key, note: data.get("note") ?? "", minutes: data.get("minutes") ?? "" });
    if (!parsed.success) {
      setLocal({ ok: false, ...describeErrors(parsed.error) });
      return;
    }
    setLocal(undefined);
    await addToOutbox({ key, userKey: outbox.userKey, workOrderId, createdAt: Date.now(), state: "pending", kind: "complete", note: parsed.data.note ?? "", minutes: parsed.data.minutes });
    outbox.send();
  }

  return (
    <form action={formAction} onSubmit={onSubmit} className="space-y-4" noValidate>
      <FormStatus state={shown} />
      <input type="hidden" name="workOrderId" value={workOrderId} />
      <input type="hidden" name="completionKey" value={serverKey} />
      <TextAreaField {...field("note")} errors={errors("note")} label="Note de fin (facultatif)" hint="Ce qui a été fait, ce qui reste à prévoir." rows={3} maxLength={COMPLETION_NOTE_MAX} />
      <TextField
        {...field("minutes")}
        errors={errors("minutes")}
        label="Temps passé, en minutes"
        hint={`Votre temps à vous sur cette intervention, de 1 à ${MAX_MINUTES} minutes.`}
        type="number"
        inputMode="numeric"
        min={1}
        max={MAX_MINUTES}
        required
      />
      <SubmitButton pendingLabel="Envoi…">Terminer l&apos;intervention</SubmitButton>
    </form>
  );
}

/**
 * A before or after photo. Without JavaScript the form posts to the upload route; with it the
 * photo is put in the outbox with a key made now and sent when the network allows.
 */
export function PhotoForm({ uploadUrl, workOrderId, serverKey }: { uploadUrl: string; workOrderId: string; serverKey: string }) {
  const outbox = useOutbox();
  const [error, setError] = useState<string | null>(null);

  async function onSubmit(event: FormEvent<HTMLFormElement>) {
    if (!outbox) return;
    event.preventDefault();
    const form = event.currentTarget;
    const data = new FormData(form);
    const photo = data.get("photo");
    const kind = data.get("kind") === "BEFORE" ? "BEFORE" : "AFTER";
    if (!(photo instanceof File) || photo.size === 0) return setError("Choisissez une photo.");
    if (photo.size > MAX_PHOTO_BYTES) return setError("La photo dépasse 10 Mo.");
    setError(null);
    await addToOutbox({ key: newClientKey(), userKey: outbox.userKey, workOrderId, createdAt: Date.now(), state: "pending", kind: "photo", photoKind: kind, blob: photo, fileName: photo.name || "photo.jpg" });
    form.reset();
    outbox.send();
  }

  return (
    <form action={uploadUrl} method="post" encType="multipart/form-data" onSubmit={onSubmit} className="space-y-4">
      <input type="hidden" name="clientKey" value={serverKey} />
      <fieldset className="space-y-1">
        <legend className="text-sm font-medium text-slate-900">Moment de la photo</legend>
        {PHOTO_KINDS.map((kind) => (
          <label key={kind} className="mr-4 inline-flex items-center gap-2">
            <input type="radio" name="kind" value={kind} defaultChecked={kind === "AFTER"} /> {PHOTO_KIND_LABELS[kind]}
          </label>
        ))}
      </fieldset>
      <FieldShell id="photo" label="Photo" hint="JPEG, PNG ou WebP, 10 Mo au maximum." errors={error ? [error] : undefined}>
        <input
          id="photo"
          name="photo"
          type="file"
          accept="image/jpeg,image/png,image/webp"
          capture="environment"
          aria-invalid={error ? true : undefined}
          aria-describedby={describedBy("photo", true, error ? [error] : undefined)}
          className={controlClass}
        />
      </FieldShell>
      <SubmitButton variant="secondary">Ajouter la photo</SubmitButton>
    </form>
  );
}
