import type { Metadata } from "next";
import { PageHeader } from "@/components/ui/page-header";
import { SESSION_ABSOLUTE_LIFETIME_MS, SESSION_IDLE_TIMEOUT_MS } from "@/lib/auth/options";

export const metadata: Metadata = { title: "Politique de confidentialité" };

const h2 = "text-xl font-semibold";
const list = "list-disc space-y-1 pl-6";

/**
 * What this page says is enforced by the code: the periods by lib/retention/run-retention.ts (a
 * daily job), the deletion by lib/people/delete-account.ts, the export by lib/people/export-data.ts.
 * Change them together.
 */
export default function PrivacyPage() {
  return (
    <article className="max-w-prose space-y-4">
      <PageHeader title="Politique de confidentialité" />
      <h2 className={h2}>Qui traite vos données ?</h2>
      <p>La Régie de quartier de Bellerive, association loi 1901, responsable du traitement.</p>
      <h2 className={h2}>Quelles données et pourquoi ?</h2>
      <p>
        Votre nom, votre adresse e-mail, éventuellement votre téléphone et votre entrée d&apos;immeuble : pour gérer votre
        compte, vous informer du suivi de vos demandes et organiser la vie de l&apos;association. Votre mot de passe est
        conservé sous une forme chiffrée irréversible.
      </p>
      <p>
        Connexion : un seul cookie, indispensable, garde votre session ouverte. Elle se ferme quand vous vous déconnectez,
        après {SESSION_IDLE_TIMEOUT_MS / 3_600_000} heures sans activité et au plus tard {SESSION_ABSOLUTE_LIFETIME_MS / 86_400_000} jours
        après la connexion. Pour la sécurité des comptes, les connexions, leurs échecs et les déconnexions sont notés avec
        l&apos;adresse IP et le navigateur ; « Mes appareils » liste vos sessions ouvertes.
      </p>
      <p>
        À l&apos;inscription, nous vous envoyons un lien pour confirmer votre adresse e-mail. Tant qu&apos;elle n&apos;est pas
        confirmée, vous pouvez signaler un problème, mais vous ne recevez pas d&apos;e-mails sur vos signalements et vos
        coordonnées ne sont transmises à aucun partenaire.
      </p>
      <h2 className={h2}>Qui y a accès ?</h2>
      <p>
        L&apos;équipe de la Régie, selon ses missions. Votre identité n&apos;apparaît jamais sur les pages publiques : un
        signalement public n&apos;y est montré qu&apos;avec le texte relu par la Régie. Un partenaire (bailleur, Ville) ne voit
        en entier que les signalements que la Régie lui a confiés, sans vos coordonnées, sauf si vous avez accepté d&apos;être contacté(e)
        pour un signalement et que la Régie les a transmises au partenaire qui le traite. Vous pouvez retirer cet accord à
        tout moment depuis la page du signalement dans « Mon espace » : le partenaire ne voit plus vos coordonnées dès ce
        moment.
      </p>
      <h2 className={h2}>Combien de temps ?</h2>
      <ul className={list}>
        <li>Votre compte et ses données : tant que vous l&apos;utilisez, et jusqu&apos;à ce que vous le supprimiez.</li>
        <li>
          Un compte d&apos;habitant inutilisé pendant 24 mois : nous vous prévenons par e-mail, puis il est anonymisé un mois
          plus tard (comme une suppression, voir ci-dessous), sauf si vous vous êtes reconnecté(e) entre-temps. Les comptes
          de l&apos;équipe, des salariés, des partenaires, des administrateurs de l&apos;association et du portail ne sont
          pas anonymisés automatiquement : ils sont gérés par la Régie.
        </li>
        <li>Le texte des e-mails que nous vous envoyons : effacé après 90 jours (nous gardons la date et l&apos;objet).</li>
        <li>
          Les e-mails contenant un lien à usage unique (nouveau mot de passe, confirmation d&apos;adresse) : leur texte est
          effacé dès l&apos;envoi.
        </li>
        <li>Vos notifications lues : effacées un an après leur lecture. Les notifications non lues sont gardées.</li>
        <li>Les liens de réinitialisation du mot de passe (valables une heure) et de confirmation d&apos;adresse (48 heures) : effacés chaque jour une fois expirés ou utilisés.</li>
        <li>Les sessions de connexion terminées : effacées 30 jours après leur fin.</li>
        <li>Le journal de sécurité (connexions, échecs, changements de mot de passe) : effacé après un an.</li>
      </ul>
      <p>Ces durées sont appliquées chaque jour automatiquement.</p>
      <h2 className={h2}>Quand vous supprimez votre compte</h2>
      <p>La suppression demande votre mot de passe et est définitive. Sont effacés :</p>
      <ul className={list}>
        <li>votre nom, votre adresse e-mail, votre téléphone, votre entrée et votre consentement ;</li>
        <li>vos signalements privés (et vos signalements publics pas encore relus), avec leurs photos et leur emplacement ;</li>
        <li>
          dans vos signalements publics relus par la Régie, votre texte d&apos;origine, l&apos;adresse que vous aviez
          précisée, vos coordonnées et les photos non publiées : le texte public relu, le lieu et les photos publiées
          restent, sans votre nom ;
        </li>
        <li>votre nom sur les commentaires et étapes que vous avez écrits dans l&apos;historique des signalements, et le texte de vos propres commentaires sur vos signalements ;</li>
        <li>vos « moi aussi », vos notifications, les e-mails qui vous étaient destinés (envoyés ou en attente), vos liens et vos sessions.</li>
      </ul>
      <p>
        Restent, sans votre nom : le journal des actions de l&apos;association (qui a fait quoi, désigné par un compte
        anonyme) et le journal de sécurité, qui peut contenir l&apos;adresse e-mail saisie lors d&apos;une connexion,
        jusqu&apos;à son effacement après un an.
      </p>
      <h2 className={h2}>Vos droits</h2>
      <p>
        Depuis « Mon espace », vous pouvez modifier vos informations et votre adresse e-mail (la nouvelle adresse est
        confirmée par un lien, l&apos;ancienne est prévenue), retirer votre accord pour être contacté(e) par un partenaire,
        télécharger toutes vos données (votre compte, vos consentements, vos signalements et le partenaire à qui vos
        coordonnées ont été transmises, ce que vous avez écrit dans l&apos;historique, vos notifications et les e-mails
        que nous vous avons écrits) et supprimer votre compte. Pour toute autre demande, écrivez à la Régie ; vous pouvez
        aussi saisir la CNIL.
      </p>
    </article>
  );
}
