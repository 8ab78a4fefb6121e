"use client";

import { useState } from "react";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { controlClass } from "@/components/ui/field";
import { FormStatus } from "@/components/ui/form-status";
import { saveAttendanceAction } from "@/app/gouvernance/reunions/actions";
import type { AttendanceStatus, BodyKind } from "@/lib/generated/prisma/enums";
import { ATTENDANCE_STATUSES, ATTENDANCE_STATUS_LABELS } from "@/lib/governance/model";
import { attendanceCounts } from "@/lib/governance/meetings/proxies";
import { computeQuorum, quorumText, type QuorumStatutes } from "@/lib/governance/meetings/quorum";

type Row = { memberId: string; name: string; status: AttendanceStatus; proxyHolderId: string };

/**
 * The attendance of every member of the body, saved as a whole. The quorum line above the table is
 * recounted from the form as it changes (a live region), with the same rule as the server's; without
 * JavaScript it shows the saved figure, and the server checks the proxies again on saving.
 */
export function AttendanceForm({
  meetingId,
  version,
  kind,
  statutes,
  proxiesPerPerson,
  rows: initial,
  savedQuorum,
}: {
  meetingId: string;
  version: number;
  kind: BodyKind;
  statutes: QuorumStatutes;
  proxiesPerPerson: number;
  rows: Row[];
  savedQuorum: string;
}) {
  const form = useActionForm(saveAttendanceAction);
  const [rows, setRows] = useState(initial);
  const [touched, setTouched] = useState(false);
  const counts = attendanceCounts(rows);
  const live = quorumText(computeQuorum({ kind, statutes, members: rows.length, ...counts }));
  const update = (memberId: string, change: Partial<Row>) => {
    setTouched(true);
    setRows((all) => all.map((row) => (row.memberId === memberId ? { ...row, ...change } : row)));
  };
  return (
    <form action={form.formAction} className="space-y-4" noValidate aria-label="Présences et pouvoirs">
      <FormStatus state={form.state} />
      <p aria-live="polite" className="font-semibold">
        {touched ? live : savedQuorum}
        {touched ? " (non enregistré)" : ""}
      </p>
      <p className="text-sm text-slate-700">
        Un pouvoir se donne à un membre présent de la même instance ; {proxiesPerPerson} pouvoir{proxiesPerPerson > 1 ? "s" : ""} au plus par personne.
      </p>
      <input type="hidden" name="meetingId" value={meetingId} />
      <input type="hidden" name="version" value={String(version)} />
      <div className="overflow-x-auto">
        <table className="min-w-full text-left text-sm">
          <caption className="sr-only">Présence de chaque membre de l&apos;instance</caption>
          <thead>
            <tr>
              <th scope="col" className="p-2">Membre</th>
              <th scope="col" className="p-2">Présence</th>
              <th scope="col" className="p-2">Pouvoir donné à</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => {
              const error = form.errors(`attendance.${row.memberId}`)?.join(" ");
              const errorId = `attendance-${row.memberId}-error`;
              return (
                <tr key={row.memberId} className="border-t border-slate-200 align-top">
                  <th scope="row" className="p-2 font-medium">
                    {row.name}
                    {error ? (
                      <p id={errorId} className="mt-1 text-sm font-medium text-red-800">
                        {error}
                      </p>
                    ) : null}
                  </th>
                  <td className="p-2">
                    <input type="hidden" name="memberId" value={row.memberId} />
                    <label htmlFor={`status-${row.memberId}`} className="sr-only">
                      Présence de {row.name}
                    </label>
                    <select
                      id={`status-${row.memberId}`}
                      name="status"
                      value={row.status}
                      onChange={(event) => update(row.memberId, { status: event.target.value as AttendanceStatus })}
                      className={controlClass}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                    >
                      {ATTENDANCE_STATUSES.map((status) => (
                        <option key={status} value={status}>
                          {ATTENDANCE_STATUS_LABELS[status]}
                        </option>
                      ))}
                    </select>
                  </td>
                  <td className="p-2">
                    <label htmlFor={`proxy-${row.memberId}`} className="sr-only">
                      Pouvoir de {row.name} donné à
                    </label>
                    <select
                      id={`proxy-${row.memberId}`}
                      name="proxyHolderId"
                      value={row.proxyHolderId}
                      onChange={(event) => update(row.memberId, { proxyHolderId: event.target.value, ...(event.target.value ? { status: "REPRESENTED" as const } : {}) })}
                      className={controlClass}
                      aria-invalid={error ? true : undefined}
                      aria-describedby={error ? errorId : undefined}
                    >
                      <option value="">Aucun</option>
                      {rows
                        .filter((holder) => holder.memberId !== row.memberId)
                        .map((holder) => (
                          <option key={holder.memberId} value={holder.memberId}>
                            {holder.name}
                          </option>
                        ))}
                    </select>
                  </td>
                </tr>
              );
            })}
          </tbody>
        </table>
      </div>
      <SubmitButton pendingLabel="Enregistrement…">Enregistrer les présences</SubmitButton>
    </form>
  );
}
