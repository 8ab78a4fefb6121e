"use client";

import { revokeRoleAction } from "@/app/admin/actions";
import { useActionForm } from "@/components/forms/use-action-form";
import { SubmitButton } from "@/components/ui/button";
import { EmptyState } from "@/components/ui/empty-state";
import { FormStatus } from "@/components/ui/form-status";

export type ActiveGrantRow = {
  id: string;
  roleLabel: string;
  partnerName: string | null;
  from: string;
  until: string | null;
  grantedBy: string | null;
  /** An admin cannot remove their own admin role (the service refuses it too). */
  locked: boolean;
};

/**
 * The person's current roles, each with a two-step "Retirer" that works without JavaScript: the
 * disclosure opens a form whose button names the role being removed. One action state for the
 * whole list, so that the confirmation stays visible once the role has moved to the past roles.
 */
export function ActiveGrants({
  personName,
  grants,
  canRevoke,
}: {
  personName: string;
  grants: ActiveGrantRow[];
  canRevoke: boolean;
}) {
  const { state, formAction } = useActionForm(revokeRoleAction);

  return (
    <div className="space-y-3">
      <FormStatus state={state} />
      {grants.length === 0 ? (
        <EmptyState>{personName} n&apos;a aucun rôle actif.</EmptyState>
      ) : (
        <ul className="grid gap-3 sm:grid-cols-2">
          {grants.map((grant) => (
            <li key={grant.id} className="space-y-3 rounded-md border border-slate-300 bg-white p-4">
              <h3 className="text-lg font-semibold text-slate-900">{grant.roleLabel}</h3>
              <dl className="grid grid-cols-[auto_1fr] gap-x-3 gap-y-1 text-sm">
                {grant.partnerName ? (
                  <>
                    <dt className="text-slate-700">Partenaire</dt>
                    <dd className="font-medium">{grant.partnerName}</dd>
                  </>
                ) : null}
                <dt className="text-slate-700">Depuis le</dt>
                <dd className="font-medium">{grant.from}</dd>
                <dt className="text-slate-700">Jusqu&apos;au</dt>
                <dd className="font-medium">{grant.until ?? "Sans date de fin"}</dd>
                <dt className="text-slate-700">Attribué par</dt>
                <dd className="font-medium">{grant.grantedBy ?? "Système"}</dd>
              </dl>
              {!canRevoke ? null : grant.locked ? (
                <p className="text-sm text-slate-700">C&apos;est votre propre rôle d&apos;administration : une autre personne administratrice peut seule le retirer.</p>
              ) : (
                <details>
                  <summary className="inline-block cursor-pointer rounded-md border border-red-700 px-3 py-1.5 font-semibold text-red-800 hover:bg-red-50">
                    Retirer<span className="sr-only"> le rôle {grant.roleLabel}</span>…
                  </summary>
                  <form action={formAction} className="mt-3 space-y-2">
                    <input type="hidden" name="grantId" value={grant.id} />
                    <p className="text-sm text-slate-800">
                      {personName} perdra l&apos;accès que donne ce rôle dès sa prochaine page.
                    </p>
                    <SubmitButton variant="danger" pendingLabel="Retrait…">
                      Confirmer le retrait du rôle {grant.roleLabel}
                    </SubmitButton>
                  </form>
                </details>
              )}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
