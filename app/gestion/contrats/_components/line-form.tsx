"use client";

import Link from "next/link";
import { useState } from "react";
import { createContractLineAction, updateContractLineAction } from "@/app/gestion/contrats/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { controlClass, SelectField, TextField } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { buttonClass } from "@/components/ui/styles";
import { TextAreaField } from "@/components/ui/text-area";
import { LINE_DESCRIPTION_MAX, LINE_TASK_MAX, SERVICE_UNITS, SERVICE_UNIT_LABELS } from "@/lib/contracts/model";
import { MAX_LINE_OCCURRENCES, SCHEDULE_PRESETS, SCHEDULE_PRESET_LABELS, WEEKDAYS, buildRecurrence, countOccurrences, describeRecurrence, nextOccurrences, type SchedulePreset } from "@/lib/contracts/schedule";
import { toDay } from "@/lib/core/calendar";
import { formatLongDay } from "@/lib/format/dates";
import { formatNumber } from "@/lib/format/numbers";
import { enumOptions } from "@/lib/format/options";

export type LineFormValues = {
  id: string;
  version: number;
  task: string;
  description: string;
  unit: string;
  unitPrice: string;
  teamId: string;
  startTime: string;
  durationMinutes: number;
  siteIds: string[];
  schedule: { preset: SchedulePreset; days: string[]; interval: number; monthDay: number | null };
};

type Area = { id: string; name: string; sites: { id: string; name: string; address: string }[] };

const UNIT_OPTIONS = enumOptions(SERVICE_UNIT_LABELS, SERVICE_UNITS);

function FieldError({ id, errors }: { id: string; errors?: string[] }) {
  return errors?.length ? (
    <p id={id} className="text-sm font-medium text-red-800">
      {errors.join(" ")}
    </p>
  ) : null;
}

/** The rule's count over the contract's span and its next days from today (none past the cap). */
function preview(rule: string | null, contract: { startsOn: string; endsOn: string }, today: string): { total: number | null; upcoming: Date[] } {
  if (!rule) return { total: null, upcoming: [] };
  const dates = { startsOn: toDay(contract.startsOn), endsOn: toDay(contract.endsOn) };
  const total = countOccurrences(rule, dates);
  return { total, upcoming: total === null ? [] : nextOccurrences(rule, dates, toDay(today), 6) };
}

/**
 * A contract line (prestation): what, where (sites of the territory grouped by area, with a
 * filter), who (a team), when (a schedule chosen among presets, never typed as RRULE), at what
 * price. The schedule's French description and its next days within the contract's dates are
 * shown as it is chosen (computed in the browser from lib/contracts/schedule.ts, the rules the
 * server checks again).
 */
export function LineForm({
  line,
  contract,
  areas,
  teams,
  today,
  cancelHref,
}: {
  line?: LineFormValues;
  contract: { id: string; startsOn: string; endsOn: string };
  areas: Area[];
  teams: { id: string; name: string }[];
  today: string;
  cancelHref: string;
}) {
  const form = useActionForm(line ? updateContractLineAction : createContractLineAction, {
    task: line?.task,
    description: line?.description,
    unit: line?.unit ?? "PER_VISIT",
    unitPrice: line?.unitPrice,
    teamId: line?.teamId,
    startTime: line?.startTime,
    durationMinutes: line?.durationMinutes ?? 60,
  });
  const [preset, setPreset] = useState<SchedulePreset>(line?.schedule.preset ?? "weekdays");
  const [days, setDays] = useState<string[]>(line?.schedule.days ?? []);
  const [interval, setInterval] = useState(String(line?.schedule.interval ?? 2));
  const [monthDay, setMonthDay] = useState(String(line?.schedule.monthDay ?? 1));
  const [siteIds, setSiteIds] = useState<string[]>(line?.siteIds ?? []);
  const [siteFilter, setSiteFilter] = useState("");

  const built = buildRecurrence({ preset, days, interval: Number(interval) || null, monthDay: Number(monthDay) || null });
  const rule = built.ok ? built.rule : null;
  // The React compiler memoizes this on the rule: counting over years runs once per rule chosen.
  const { total, upcoming } = preview(rule, contract, today);

  const toggle = (list: string[], value: string, on: boolean) => (on ? [...new Set([...list, value])] : list.filter((v) => v !== value));
  const filter = siteFilter.trim().toLowerCase();
  const visible = (site: { name: string; address: string }) => !filter || `${site.name} ${site.address}`.toLowerCase().includes(filter);

  return (
    <form action={form.formAction} className="space-y-6" noValidate>
      <FormStatus state={form.state} />
      {line ? (
        <>
          <input type="hidden" name="lineId" value={line.id} />
          <input type="hidden" name="version" value={String(line.version)} />
        </>
      ) : (
        <input type="hidden" name="contractId" value={contract.id} />
      )}

      <TextField {...form.field("task")} label="Prestation" hint="Par exemple « Nettoyage des parties communes »." required maxLength={LINE_TASK_MAX} autoComplete="off" />
      <TextAreaField {...form.field("description")} label="Détail (facultatif)" rows={3} maxLength={LINE_DESCRIPTION_MAX} />
      <div className="grid gap-4 sm:grid-cols-2">
        <SelectField {...form.field("unit")} label="Unité" required options={UNIT_OPTIONS} />
        <TextField {...form.field("unitPrice")} label="Prix unitaire HT, en euros" hint="Par passage, par heure ou le forfait. Par exemple 85,50." required inputMode="decimal" autoComplete="off" />
      </div>

      <fieldset className="space-y-3 rounded-md border border-slate-300 p-4" aria-describedby={form.errors("siteIds") ? "siteIds-error" : undefined}>
        <legend className="px-1 font-semibold">Sites couverts</legend>
        <p className="text-sm text-slate-700">
          Cochez les sites où la prestation a lieu ({siteIds.length} {siteIds.length > 1 ? "choisis" : "choisi"}).
        </p>
        <div className="max-w-sm space-y-1">
          <label htmlFor="site-filter" className="block text-sm font-medium">
            Filtrer les sites
          </label>
          <input id="site-filter" type="search" className={controlClass} value={siteFilter} onChange={(e) => setSiteFilter(e.target.value)} autoComplete="off" />
        </div>
        <FieldError id="siteIds-error" errors={form.errors("siteIds")} />
        {areas.length === 0 ? <p>Aucun site n&apos;est enregistré sur le territoire.</p> : null}
        {areas.map((area) => (
          <fieldset key={area.id} className="space-y-1" hidden={!area.sites.some(visible)}>
            <legend className="font-medium text-slate-900">{area.name}</legend>
            <ul className="grid gap-1 sm:grid-cols-2">
              {area.sites.map((site) => (
                <li key={site.id} hidden={!visible(site) && !siteIds.includes(site.id)}>
                  <label className="flex items-start gap-2">
                    <input
                      type="checkbox"
                      name="siteIds"
                      value={site.id}
                      checked={siteIds.includes(site.id)}
                      onChange={(e) => setSiteIds((list) => toggle(list, site.id, e.target.checked))}
                      className="mt-1 size-5 shrink-0"
                    />
                    <span>
                      {site.name} <span className="text-sm text-slate-700">— {site.address}</span>
                    </span>
                  </label>
                </li>
              ))}
            </ul>
          </fieldset>
        ))}
      </fieldset>

      <div className="grid gap-4 sm:grid-cols-3">
        <SelectField {...form.field("teamId")} label="Équipe par défaut (facultative)" emptyLabel="Aucune" options={teams.map((t) => ({ value: t.id, label: t.name }))} />
        <TextField {...form.field("startTime")} type="time" label="Heure de début (facultative)" />
        <TextField {...form.field("durationMinutes")} type="number" min={5} max={720} step={5} label="Durée prévue, en minutes" required />
      </div>

      <fieldset className="space-y-3 rounded-md border border-slate-300 p-4">
        <legend className="px-1 font-semibold">Fréquence</legend>
        <FieldError id="preset-error" errors={form.errors("preset")} />
        <ul className="space-y-1">
          {SCHEDULE_PRESETS.map((value) => (
            <li key={value}>
              <label className="flex items-start gap-2">
                <input type="radio" name="preset" value={value} checked={preset === value} onChange={() => setPreset(value)} className="mt-1 size-5 shrink-0" />
                <span>{SCHEDULE_PRESET_LABELS[value]}</span>
              </label>
            </li>
          ))}
        </ul>
        <fieldset className="space-y-1" aria-describedby={form.errors("days") ? "days-error" : undefined}>
          <legend className="text-sm font-medium">Jours de la semaine (pour « certains jours » et « toutes les N semaines »)</legend>
          <FieldError id="days-error" errors={form.errors("days")} />
          <ul className="flex flex-wrap gap-3">
            {WEEKDAYS.map((day) => (
              <li key={day.code}>
                <label className="flex items-center gap-1">
                  <input
                    type="checkbox"
                    name="days"
                    value={day.code}
                    checked={days.includes(day.code)}
                    onChange={(e) => setDays((list) => toggle(list, day.code, e.target.checked))}
                    className="size-5"
                  />
                  {day.label}
                </label>
              </li>
            ))}
          </ul>
        </fieldset>
        <div className="grid gap-4 sm:grid-cols-2">
          <TextField
            name="interval"
            id="interval"
            type="number"
            min={1}
            max={52}
            label="Nombre de semaines (pour « toutes les N semaines »)"
            value={interval}
            onChange={(e) => setInterval(e.target.value)}
            errors={form.errors("interval")}
          />
          <TextField
            name="monthDay"
            id="monthDay"
            type="number"
            min={1}
            max={28}
            label="Jour du mois, de 1 à 28 (pour « chaque mois le N »)"
            value={monthDay}
            onChange={(e) => setMonthDay(e.target.value)}
            errors={form.errors("monthDay")}
          />
        </div>
        <div className="rounded-md bg-slate-50 p-3" aria-live="polite">
          <h3 className="font-semibold">Aperçu</h3>
          {!built.ok ? (
            <p>{built.error}</p>
          ) : !built.rule ? (
            <p>{describeRecurrence(null)} : les travaux seront commandés un par un.</p>
          ) : total === null ? (
            <p className="font-medium text-red-800">
              {describeRecurrence(built.rule)} : plus de {formatNumber(MAX_LINE_OCCURRENCES)} passages sur la durée du contrat, c&apos;est trop. Choisissez une fréquence plus espacée.
            </p>
          ) : (
            <>
              <p>
                {describeRecurrence(built.rule)}, soit {formatNumber(total)} {total > 1 ? "passages" : "passage"} sur la durée du contrat.
              </p>
              {upcoming.length ? (
                <>
                  <p className="mt-1 text-sm">Prochains passages :</p>
                  <ul className="list-disc pl-6 text-sm" data-testid="apercu-passages">
                    {upcoming.map((day) => (
                      <li key={day.toISOString()}>{formatLongDay(day)}</li>
                    ))}
                  </ul>
                </>
              ) : (
                <p className="text-sm">Aucun passage à venir dans les dates du contrat.</p>
              )}
            </>
          )}
        </div>
      </fieldset>

      <div className="flex flex-wrap items-center gap-3">
        <SubmitButton pendingLabel="Enregistrement…">{line ? "Enregistrer la prestation" : "Ajouter la prestation"}</SubmitButton>
        <Link href={cancelHref} className={buttonClass("secondary")}>
          Annuler
        </Link>
      </div>
    </form>
  );
}
