"use client";

import Link from "next/link";
import { createPartnerContactAction, updatePartnerContactAction } from "../actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";
import { CONTACT_NAME_MAX, JOB_TITLE_MAX, PHONE_MAX } from "@/lib/partners/model";

type Contact = { id: string; version: number; name: string; jobTitle: string | null; phone: string | null; email: string | null };

/**
 * Adds a contact to a partner (`partnerId`) or edits one (`contact`). Field ids are prefixed so
 * that the form can sit on the partner's page beside the partner's own form.
 */
export function ContactForm({ partnerId, contact, cancelHref }: { partnerId?: string; contact?: Contact; cancelHref?: string }) {
  const form = useActionForm(contact ? updatePartnerContactAction : createPartnerContactAction, contact ?? {});
  const field = (name: string) => ({ ...form.field(name), id: `contact-${name}` });
  return (
    <form action={form.formAction} className="space-y-4" noValidate>
      <FormStatus state={form.state} />
      {contact ? (
        <>
          <input type="hidden" name="contactId" value={contact.id} />
          <input type="hidden" name="version" value={String(contact.version)} />
        </>
      ) : (
        <input type="hidden" name="partnerId" value={partnerId} />
      )}
      <TextField {...field("name")} label="Nom et prénom" required maxLength={CONTACT_NAME_MAX} autoComplete="off" />
      <TextField {...field("jobTitle")} label="Fonction (facultatif)" hint="Responsable de secteur, gardien, chargée de mission…" maxLength={JOB_TITLE_MAX} autoComplete="off" />
      <TextField {...field("phone")} label="Téléphone (facultatif)" type="tel" maxLength={PHONE_MAX} autoComplete="off" />
      <TextField {...field("email")} label="Adresse e-mail (facultatif)" hint="Nécessaire pour l'inviter sur le portail." type="email" autoComplete="off" />
      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Enregistrement…">{contact ? "Enregistrer le contact" : "Ajouter le contact"}</SubmitButton>
        {cancelHref ? (
          <Link href={cancelHref} className={buttonClass("secondary")}>
            Annuler
          </Link>
        ) : null}
      </div>
    </form>
  );
}
