import type { Metadata } from "next";
import Link from "next/link";
import { AccessDenied } from "@/components/ui/access-denied";
import { PageHeader } from "@/components/ui/page-header";
import { SuccessNotice } from "@/components/ui/success-notice";
import { pageActor } from "@/lib/auth/guard";
import { listMyDevices } from "@/lib/auth/devices";
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from "@/lib/auth/options";
import { getCurrentSessionId } from "@/lib/auth/session";
import { formatDayTime } from "@/lib/format/dates";
import { plural, pluralForm } from "@/lib/format/numbers";
import { EndDeviceForm, EndOtherDevicesForm, SignOutHereForm } from "./_components/device-forms";
import { routes } from "@/lib/routes";

export const metadata: Metadata = { title: "Mes appareils" };

const ENDED: Record<string, string> = {
  "1": "L'appareil a été déconnecté.",
  autres: "Vos autres appareils ont été déconnectés.",
};

export default async function MyDevicesPage({ searchParams }: { searchParams: Promise<{ fin?: string }> }) {
  const actor = await pageActor("account:manage-own", routes.mine.devices);
  if (!actor) return <AccessDenied signedIn />;
  const [devices, { fin }] = await Promise.all([listMyDevices(actor, await getCurrentSessionId()), searchParams]);
  const others = devices.filter((device) => !device.current);

  return (
    <div className="max-w-3xl space-y-6">
      <p>
        <Link href={routes.mine.home} className="underline">← Mon espace</Link>
      </p>
      <PageHeader
        title="Mes appareils"
        intro="Les navigateurs où votre compte est ouvert. Si vous ne reconnaissez pas l'un d'eux, déconnectez-le puis changez votre mot de passe."
      />
      {fin && ENDED[fin] ? <SuccessNotice>{ENDED[fin]}</SuccessNotice> : null}

      <section aria-labelledby="titre-appareils" className="space-y-4">
        <h2 id="titre-appareils" className="text-xl font-semibold">
          {pluralForm(devices.length, "Appareil connecté", plural(devices.length, "appareil connecté", "appareils connectés"))}
        </h2>
        {devices.length === 0 ? <p>Aucun appareil connecté.</p> : null}
        <ul className="space-y-3">
          {devices.map((device) => {
            const lastSeen = formatDayTime(device.lastSeenAt);
            return (
              <li key={device.id} className="space-y-2 rounded-lg border border-slate-300 bg-white p-4">
                <h3 className="font-semibold">
                  {device.name}
                  {device.current ? <span className="ml-2 rounded-full bg-brand-100 px-2 py-0.5 text-sm text-brand-800">cet appareil</span> : null}
                </h3>
                <dl className="grid grid-cols-[auto_1fr] gap-x-3 text-slate-700">
                  <dt>Connecté le</dt>
                  <dd>
                    <time dateTime={device.createdAt.toISOString()}>{formatDayTime(device.createdAt)}</time>
                  </dd>
                  <dt>Dernière activité</dt>
                  <dd>
                    <time dateTime={device.lastSeenAt.toISOString()}>{lastSeen}</time>
                  </dd>
                </dl>
                {device.current ? (
                  <SignOutHereForm />
                ) : (
                  <EndDeviceForm sessionId={device.id} deviceLabel={`${device.name}, dernière activité le ${lastSeen}`} />
                )}
              </li>
            );
          })}
        </ul>
        {others.length > 0 ? (
          <EndOtherDevicesForm />
        ) : (
          <p>Votre compte n&apos;est ouvert sur aucun autre appareil.</p>
        )}
      </section>
      <p className="text-slate-700">
        Une connexion se ferme d&apos;elle-même après {SESSION_IDLE_TIMEOUT_MS / 3_600_000} heures sans activité, et au plus
        tard {SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000} jours après avoir été ouverte.
      </p>
    </div>
  );
}
