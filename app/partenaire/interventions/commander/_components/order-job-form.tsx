"use client";

import { orderJobAsPartnerAction } from "@/app/partenaire/interventions/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { FieldShell, SelectField, TextField, controlClass, describedBy } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { TextAreaField } from "@/components/ui/text-area";
import { ORDER_DESCRIPTION_MAX } from "@/lib/work-orders/partner-schemas";

type Line = { id: string; task: string; reference: string; period: string; sites: { id: string; name: string }[] };

/**
 * The order: a line of an active contract, one of its sites (grouped by line, so that the form
 * works without JavaScript), a day, what to do. The idempotency key was made when the page was
 * rendered: sent twice, one job.
 */
export function OrderJobForm({ lines, idempotencyKey, today }: { lines: Line[]; idempotencyKey: string; today: string }) {
  const { state, formAction, field, errors, value } = useActionForm(orderJobAsPartnerAction);
  const siteErrors = errors("siteId");
  return (
    <form action={formAction} className="max-w-2xl space-y-4" noValidate>
      <FormStatus state={state} />
      <input type="hidden" name="idempotencyKey" value={idempotencyKey} />
      <SelectField
        id="prestation"
        label="Prestation"
        hint="Les prestations de vos contrats en cours."
        required
        emptyLabel="Choisissez une prestation"
        options={lines.map((line) => ({ value: line.id, label: `${line.reference} — ${line.task} (${line.period})` }))}
        {...field("lineId")}
      />
      <FieldShell id="site" label="Site" hint="Un des sites couverts par la prestation choisie." errors={siteErrors}>
        <select
          key={value("siteId")}
          id="site"
          name="siteId"
          required
          defaultValue={value("siteId")}
          aria-invalid={siteErrors?.length ? true : undefined}
          aria-describedby={describedBy("site", "hint", siteErrors)}
          className={controlClass}
        >
          <option value="">Choisissez un site</option>
          {lines.map((line) => (
            <optgroup key={line.id} label={`${line.reference} — ${line.task}`}>
              {line.sites.map((site) => (
                <option key={site.id} value={site.id}>
                  {site.name}
                </option>
              ))}
            </optgroup>
          ))}
        </select>
      </FieldShell>
      <TextField id="date" type="date" label="Jour souhaité" required min={today} {...field("date")} />
      <TextAreaField
        id="description"
        label="Ce qui est à faire"
        hint="Précisez le lieu exact et le travail attendu."
        required
        rows={4}
        maxLength={ORDER_DESCRIPTION_MAX}
        {...field("description")}
      />
      <SubmitButton pendingLabel="Envoi…">Commander l&apos;intervention</SubmitButton>
    </form>
  );
}
