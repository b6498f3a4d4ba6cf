<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="fr">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>An appointment is scheduled for a time still to come; record a past meeting as a contact.</source>
        <translation>Un rendez-vous se fixe à une date à venir&#xa0;; enregistrez une rencontre passée comme un contact.</translation>
    </message>
    <message>
        <source>Say where the appointment takes place.</source>
        <translation>Indiquez le lieu du rendez-vous.</translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation>Fixer un rendez-vous</translation>
    </message>
    <message>
        <source>Schedule the person&apos;s next appointment: when, where, and what it is for.</source>
        <translation>Fixez le prochain rendez-vous de la personne&#xa0;: quand, où et dans quel but.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the appointment is due</source>
        <translation>Date et heure du rendez-vous</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;Lieu</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>Lieu</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>Objet</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>BreachAccountDialog</name>
    <message>
        <source>Record the account</source>
        <translation>Enregistrer les explications</translation>
    </message>
    <message>
        <source>An account is already recorded (shown above). A new one becomes the current account; the earlier one stays in the case record.</source>
        <translation>Des explications sont déjà enregistrées (ci-dessus). Les nouvelles deviennent les explications en vigueur&#xa0;; les précédentes restent dans le dossier.</translation>
    </message>
    <message>
        <source>This breach is not in the case record.</source>
        <translation>Ce manquement ne figure pas dans le dossier.</translation>
    </message>
    <message>
        <source>Write down the person&apos;s account, in their own words (rule 14.2).</source>
        <translation>Consignez les explications de la personne, dans ses propres mots (règle 14.2).</translation>
    </message>
    <message>
        <source>The person&apos;s account of the breach (rule 14.2)</source>
        <translation>Les explications de la personne sur le manquement (règle 14.2)</translation>
    </message>
    <message>
        <source>The person must be heard (rule 14.2).</source>
        <translation>La personne doit être entendue (règle 14.2).</translation>
    </message>
    <message>
        <source>Step 2 of 3: record the person&apos;s own account of what happened, in their words, before any decision is taken. Nothing may be referred to the authority before the person has been heard.</source>
        <translation>Étape 2 sur 3&#xa0;: recueillez les explications de la personne sur ce qui s&apos;est passé, dans ses propres mots, avant toute décision. Rien ne peut être transmis à l&apos;autorité avant que la personne ait été entendue.</translation>
    </message>
    <message>
        <source>The &amp;breach reported</source>
        <translation>Le &amp;manquement signalé</translation>
    </message>
    <message>
        <source>The breach reported</source>
        <translation>Le manquement signalé</translation>
    </message>
    <message>
        <source>Account already recorded</source>
        <translation>Explications déjà enregistrées</translation>
    </message>
    <message>
        <source>&amp;Heard on</source>
        <translation>Entendue &amp;le</translation>
    </message>
    <message>
        <source>Date the person was heard</source>
        <translation>Date à laquelle la personne a été entendue</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;account</source>
        <translation>Les &amp;explications de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation>Les explications de la personne</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>BreachReportDialog</name>
    <message>
        <source>Record the breach</source>
        <translation>Enregistrer le manquement</translation>
    </message>
    <message>
        <source>This case has no measure with conditions in force: a breach concerns conditions in force (rule 14.1).</source>
        <translation>Ce dossier ne comporte aucune mesure assortie de conditions en vigueur&#xa0;: un manquement porte sur des conditions en vigueur (règle 14.1).</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>Choisissez la mesure.</translation>
    </message>
    <message>
        <source>Tick the condition or conditions the breach concerns (rule 14.1).</source>
        <translation>Cochez la ou les conditions concernées par le manquement (règle 14.1).</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>Décrivez ce qui s&apos;est passé.</translation>
    </message>
    <message>
        <source>Report a breach of conditions (rule 14)</source>
        <translation>Signaler un manquement aux conditions (règle 14)</translation>
    </message>
    <message>
        <source>A breach does not automatically lead to imprisonment (rule 14.3).</source>
        <translation>Un manquement n&apos;entraîne pas automatiquement l&apos;emprisonnement (règle 14.3).</translation>
    </message>
    <message>
        <source>Step 1 of 3: record what happened and which conditions it concerns (rule 14.1). Next, the person must be heard: record their own account (rule 14.2). Only then decide the response, considering the non-custodial alternatives first (rules 14.3, 14.4).</source>
        <translation>Étape 1 sur 3&#xa0;: consignez ce qui s&apos;est passé et les conditions concernées (règle 14.1). Ensuite, la personne doit être entendue&#xa0;: recueillez ses explications (règle 14.2). Alors seulement, décidez de la réponse à donner, en envisageant d&apos;abord les solutions non privatives de liberté (règles 14.3, 14.4).</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>&amp;Conditions concerned</source>
        <translation>&amp;Conditions concernées</translation>
    </message>
    <message>
        <source>Conditions concerned (tick with Space)</source>
        <translation>Conditions concernées (cocher avec Espace)</translation>
    </message>
    <message>
        <source>Date of the &amp;breach</source>
        <translation>&amp;Date du manquement</translation>
    </message>
    <message>
        <source>Date of the breach</source>
        <translation>Date du manquement</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>&amp;Signalé le</translation>
    </message>
    <message>
        <source>Date the breach was reported</source>
        <translation>Date du signalement du manquement</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>Ce qui s&apos;est &amp;passé</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>Ce qui s&apos;est passé</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>BreachResponseDialog</name>
    <message>
        <source>Record the response</source>
        <translation>Enregistrer la réponse</translation>
    </message>
    <message>
        <source>A warning, spoken or written</source>
        <translation>Un avertissement, oral ou écrit</translation>
    </message>
    <message>
        <source>More frequent contact or reporting</source>
        <translation>Des contacts ou des présentations plus fréquents</translation>
    </message>
    <message>
        <source>Adjusted conditions, to be decided by the authority</source>
        <translation>Des conditions adaptées, à décider par l&apos;autorité</translation>
    </message>
    <message>
        <source>Help with the cause of the breach (treatment, transport, childcare, work)</source>
        <translation>Une aide pour traiter la cause du manquement (soins, transport, garde d&apos;enfants, travail)</translation>
    </message>
    <message>
        <source>Support from family, community or social services (rule 13.4)</source>
        <translation>Un soutien de la famille, de la collectivité ou des services sociaux (règle 13.4)</translation>
    </message>
    <message>
        <source>The person&apos;s account has not been recorded yet. The person must be heard (rule 14.2): record their account before any referral to the authority.</source>
        <translation>Les explications de la personne n&apos;ont pas encore été enregistrées. La personne doit être entendue (règle 14.2)&#xa0;: enregistrez ses explications avant toute saisine de l&apos;autorité.</translation>
    </message>
    <message>
        <source>This breach is not in the case record.</source>
        <translation>Ce manquement ne figure pas dans le dossier.</translation>
    </message>
    <message>
        <source>This breach already has a response (recorded on {0}); record a correction instead.</source>
        <translation>Ce manquement a déjà reçu une réponse (enregistrée le {0})&#xa0;; enregistrez plutôt une rectification.</translation>
    </message>
    <message>
        <source>Choose your response.</source>
        <translation>Choisissez votre réponse.</translation>
    </message>
    <message>
        <source>The person has not been heard: record their account of the breach before any referral (rule 14.2).</source>
        <translation>La personne n&apos;a pas été entendue&#xa0;: enregistrez ses explications sur le manquement avant toute saisine (règle 14.2).</translation>
    </message>
    <message>
        <source>Tick the non-custodial alternatives you considered before a referral (rules 14.3, 14.4).</source>
        <translation>Cochez les solutions non privatives de liberté que vous avez envisagées avant une saisine (règles 14.3, 14.4).</translation>
    </message>
    <message>
        <source>Tell the person of the right to appeal before a referral (rule 14.6), then tick it.</source>
        <translation>Informez la personne de son droit de recours avant une saisine (règle 14.6), puis cochez la case.</translation>
    </message>
    <message>
        <source>Give the reason for this response.</source>
        <translation>Indiquez le motif de cette réponse.</translation>
    </message>
    <message>
        <source>Respond to a breach (rules 14.3-14.6)</source>
        <translation>Répondre à un manquement (règles 14.3-14.6)</translation>
    </message>
    <message>
        <source>A breach does not automatically lead to imprisonment (rule 14.3).</source>
        <translation>Un manquement n&apos;entraîne pas automatiquement l&apos;emprisonnement (règle 14.3).</translation>
    </message>
    <message>
        <source>Step 3 of 3: consider the non-custodial alternatives first (rules 14.3, 14.4). Refer the breach to the competent authority only when none of them is suitable, after the person has been heard (rule 14.2) and told of the right to appeal (rule 14.6).</source>
        <translation>Étape 3 sur 3&#xa0;: envisagez d&apos;abord les solutions non privatives de liberté (règles 14.3, 14.4). Ne saisissez l&apos;autorité compétente du manquement que si aucune ne convient, après que la personne a été entendue (règle 14.2) et informée de son droit de recours (règle 14.6).</translation>
    </message>
    <message>
        <source>The breach, and what the person &amp;said</source>
        <translation>Le manquement, et ce que la personne a &amp;déclaré</translation>
    </message>
    <message>
        <source>The breach reported, and the person&apos;s account</source>
        <translation>Le manquement signalé et les explications de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s account is missing</source>
        <translation>Les explications de la personne manquent</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>Décidée &amp;le</translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation>Date de la réponse</translation>
    </message>
    <message>
        <source>Non-custodial alternatives (rules 14.3, 14.4)</source>
        <translation>Solutions non privatives de liberté (règles 14.3, 14.4)</translation>
    </message>
    <message>
        <source>Alternatives &amp;considered (tick each one you weighed)</source>
        <translation>Solutions &amp;envisagées (cochez chacune de celles que vous avez examinées)</translation>
    </message>
    <message>
        <source>Alternatives considered (tick with Space)</source>
        <translation>Solutions envisagées (cocher avec Espace)</translation>
    </message>
    <message>
        <source>Ot&amp;her alternative</source>
        <translation>Au&amp;tre solution</translation>
    </message>
    <message>
        <source>Other alternative considered</source>
        <translation>Autre solution envisagée</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>Votre réponse</translation>
    </message>
    <message>
        <source>&amp;No further action</source>
        <translation>Aucune &amp;suite</translation>
    </message>
    <message>
        <source>A &amp;warning</source>
        <translation>Un a&amp;vertissement</translation>
    </message>
    <message>
        <source>&amp;Adjust supervision (for example more frequent contact, or more support)</source>
        <translation>&amp;Adapter le suivi (par exemple des contacts plus fréquents ou davantage de soutien)</translation>
    </message>
    <message>
        <source>Re&amp;fer the breach to the competent authority</source>
        <translation>Sa&amp;isir l&apos;autorité compétente du manquement</translation>
    </message>
    <message>
        <source>I told the person of their right to a&amp;ppeal (rule 14.6)</source>
        <translation>J&apos;ai informé la personne de son droit de &amp;recours (règle 14.6)</translation>
    </message>
    <message>
        <source>&amp;Reason for this response</source>
        <translation>&amp;Motif de cette réponse</translation>
    </message>
    <message>
        <source>Reason for this response</source>
        <translation>Motif de cette réponse</translation>
    </message>
    <message>
        <source>Why the response cannot be recorded yet</source>
        <translation>Pourquoi la réponse ne peut pas encore être enregistrée</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>Autres noms</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>Langues parlées</translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation>Langues lues</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>Interprète nécessaire</translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Besoins de communication</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Aménagements</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>Identifiants</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>en vigueur</translation>
    </message>
    <message>
        <source>waiting for consent</source>
        <translation>en attente du consentement</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>consentement refusé</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>exécutée</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>levée avant terme</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>révoquée</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>Personal details changed</source>
        <translation>Données personnelles modifiées</translation>
    </message>
    <message>
        <source>Measure imposed</source>
        <translation>Mesure prononcée</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Condition imposed</source>
        <translation>Condition imposée</translation>
    </message>
    <message>
        <source>Conditions modified by the authority</source>
        <translation>Conditions modifiées par l&apos;autorité</translation>
    </message>
    <message>
        <source>Conditions explained</source>
        <translation>Conditions expliquées</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>Document remis</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>Contact</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>Rendez-vous</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>Réexamen</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Manquement signalé</translation>
    </message>
    <message>
        <source>Person&apos;s account of a breach</source>
        <translation>Explications de la personne sur un manquement</translation>
    </message>
    <message>
        <source>Response to a breach</source>
        <translation>Réponse à un manquement</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>Plainte ou demande</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>Fin de la mesure</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>Dossier clos</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>Correction</translation>
    </message>
    <message>
        <source>Measure imposed, with its conditions…</source>
        <translation>Mesure prononcée, avec ses conditions…</translation>
    </message>
    <message>
        <source>Consent to a pre-trial measure (rule 3.4)…</source>
        <translation>Consentement à une mesure avant jugement (règle 3.4)…</translation>
    </message>
    <message>
        <source>Modification by the authority (rule 12.4)…</source>
        <translation>Modification par l&apos;autorité (règle 12.4)…</translation>
    </message>
    <message>
        <source>Report a breach (rule 14)…</source>
        <translation>Signaler un manquement (règle 14)…</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>Contact…</translation>
    </message>
    <message>
        <source>Appointment…</source>
        <translation>Rendez-vous…</translation>
    </message>
    <message>
        <source>Review (rule 10.3)…</source>
        <translation>Réexamen (règle 10.3)…</translation>
    </message>
    <message>
        <source>Complaint or request (rule 3.6)…</source>
        <translation>Plainte ou demande (règle 3.6)…</translation>
    </message>
    <message>
        <source>End of the measure (rule 11.2)…</source>
        <translation>Fin de la mesure (règle 11.2)…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>Note…</translation>
    </message>
    <message>
        <source>Head office found it invalid: record it again.</source>
        <translation>La direction l&apos;a jugé non valide&#xa0;: enregistrez-le à nouveau.</translation>
    </message>
    <message>
        <source>The case is not yours at head office: ask who supervises it.</source>
        <translation>Pour la direction, ce dossier n&apos;est pas le vôtre&#xa0;: demandez qui en assure le suivi.</translation>
    </message>
    <message>
        <source>It names another officer or device as author: tell head office.</source>
        <translation>Il indique comme auteur un autre agent ou un autre appareil&#xa0;: prévenez la direction.</translation>
    </message>
    <message>
        <source>Head office does not know this kind of event: tell head office.</source>
        <translation>La direction ne connaît pas ce type d&apos;événement&#xa0;: prévenez la direction.</translation>
    </message>
    <message>
        <source>Not possible in the case as head office has it (closed already?).</source>
        <translation>Impossible dans le dossier tel que la direction le détient (déjà clos&#xa0;?).</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>Aucun dossier sélectionné</translation>
    </message>
    <message>
        <source>Choose a case in the caseload to see its record.</source>
        <translation>Choisissez un dossier parmi les dossiers suivis pour en voir le contenu.</translation>
    </message>
    <message>
        <source>Hear the person about the breach of {0} (rule 14.2)…</source>
        <translation>Entendre la personne sur le manquement du {0} (règle 14.2)…</translation>
    </message>
    <message>
        <source>Respond to the breach of {0} (rules 14.3-14.6)…</source>
        <translation>Répondre au manquement du {0} (règles 14.3-14.6)…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>ouvert</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>clos</translation>
    </message>
    <message>
        <source>{number} · {office} · opened {opened} · {status}</source>
        <translation>{number} · {office} · ouvert le {opened} · {status}</translation>
    </message>
    <message>
        <source>The conditions have not been explained to the person yet (rule 12.3).</source>
        <translation>Les conditions n&apos;ont pas encore été expliquées à la personne (règle 12.3).</translation>
    </message>
    <message>
        <source>Head office did not accept {0} of this case&apos;s events.</source>
        <translation>Événements de ce dossier non acceptés par la direction&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Details recorded differently on two devices: {0}.</source>
        <translation>Informations enregistrées différemment sur deux appareils&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>See the Sync issues tab.</source>
        <translation>Consultez l&apos;onglet Problèmes de synchronisation.</translation>
    </message>
    <message>
        <source>Waiting for head office to confirm: {0}.</source>
        <translation>En attente de la confirmation de la direction&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>edited on two devices: check</source>
        <translation>modifié sur deux appareils&#xa0;: à vérifier</translation>
    </message>
    <message>
        <source>also recorded: {0}</source>
        <translation>également enregistré&#xa0;: {0}</translation>
    </message>
    <message>
        <source>{status}; from {start} to {end}; decided by {authority}</source>
        <translation>{status}&#xa0;; du {start} au {end}&#xa0;; décidée par {authority}</translation>
    </message>
    <message>
        <source>; conditions not yet explained (rule 12.3)</source>
        <translation>&#xa0;; conditions pas encore expliquées (règle 12.3)</translation>
    </message>
    <message>
        <source>Condition set by the authority</source>
        <translation>Condition fixée par l&apos;autorité</translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation>{0} (supprimée)</translation>
    </message>
    <message>
        <source>{0} (not accepted by head office)</source>
        <translation>{0} (non accepté par la direction)</translation>
    </message>
    <message>
        <source>{0} (waiting for head office)</source>
        <translation>{0} (en attente de la direction)</translation>
    </message>
    <message>
        <source>Not accepted by head office ({0})</source>
        <translation>Non acceptés par la direction ({0})</translation>
    </message>
    <message>
        <source>An event no longer in this case</source>
        <translation>Un événement qui ne figure plus dans ce dossier</translation>
    </message>
    <message>
        <source>Head office said: {0}</source>
        <translation>Réponse de la direction&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Recorded differently on two devices ({0})</source>
        <translation>Enregistrées différemment sur deux appareils ({0})</translation>
    </message>
    <message>
        <source>{0} values; the first is shown for now</source>
        <translation>{0} valeurs&#xa0;; la première est affichée pour l&apos;instant</translation>
    </message>
    <message>
        <source>Sync iss&amp;ues ({0})</source>
        <translation>Pr&amp;oblèmes de synchronisation ({0})</translation>
    </message>
    <message>
        <source>Sync iss&amp;ues</source>
        <translation>Pr&amp;oblèmes de synchronisation</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>Résumé du dossier</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>Points à traiter</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;Enregistrer…</translation>
    </message>
    <message>
        <source>Record something in this case</source>
        <translation>Enregistrer un élément dans ce dossier</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;Tableau de bord</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>Retour au tableau de bord</translation>
    </message>
    <message>
        <source>&amp;Explain the conditions…</source>
        <translation>E&amp;xpliquer les conditions…</translation>
    </message>
    <message>
        <source>Explain the conditions to the person (rule 12.3)</source>
        <translation>Expliquer les conditions à la personne (règle 12.3)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;Personne</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>Informations personnelles</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>Rubrique</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>Valeur</translation>
    </message>
    <message>
        <source>&amp;Measures and conditions</source>
        <translation>&amp;Mesures et conditions</translation>
    </message>
    <message>
        <source>Measures and conditions</source>
        <translation>Mesures et conditions</translation>
    </message>
    <message>
        <source>Measure or condition</source>
        <translation>Mesure ou condition</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>Détails</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>&amp;Chronologie</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>Chronologie des événements</translation>
    </message>
    <message>
        <source>When</source>
        <translation>Date</translation>
    </message>
    <message>
        <source>What</source>
        <translation>Événement</translation>
    </message>
    <message>
        <source>What head office did not accept, and details recorded differently on two devices. Nothing here is lost: correct it by recording again.</source>
        <translation>Ce que la direction n&apos;a pas accepté, et les informations enregistrées différemment sur deux appareils. Rien n&apos;est perdu&#xa0;: corrigez en enregistrant à nouveau.</translation>
    </message>
    <message>
        <source>Sync issues of this case</source>
        <translation>Problèmes de synchronisation de ce dossier</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Case number</source>
        <translation>Numéro de dossier</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>Nom</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>Mesures</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Réexamen prévu</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>Fin</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>À traiter</translation>
    </message>
    <message>
        <source>explanation pending</source>
        <translation>explication en attente</translation>
    </message>
    <message>
        <source>breach open</source>
        <translation>manquement en cours</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Office visit</source>
        <translation>Visite au bureau</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>Visite à domicile</translation>
    </message>
    <message>
        <source>Telephone call</source>
        <translation>Appel téléphonique</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>Appel vidéo</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>Autre</translation>
    </message>
    <message>
        <source>Continue the supervision as it is</source>
        <translation>Poursuivre le suivi tel quel</translation>
    </message>
    <message>
        <source>Adjust the supervision</source>
        <translation>Adapter le suivi</translation>
    </message>
    <message>
        <source>Recommend early termination to the authority</source>
        <translation>Recommander à l’autorité une fin anticipée</translation>
    </message>
    <message>
        <source>Recommend that the authority modify the conditions</source>
        <translation>Recommander à l’autorité de modifier les conditions</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>Plainte</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>Demande</translation>
    </message>
    <message>
        <source>Completed: the measure ran its full term</source>
        <translation>Achevée : la mesure est allée à son terme</translation>
    </message>
    <message>
        <source>Ended early by the authority (rule 11.2)</source>
        <translation>Levée de manière anticipée par l’autorité (règle 11.2)</translation>
    </message>
    <message>
        <source>Revoked by the authority after a breach (rule 14)</source>
        <translation>Révoquée par l’autorité après un manquement (règle 14)</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Say what the complaint or request is about.</source>
        <translation>Indiquez l&apos;objet de la plainte ou de la demande.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>La description</translation>
    </message>
    <message>
        <source>Record a complaint or request</source>
        <translation>Enregistrer une plainte ou une demande</translation>
    </message>
    <message>
        <source>The person may make a request or complaint about the measure to a judicial or other competent independent authority (rule 3.6). Record what they asked or complained about, and where you sent it.</source>
        <translation>La personne peut adresser une demande ou une plainte concernant la mesure à une autorité judiciaire ou à une autre autorité indépendante compétente (règle 3.6). Consignez ce qu&apos;elle a demandé ou ce dont elle s&apos;est plainte, et l&apos;autorité à laquelle vous l&apos;avez transmise.</translation>
    </message>
    <message>
        <source>&amp;This is a</source>
        <translation>&amp;Il s&apos;agit d&apos;une</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>Plainte ou demande</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;Reçue le</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>Reçue le</translation>
    </message>
    <message>
        <source>&amp;What it is about</source>
        <translation>&amp;Objet</translation>
    </message>
    <message>
        <source>What the complaint or request is about</source>
        <translation>Objet de la plainte ou de la demande</translation>
    </message>
    <message>
        <source>&amp;Sent on to an authority</source>
        <translation>&amp;Transmise à une autorité</translation>
    </message>
    <message>
        <source>Sent on to an authority</source>
        <translation>Transmise à une autorité</translation>
    </message>
    <message>
        <source>Sent t&amp;o</source>
        <translation>&amp;Destinataire</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>Destinataire</translation>
    </message>
    <message>
        <source>Sent o&amp;n</source>
        <translation>Transmise &amp;le</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>Transmise le</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Why: {0}</source>
        <translation>Motif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Text ordered by the authority</source>
        <translation>Texte prescrit par l&apos;autorité</translation>
    </message>
    <message>
        <source>Te&amp;xt ordered by the authority</source>
        <translation>&amp;Texte prescrit par l&apos;autorité</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>Référence de l&apos;autorité</translation>
    </message>
    <message>
        <source>Decision reference and paragraph</source>
        <translation>Référence et paragraphe de la décision</translation>
    </message>
    <message>
        <source>Authorit&amp;y&apos;s reference</source>
        <translation>Ré&amp;férence de l&apos;autorité</translation>
    </message>
    <message>
        <source>Why this condition is needed for this person</source>
        <translation>Pourquoi cette condition est nécessaire pour cette personne</translation>
    </message>
    <message>
        <source>Why it is necessary (rule 12.2)</source>
        <translation>Pourquoi elle est nécessaire (règle 12.2)</translation>
    </message>
    <message>
        <source>&amp;Why it is necessary (rule 12.2) *</source>
        <translation>&amp;Pourquoi elle est nécessaire (règle 12.2) *</translation>
    </message>
    <message>
        <source>As it will be issued:</source>
        <translation>Telle qu&apos;elle sera délivrée&#xa0;:</translation>
    </message>
    <message>
        <source>The condition as it will be issued</source>
        <translation>La condition telle qu&apos;elle sera délivrée</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>Ce qui manque encore</translation>
    </message>
    <message>
        <source>enter the text the authority ordered</source>
        <translation>saisissez le texte prescrit par l&apos;autorité</translation>
    </message>
    <message>
        <source>enter the authority&apos;s reference</source>
        <translation>saisissez la référence de l&apos;autorité</translation>
    </message>
    <message>
        <source>say why the condition is necessary (rule 12.2)</source>
        <translation>indiquez pourquoi la condition est nécessaire (règle 12.2)</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>Reste à faire&#xa0;: {0}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>No consent recorded yet for this measure.</source>
        <translation>Aucun consentement n&apos;est encore enregistré pour cette mesure.</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>consentement donné</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>consentement refusé</translation>
    </message>
    <message>
        <source>Already recorded on {0}: {1}. A new record becomes the current one; the earlier one stays in the case record.</source>
        <translation>Déjà enregistré le {0}&#xa0;: {1}. Le nouvel enregistrement devient celui en vigueur&#xa0;; le précédent reste dans le dossier.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>Enregistrer le consentement</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>Enregistrer le refus</translation>
    </message>
    <message>
        <source>No measure in this case needs the person&apos;s consent: rule 3.4 applies to obligations imposed before or instead of a trial.</source>
        <translation>Aucune mesure de ce dossier ne requiert le consentement de la personne&#xa0;: la règle 3.4 s&apos;applique aux obligations imposées avant ou à la place d&apos;un procès.</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>Choisissez la mesure.</translation>
    </message>
    <message>
        <source>Choose whether the person gives or refuses consent.</source>
        <translation>Indiquez si la personne donne ou refuse son consentement.</translation>
    </message>
    <message>
        <source>Consent is informed only when you have explained both the nature of the obligations and the consequences of refusing (rule 3.4). Tick both once you have explained them, or record a refusal.</source>
        <translation>Le consentement n&apos;est éclairé que si vous avez expliqué à la fois la nature des obligations et les conséquences d&apos;un refus (règle 3.4). Cochez les deux cases une fois ces explications données, ou enregistrez un refus.</translation>
    </message>
    <message>
        <source>Choose the language used.</source>
        <translation>Choisissez la langue utilisée.</translation>
    </message>
    <message>
        <source>Consent to a pre-trial measure (rule 3.4)</source>
        <translation>Consentement à une mesure avant jugement (règle 3.4)</translation>
    </message>
    <message>
        <source>Informed consent (rule 3.4)</source>
        <translation>Consentement éclairé (règle 3.4)</translation>
    </message>
    <message>
        <source>A measure that imposes an obligation before or instead of a trial needs the person&apos;s consent. Consent is informed only when you have explained, in a language the person understands, what the obligations are and what happens if they refuse. The person may refuse: record the refusal as well.</source>
        <translation>Une mesure qui impose une obligation avant ou à la place d&apos;un procès requiert le consentement de la personne. Le consentement n&apos;est éclairé que si vous avez expliqué, dans une langue que la personne comprend, en quoi consistent les obligations et ce qui se passe en cas de refus. La personne peut refuser&#xa0;: enregistrez également le refus.</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Measure that needs consent</source>
        <translation>Mesure requérant le consentement</translation>
    </message>
    <message>
        <source>Consent already recorded</source>
        <translation>Consentement déjà enregistré</translation>
    </message>
    <message>
        <source>Recorded &amp;on</source>
        <translation>Enregistré &amp;le</translation>
    </message>
    <message>
        <source>Date the consent was given or refused</source>
        <translation>Date à laquelle le consentement a été donné ou refusé</translation>
    </message>
    <message>
        <source>&amp;Language used</source>
        <translation>Lan&amp;gue utilisée</translation>
    </message>
    <message>
        <source>Language used</source>
        <translation>Langue utilisée</translation>
    </message>
    <message>
        <source>&amp;Interpreter (if any)</source>
        <translation>&amp;Interprète (le cas échéant)</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Nom de l&apos;interprète</translation>
    </message>
    <message>
        <source>What you explained to the person</source>
        <translation>Ce que vous avez expliqué à la personne</translation>
    </message>
    <message>
        <source>I explained the &amp;nature of the obligations: what the person will have to do, and for how long</source>
        <translation>J&apos;ai expliqué la &amp;nature des obligations&#xa0;: ce que la personne devra faire, et pendant combien de temps</translation>
    </message>
    <message>
        <source>I explained the &amp;consequences of refusing consent</source>
        <translation>J&apos;ai expliqué les &amp;conséquences d&apos;un refus de consentement</translation>
    </message>
    <message>
        <source>The person&apos;s decision</source>
        <translation>La décision de la personne</translation>
    </message>
    <message>
        <source>The person &amp;gives consent</source>
        <translation>La personne &amp;donne son consentement</translation>
    </message>
    <message>
        <source>The person &amp;refuses consent</source>
        <translation>La personne &amp;refuse son consentement</translation>
    </message>
    <message>
        <source>No&amp;tes (optional)</source>
        <translation>No&amp;tes (facultatif)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Why the consent cannot be recorded yet</source>
        <translation>Pourquoi le consentement ne peut pas encore être enregistré</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>A contact cannot be in the future: record it once it has happened.</source>
        <translation>Un contact ne peut pas être dans le futur&#xa0;: enregistrez-le une fois qu&apos;il a eu lieu.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation>Enregistrer un contact</translation>
    </message>
    <message>
        <source>Record a contact with the person: when it happened, how, and whether the person attended.</source>
        <translation>Enregistrez un contact avec la personne&#xa0;: quand il a eu lieu, sous quelle forme, et si la personne s&apos;est présentée.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;Quand</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the contact happened</source>
        <translation>Date et heure du contact</translation>
    </message>
    <message>
        <source>&amp;Type of contact</source>
        <translation>&amp;Type de contact</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>Type de contact</translation>
    </message>
    <message>
        <source>The person &amp;attended</source>
        <translation>La personne s&apos;est &amp;présentée</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;Notes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>Enter your name and your office.</source>
        <translation>Saisissez votre nom et votre service.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>Les deux phrases secrètes ne sont pas identiques.</translation>
    </message>
    <message>
        <source>Creating your encrypted profile…</source>
        <translation>Création de votre profil chiffré…</translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation>Nouveau profil d&apos;agent de probation</translation>
    </message>
    <message>
        <source>Your case records are kept encrypted on this computer. Choose a passphrase of at least 12 characters that you do not use anywhere else: several words are easiest to remember. Nobody, not even head office, can recover it for you.</source>
        <translation>Vos dossiers sont conservés chiffrés sur cet ordinateur. Choisissez une phrase secrète d&apos;au moins 12 caractères que vous n&apos;utilisez nulle part ailleurs&#xa0;: plusieurs mots sont plus faciles à retenir. Personne, pas même la direction, ne pourra la récupérer pour vous.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>Votre &amp;nom</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>Votre nom</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>&amp;Service</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;Répétez-la</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>Répétez la phrase secrète</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Measures by type (dark: in force; light: ended)</source>
        <translation>Mesures par type (foncé&#xa0;: en vigueur&#xa0;; clair&#xa0;: terminées)</translation>
    </message>
    <message>
        <source>Explanation pending (rule 12.3)</source>
        <translation>Explication en attente (règle 12.3)</translation>
    </message>
    <message>
        <source>Review due in 14 days (rule 10.3)</source>
        <translation>Réexamen dans les 14 jours (règle 10.3)</translation>
    </message>
    <message>
        <source>Breach open (rule 14)</source>
        <translation>Manquement en cours (règle 14)</translation>
    </message>
    <message>
        <source>Ending in 14 days (rule 11)</source>
        <translation>Fin dans les 14 jours (règle 11)</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>À faire</translation>
    </message>
    <message>
        <source>Explanation pending</source>
        <translation>Explication en attente</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Réexamen à faire</translation>
    </message>
    <message>
        <source>Breach open</source>
        <translation>Manquement en cours</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Fin prochaine</translation>
    </message>
    <message>
        <source>Measures by type</source>
        <translation>Mesures par type</translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>the opening date</source>
        <translation>la date d&apos;ouverture</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>la date de naissance</translation>
    </message>
    <message>
        <source>the decision date</source>
        <translation>la date de la décision</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>la date de début</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>la date de fin</translation>
    </message>
    <message>
        <source>early-termination eligibility</source>
        <translation>la date d&apos;éligibilité à une fin anticipée</translation>
    </message>
    <message>
        <source>the consent date</source>
        <translation>la date du consentement</translation>
    </message>
    <message>
        <source>the review date</source>
        <translation>la date du réexamen</translation>
    </message>
    <message>
        <source>the measure&apos;s decision date</source>
        <translation>la date de la décision imposant la mesure</translation>
    </message>
    <message>
        <source>the modification&apos;s decision date</source>
        <translation>la date de la décision de modification</translation>
    </message>
    <message>
        <source>the report date</source>
        <translation>la date du signalement</translation>
    </message>
    <message>
        <source>the date of the breach</source>
        <translation>la date du manquement</translation>
    </message>
    <message>
        <source>the date of the account</source>
        <translation>la date des explications</translation>
    </message>
    <message>
        <source>the response date</source>
        <translation>la date de la réponse</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>la date de réception</translation>
    </message>
    <message>
        <source>the date sent</source>
        <translation>la date d&apos;envoi</translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation>la date de clôture</translation>
    </message>
    <message>
        <source>the interpreter is a relative: use an independent interpreter where one can be found</source>
        <translation>l&apos;interprète est un proche&#xa0;: faites appel à un interprète indépendant lorsque c&apos;est possible</translation>
    </message>
    <message>
        <source>the interpreter is a child: use an independent interpreter where one can be found</source>
        <translation>l&apos;interprète est un enfant&#xa0;: faites appel à un interprète indépendant lorsque c&apos;est possible</translation>
    </message>
    <message>
        <source>this case has already been opened</source>
        <translation>ce dossier a déjà été ouvert</translation>
    </message>
    <message>
        <source>the case must be opened first</source>
        <translation>le dossier doit d&apos;abord être ouvert</translation>
    </message>
    <message>
        <source>the case is closed; only notes and corrections can be added</source>
        <translation>le dossier est clos&#xa0;; seules des notes et des rectifications peuvent être ajoutées</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>{field} ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>{later} cannot be before {earlier}</source>
        <translation>{later} ne peut pas précéder {earlier}</translation>
    </message>
    <message>
        <source>the measure does not exist in this case</source>
        <translation>la mesure n&apos;existe pas dans ce dossier</translation>
    </message>
    <message>
        <source>the measure has already ended</source>
        <translation>la mesure a déjà pris fin</translation>
    </message>
    <message>
        <source>the preferred language must be one of the person&apos;s languages</source>
        <translation>la langue préférée doit être l&apos;une des langues de la personne</translation>
    </message>
    <message>
        <source>the jurisdiction is not in the catalogue</source>
        <translation>la juridiction ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>{field} was changed by someone else since you opened the case; reload and try again</source>
        <translation>le champ {field} a été modifié par quelqu&apos;un d&apos;autre depuis que vous avez ouvert le dossier&#xa0;; rechargez-le et réessayez</translation>
    </message>
    <message>
        <source>the measure would last {days} days, more than the maximum of {limit} days set by the authority or the law (rule 11.1)</source>
        <translation>la mesure durerait {days} jours, soit plus que le maximum de {limit} jours fixé par l&apos;autorité ou par la loi (règle 11.1)</translation>
    </message>
    <message>
        <source>a measure with this id already exists</source>
        <translation>une mesure portant cet identifiant existe déjà</translation>
    </message>
    <message>
        <source>the measure type is not in the catalogue</source>
        <translation>ce type de mesure ne figure pas dans le catalogue</translation>
    </message>
    <message>
        <source>a measure with obligations needs an end date (rule 11.1)</source>
        <translation>une mesure assortie d&apos;obligations doit avoir une date de fin (règle 11.1)</translation>
    </message>
    <message>
        <source>the authority&apos;s maximum is longer than the legal maximum of {limit} days</source>
        <translation>le maximum fixé par l&apos;autorité dépasse le maximum légal de {limit} jours</translation>
    </message>
    <message>
        <source>consent is informed only when the obligations and the consequences of refusing have been explained (rule 3.4)</source>
        <translation>le consentement n&apos;est éclairé que si les obligations et les conséquences d&apos;un refus ont été expliquées (règle 3.4)</translation>
    </message>
    <message>
        <source>this measure type does not require consent; it is recorded anyway</source>
        <translation>ce type de mesure ne requiert pas de consentement&#xa0;; celui-ci est tout de même enregistré</translation>
    </message>
    <message>
        <source>a condition with this id already exists</source>
        <translation>une condition portant cet identifiant existe déjà</translation>
    </message>
    <message>
        <source>a condition outside the catalogue needs its text and the authority&apos;s reference</source>
        <translation>une condition hors catalogue requiert son texte et la référence de l&apos;autorité</translation>
    </message>
    <message>
        <source>the condition is not in the catalogue at that version</source>
        <translation>la condition ne figure pas dans le catalogue dans cette version</translation>
    </message>
    <message>
        <source>condition {condition} cannot be imposed under a measure of type {measure_type}</source>
        <translation>la condition {condition} ne peut pas être imposée dans le cadre d&apos;une mesure de type {measure_type}</translation>
    </message>
    <message>
        <source>this measure type imposes no obligations, so it takes no conditions</source>
        <translation>ce type de mesure n&apos;impose aucune obligation&#xa0;; il ne peut donc pas être assorti de conditions</translation>
    </message>
    <message>
        <source>record the person&apos;s informed consent before imposing an obligation under a pre-trial measure (rule 3.4)</source>
        <translation>enregistrez le consentement éclairé de la personne avant d&apos;imposer une obligation dans le cadre d&apos;une mesure avant jugement (règle 3.4)</translation>
    </message>
    <message>
        <source>the conditions have been explained already; a change needs a modification by the authority (rule 12.4)</source>
        <translation>les conditions ont déjà été expliquées&#xa0;; tout changement requiert une modification par l&apos;autorité (règle 12.4)</translation>
    </message>
    <message>
        <source>this measure would have more than {limit} conditions; keep them to the minimum needed (rule 12.2)</source>
        <translation>cette mesure aurait plus de {limit} conditions&#xa0;; limitez-les au strict nécessaire (règle 12.2)</translation>
    </message>
    <message>
        <source>a modification needs the competent authority and its decision reference (rule 12.4)</source>
        <translation>une modification requiert l&apos;autorité compétente et la référence de sa décision (règle 12.4)</translation>
    </message>
    <message>
        <source>the modification changes nothing</source>
        <translation>la modification ne change rien</translation>
    </message>
    <message>
        <source>the modification refers to a condition that is not in force</source>
        <translation>la modification porte sur une condition qui n&apos;est pas en vigueur</translation>
    </message>
    <message>
        <source>this measure would have {count} conditions, more than {limit}; keep them to the minimum needed (rule 12.2)</source>
        <translation>cette mesure aurait {count} conditions, soit plus de {limit}&#xa0;; limitez-les au strict nécessaire (règle 12.2)</translation>
    </message>
    <message>
        <source>the explanation cannot be in the future</source>
        <translation>l&apos;explication ne peut pas être dans le futur</translation>
    </message>
    <message>
        <source>the conditions have changed since this explanation began; start again</source>
        <translation>les conditions ont changé depuis le début de cette explication&#xa0;; recommencez</translation>
    </message>
    <message>
        <source>a condition appears twice in the explanation</source>
        <translation>une condition figure deux fois dans l&apos;explication</translation>
    </message>
    <message>
        <source>{count} condition(s) in force were not explained (rule 12.3)</source>
        <translation>{count} condition(s) en vigueur n&apos;ont pas été expliquées (règle 12.3)</translation>
    </message>
    <message>
        <source>the explanation lists a condition that is not in force</source>
        <translation>l&apos;explication mentionne une condition qui n&apos;est pas en vigueur</translation>
    </message>
    <message>
        <source>every condition must be explained orally (rule 12.3)</source>
        <translation>chaque condition doit être expliquée oralement (règle 12.3)</translation>
    </message>
    <message>
        <source>the person&apos;s rights must be explained (rule 12.3)</source>
        <translation>les droits de la personne doivent être expliqués (règle 12.3)</translation>
    </message>
    <message>
        <source>what happens after a breach must be explained (rules 12.3, 14)</source>
        <translation>les conséquences d&apos;un manquement doivent être expliquées (règles 12.3, 14)</translation>
    </message>
    <message>
        <source>say why the written copy will be given later</source>
        <translation>indiquez pourquoi la copie écrite sera remise plus tard</translation>
    </message>
    <message>
        <source>record the reason the person disagrees or could not answer</source>
        <translation>enregistrez la raison pour laquelle la personne n&apos;est pas d&apos;accord ou n&apos;a pas pu répondre</translation>
    </message>
    <message>
        <source>a mark or thumbprint needs the witness&apos;s name</source>
        <translation>une marque ou une empreinte digitale requiert le nom du témoin</translation>
    </message>
    <message>
        <source>the person needs an interpreter but none is recorded</source>
        <translation>la personne a besoin d&apos;un interprète, mais aucun n&apos;est enregistré</translation>
    </message>
    <message>
        <source>the explanation language is not one the person is recorded as knowing</source>
        <translation>la langue de l&apos;explication ne figure pas parmi les langues que la personne connaît selon le dossier</translation>
    </message>
    <message>
        <source>a condition was not understood: plan a follow-up explanation</source>
        <translation>une condition n&apos;a pas été comprise&#xa0;: prévoyez une nouvelle explication</translation>
    </message>
    <message>
        <source>the reprinted document does not exist in this case</source>
        <translation>le document réimprimé n&apos;existe pas dans ce dossier</translation>
    </message>
    <message>
        <source>a document with this id already exists</source>
        <translation>un document portant cet identifiant existe déjà</translation>
    </message>
    <message>
        <source>a contact cannot be recorded in the future</source>
        <translation>un contact ne peut pas être enregistré dans le futur</translation>
    </message>
    <message>
        <source>the next review must be after this one</source>
        <translation>le prochain réexamen doit avoir lieu après celui-ci</translation>
    </message>
    <message>
        <source>a breach with this id already exists</source>
        <translation>un manquement portant cet identifiant existe déjà</translation>
    </message>
    <message>
        <source>a breach must concern conditions of this measure that are in force</source>
        <translation>un manquement doit porter sur des conditions de cette mesure qui sont en vigueur</translation>
    </message>
    <message>
        <source>the breach does not exist in this case</source>
        <translation>le manquement n&apos;existe pas dans ce dossier</translation>
    </message>
    <message>
        <source>this breach already has a response; record a correction instead</source>
        <translation>ce manquement a déjà reçu une réponse&#xa0;; enregistrez plutôt une rectification</translation>
    </message>
    <message>
        <source>record the person&apos;s account of the breach before any referral (rule 14.2)</source>
        <translation>enregistrez les explications de la personne sur le manquement avant toute saisine (règle 14.2)</translation>
    </message>
    <message>
        <source>list the non-custodial alternatives considered before a referral (rules 14.3, 14.4)</source>
        <translation>indiquez les solutions non privatives de liberté envisagées avant une saisine (règles 14.3, 14.4)</translation>
    </message>
    <message>
        <source>tell the person of the right to appeal before a referral (rule 14.6)</source>
        <translation>informez la personne de son droit de recours avant une saisine (règle 14.6)</translation>
    </message>
    <message>
        <source>say where the complaint or request was sent</source>
        <translation>indiquez à qui la plainte ou la demande a été transmise</translation>
    </message>
    <message>
        <source>early termination and revocation need the authority and its decision reference</source>
        <translation>une fin anticipée ou une révocation requiert l&apos;autorité et la référence de sa décision</translation>
    </message>
    <message>
        <source>a measure completes on or after its end date; before it, record an early termination (rule 11.2)</source>
        <translation>une mesure est accomplie à sa date de fin ou après celle-ci&#xa0;; avant cette date, enregistrez une fin anticipée (règle 11.2)</translation>
    </message>
    <message>
        <source>early termination must be before the end date</source>
        <translation>une fin anticipée doit intervenir avant la date de fin</translation>
    </message>
    <message>
        <source>revocation follows a breach referred to the authority under the rule 14 safeguards</source>
        <translation>une révocation ne peut suivre qu&apos;un manquement porté devant l&apos;autorité selon les garanties de la règle 14</translation>
    </message>
    <message>
        <source>every measure must end before the case is closed</source>
        <translation>toutes les mesures doivent avoir pris fin avant la clôture du dossier</translation>
    </message>
    <message>
        <source>the corrected event does not exist in this case</source>
        <translation>l&apos;événement rectifié n&apos;existe pas dans ce dossier</translation>
    </message>
    <message>
        <source>correct the original event, not a correction</source>
        <translation>rectifiez l&apos;événement d&apos;origine, pas une rectification</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>Champ obligatoire</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>Les champs supplémentaires ne sont pas autorisés</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>La valeur doit être un texte</translation>
    </message>
    <message>
        <source>String should have at least {count} character(s)</source>
        <translation>Le texte doit comporter au moins {count} caractère(s)</translation>
    </message>
    <message>
        <source>String should have at most {count} character(s)</source>
        <translation>Le texte doit comporter au plus {count} caractère(s)</translation>
    </message>
    <message>
        <source>Should have at least {count} item(s)</source>
        <translation>Doit comporter au moins {count} élément(s)</translation>
    </message>
    <message>
        <source>Should have at most {count} item(s)</source>
        <translation>Doit comporter au plus {count} élément(s)</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {limit}</source>
        <translation>La valeur doit être supérieure ou égale à {limit}</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {limit}</source>
        <translation>La valeur doit être inférieure ou égale à {limit}</translation>
    </message>
    <message>
        <source>String should match pattern {pattern}</source>
        <translation>Le texte doit correspondre au modèle {pattern}</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>La valeur doit être {expected}</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>La valeur doit être un nombre entier</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>La valeur doit être vrai ou faux</translation>
    </message>
    <message>
        <source>Input should be a valid date (YYYY-MM-DD)</source>
        <translation>La valeur doit être une date valide (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>Input should be a valid date and time</source>
        <translation>La valeur doit être une date et une heure valides</translation>
    </message>
    <message>
        <source>Input should have timezone info</source>
        <translation>La valeur doit indiquer le fuseau horaire</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>La valeur doit être un dictionnaire</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>La valeur doit être une liste</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>rien à enregistrer</translation>
    </message>
    <message>
        <source>after this correction: {problem}</source>
        <translation>après cette rectification&#xa0;: {problem}</translation>
    </message>
    <message>
        <source>the reserved block of case numbers is empty</source>
        <translation>le bloc de numéros de dossier réservé est vide</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;Inscrire</translation>
    </message>
    <message>
        <source>This device is already enrolled for {0}. Enroll again only when head office asks you to.</source>
        <translation>Cet appareil est déjà inscrit pour {0}. Ne l&apos;inscrivez à nouveau que si la direction vous le demande.</translation>
    </message>
    <message>
        <source>Enter the head-office address, for example https://headoffice.org:8443.</source>
        <translation>Saisissez l&apos;adresse de la direction, par exemple https://headoffice.org:8443.</translation>
    </message>
    <message>
        <source>The head-office address must look like https://host:port.</source>
        <translation>L&apos;adresse de la direction doit avoir la forme https://host:port.</translation>
    </message>
    <message>
        <source>The head-office address is only https://host:port, no path.</source>
        <translation>L&apos;adresse de la direction se limite à https://host:port, sans chemin.</translation>
    </message>
    <message>
        <source>Head office must be reached over https, not http.</source>
        <translation>La direction doit être jointe en https, pas en http.</translation>
    </message>
    <message>
        <source>The fingerprint holds only hexadecimal digits (0-9, A-F), colons and spaces.</source>
        <translation>L&apos;empreinte ne contient que des chiffres hexadécimaux (0-9, A-F), des deux-points et des espaces.</translation>
    </message>
    <message>
        <source>Enter the certificate fingerprint head office gave you.</source>
        <translation>Saisissez l&apos;empreinte du certificat que la direction vous a remise.</translation>
    </message>
    <message>
        <source>The fingerprint has {0} hexadecimal digits; it needs 64.</source>
        <translation>L&apos;empreinte compte {0} chiffres hexadécimaux&#xa0;; il en faut 64.</translation>
    </message>
    <message>
        <source>The enrollment code has 12 letters and digits, like ABCD-EFGH-JKMN.</source>
        <translation>Le code d&apos;inscription comporte 12 lettres et chiffres, par exemple ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>Enrolling with head office…</source>
        <translation>Inscription auprès de la direction…</translation>
    </message>
    <message>
        <source>Enrolled. Head office knows this device as the device of {0}; the first sync has started.</source>
        <translation>Inscription réussie. Pour la direction, cet appareil est celui de {0}&#xa0;; la première synchronisation a commencé.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>&amp;Fermer</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match this fingerprint: nothing was sent. Check the fingerprint with head office.</source>
        <translation>Le certificat du serveur ne correspond pas à cette empreinte&#xa0;: rien n&apos;a été envoyé. Vérifiez l&apos;empreinte auprès de la direction.</translation>
    </message>
    <message>
        <source>Head office could not be reached: check the address and the connection, then try again.</source>
        <translation>Impossible de joindre la direction&#xa0;: vérifiez l&apos;adresse et la connexion, puis réessayez.</translation>
    </message>
    <message>
        <source>Head office did not enroll this device: {0}</source>
        <translation>La direction n&apos;a pas inscrit cet appareil&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Enroll this device with head office</source>
        <translation>Inscrire cet appareil auprès de la direction</translation>
    </message>
    <message>
        <source>Head office gives you three things for this device: its address, the fingerprint of its certificate, and a one-time enrollment code. Type them exactly as printed. Once enrolled, this device sends your records to head office and receives the cases assigned to you.</source>
        <translation>La direction vous remet trois éléments pour cet appareil&#xa0;: l&apos;adresse de la direction, l&apos;empreinte de son certificat et un code d&apos;inscription à usage unique. Saisissez-les exactement tels qu&apos;ils sont imprimés. Une fois inscrit, cet appareil envoie vos saisies à la direction et reçoit les dossiers qui vous sont attribués.</translation>
    </message>
    <message>
        <source>Head-office &amp;address</source>
        <translation>A&amp;dresse de la direction</translation>
    </message>
    <message>
        <source>https://headoffice.example.org:8443</source>
        <translation>https://headoffice.example.org:8443</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>Adresse de la direction</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>&amp;Empreinte du certificat</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, e.g. 3A:F0:…</source>
        <translation>64 chiffres hexadécimaux, par ex. 3A:F0:…</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>Empreinte du certificat (SHA-256)</translation>
    </message>
    <message>
        <source>Enrollment c&amp;ode</source>
        <translation>C&amp;ode d&apos;inscription</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation>Code d&apos;inscription à usage unique</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>Inscription en cours</translation>
    </message>
</context>
<context>
    <name>ExplanationWizard</name>
    <message>
        <source>Yes, fully</source>
        <translation>Oui, entièrement</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>En partie</translation>
    </message>
    <message>
        <source>No</source>
        <translation>Non</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>En personne</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>Par téléphone</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>Par vidéo</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>Langue des signes</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>Interprète professionnel</translation>
    </message>
    <message>
        <source>A relative of the person</source>
        <translation>Un proche de la personne</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>Un enfant</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>Une autre personne</translation>
    </message>
    <message>
        <source>Understands and accepts the conditions</source>
        <translation>Comprend et accepte les conditions</translation>
    </message>
    <message>
        <source>Disagrees with the conditions</source>
        <translation>Conteste les conditions</translation>
    </message>
    <message>
        <source>Could not answer</source>
        <translation>N&apos;a pas pu répondre</translation>
    </message>
    <message>
        <source>There is no sheet in the person&apos;s language ({0}) yet: explain with an interpreter and choose a language they read.</source>
        <translation>Il n&apos;existe pas encore de fiche dans la langue de la personne ({0})&#xa0;: expliquez avec un interprète et choisissez une langue qu&apos;elle lit.</translation>
    </message>
    <message>
        <source>Given now, with the oral explanation</source>
        <translation>Remise maintenant, avec l&apos;explication orale</translation>
    </message>
    <message>
        <source>Given later</source>
        <translation>Remise plus tard</translation>
    </message>
    <message>
        <source>A relative or a child should not interpret: they may not translate accurately or neutrally. Use an independent interpreter where one can be found, and record why if none could.</source>
        <translation>Un proche ou un enfant ne devrait pas servir d&apos;interprète&#xa0;: sa traduction risque de n&apos;être ni exacte ni neutre. Faites appel à un interprète indépendant lorsque c&apos;est possible, et indiquez pourquoi si aucun n&apos;a pu être trouvé.</translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation>1. Avant de commencer</translation>
    </message>
    <message>
        <source>2. Condition {0} of {1}</source>
        <translation>2. Condition {0} sur {1}</translation>
    </message>
    <message>
        <source>3. Rights, and what happens after a breach</source>
        <translation>3. Droits, et conséquences d&apos;un manquement</translation>
    </message>
    <message>
        <source>4. Questions and response</source>
        <translation>4. Questions et réaction</translation>
    </message>
    <message>
        <source>5. The written sheet</source>
        <translation>5. La fiche écrite</translation>
    </message>
    <message>
        <source>6. Acknowledgement</source>
        <translation>6. Accusé de réception</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;Terminer</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;Suivant</translation>
    </message>
    <message>
        <source>Say where the explanation takes place.</source>
        <translation>Indiquez le lieu de l&apos;explication.</translation>
    </message>
    <message>
        <source>Say why the written copy will be given later.</source>
        <translation>Indiquez pourquoi la copie écrite sera remise plus tard.</translation>
    </message>
    <message>
        <source>Enter the interpreter&apos;s name.</source>
        <translation>Saisissez le nom de l&apos;interprète.</translation>
    </message>
    <message>
        <source>Explain this condition orally before going on (rule 12.3).</source>
        <translation>Expliquez cette condition oralement avant de continuer (règle 12.3).</translation>
    </message>
    <message>
        <source>Explain the rights and what happens after a breach (rules 12.3, 14).</source>
        <translation>Expliquez les droits et les conséquences d&apos;un manquement (règles 12.3, 14).</translation>
    </message>
    <message>
        <source>Record why the person disagrees or could not answer.</source>
        <translation>Indiquez pourquoi la personne n&apos;est pas d&apos;accord ou n&apos;a pas pu répondre.</translation>
    </message>
    <message>
        <source>Print the sheet (or save it as PDF) and give it to the person.</source>
        <translation>Imprimez la fiche (ou enregistrez-la en PDF) et remettez-la à la personne.</translation>
    </message>
    <message>
        <source>A mark or thumbprint needs the witness&apos;s name.</source>
        <translation>Une marque ou une empreinte digitale requiert le nom du témoin.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>Condition</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Motif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>How it is checked: {0}</source>
        <translation>Mode de contrôle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>Préparation de la fiche…</translation>
    </message>
    <message>
        <source>{0} pages. Verification code {1}.</source>
        <translation>{0} pages. Code de vérification {1}.</translation>
    </message>
    <message>
        <source>{0} Save the sheet as PDF and print it elsewhere.</source>
        <translation>{0} Enregistrez la fiche en PDF et imprimez-la ailleurs.</translation>
    </message>
    <message>
        <source>Issued: verification code {0}.</source>
        <translation>Délivrée&#xa0;: code de vérification {0}.</translation>
    </message>
    <message>
        <source>{0} of {1} conditions explained orally. Sheet: {2}.</source>
        <translation>{0} conditions sur {1} expliquées oralement. Fiche&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>non délivrée</translation>
    </message>
    <message>
        <source>Explanation recorded</source>
        <translation>Explication enregistrée</translation>
    </message>
    <message>
        <source>Explain the conditions (rule 12.3)</source>
        <translation>Expliquer les conditions (règle 12.3)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>Étape</translation>
    </message>
    <message>
        <source>Explain every condition to the person orally, in a language they understand, and give them the written sheet (rule 12.3).</source>
        <translation>Expliquez chaque condition oralement à la personne, dans une langue qu&apos;elle comprend, et remettez-lui la fiche écrite (règle 12.3).</translation>
    </message>
    <message>
        <source>&amp;Language of the explanation</source>
        <translation>&amp;Langue de l&apos;explication</translation>
    </message>
    <message>
        <source>Language of the explanation</source>
        <translation>Langue de l&apos;explication</translation>
    </message>
    <message>
        <source>Written sheet</source>
        <translation>Fiche écrite</translation>
    </message>
    <message>
        <source>&amp;Easy Read</source>
        <translation>&amp;FALC (facile à lire et à comprendre)</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>Lie&amp;u</translation>
    </message>
    <message>
        <source>Place of the explanation</source>
        <translation>Lieu de l&apos;explication</translation>
    </message>
    <message>
        <source>&amp;Written copy</source>
        <translation>&amp;Copie écrite</translation>
    </message>
    <message>
        <source>When the written copy is given</source>
        <translation>Moment où la copie écrite est remise</translation>
    </message>
    <message>
        <source>Why the written copy is given later</source>
        <translation>Pourquoi la copie écrite est remise plus tard</translation>
    </message>
    <message>
        <source>An &amp;interpreter took part</source>
        <translation>Un &amp;interprète a participé</translation>
    </message>
    <message>
        <source>Why la&amp;ter</source>
        <translation>Pourquoi plus tar&amp;d</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>&amp;Nom</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>Nom de l&apos;interprète</translation>
    </message>
    <message>
        <source>&amp;Accreditation</source>
        <translation>&amp;Accréditation</translation>
    </message>
    <message>
        <source>Interpreter&apos;s accreditation</source>
        <translation>Accréditation de l&apos;interprète</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;Modalité</translation>
    </message>
    <message>
        <source>How the interpreter took part</source>
        <translation>Modalité de participation de l&apos;interprète</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;Relation avec la personne</translation>
    </message>
    <message>
        <source>Interpreter&apos;s relationship to the person</source>
        <translation>Relation de l&apos;interprète avec la personne</translation>
    </message>
    <message>
        <source>Interpreter warning</source>
        <translation>Avertissement concernant l&apos;interprète</translation>
    </message>
    <message>
        <source>In the person&apos;s language</source>
        <translation>Dans la langue de la personne</translation>
    </message>
    <message>
        <source>Condition in the person&apos;s language</source>
        <translation>Condition dans la langue de la personne</translation>
    </message>
    <message>
        <source>In your language</source>
        <translation>Dans votre langue</translation>
    </message>
    <message>
        <source>Condition in your language</source>
        <translation>Condition dans votre langue</translation>
    </message>
    <message>
        <source>Why the condition exists</source>
        <translation>Pourquoi cette condition existe</translation>
    </message>
    <message>
        <source>How the condition is checked</source>
        <translation>Mode de contrôle de la condition</translation>
    </message>
    <message>
        <source>I &amp;explained this condition orally</source>
        <translation>J&apos;ai &amp;expliqué cette condition oralement</translation>
    </message>
    <message>
        <source>The person &amp;understood it</source>
        <translation>La personne l&apos;a &amp;comprise</translation>
    </message>
    <message>
        <source>How well the person understood</source>
        <translation>Degré de compréhension de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s rights, and what happens after a breach</source>
        <translation>Les droits de la personne, et les conséquences d&apos;un manquement</translation>
    </message>
    <message>
        <source>Rights in the person&apos;s language</source>
        <translation>Droits dans la langue de la personne</translation>
    </message>
    <message>
        <source>I explained the person&apos;s &amp;rights</source>
        <translation>J&apos;ai expliqué les &amp;droits de la personne</translation>
    </message>
    <message>
        <source>I explained what happens if a condition is br&amp;oken (rule 14)</source>
        <translation>J&apos;ai expliqué ce qui se passe si une condition n&apos;est pas &amp;respectée (règle 14)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>&amp;Motif</translation>
    </message>
    <message>
        <source>&amp;Refused to sign</source>
        <translation>A &amp;refusé de signer</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;questions, and your answers</source>
        <translation>Les &amp;questions de la personne, et vos réponses</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>Questions et réponses</translation>
    </message>
    <message>
        <source>The person&apos;s r&amp;esponse</source>
        <translation>La &amp;réaction de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s response</source>
        <translation>La réaction de la personne</translation>
    </message>
    <message>
        <source>Reason for the response</source>
        <translation>Motif de la réaction</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;Format</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>Format du papier</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>&amp;Enregistrer en PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;Imprimer…</translation>
    </message>
    <message>
        <source>Sheet status</source>
        <translation>État de la fiche</translation>
    </message>
    <message>
        <source>How the person acknowledged the sheet</source>
        <translation>Comment la personne a accusé réception de la fiche</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>A si&amp;gné</translation>
    </message>
    <message>
        <source>&amp;Mark or thumbprint, with a witness</source>
        <translation>Marque ou &amp;empreinte digitale, avec un témoin</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>Té&amp;moin</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>Nom du témoin</translation>
    </message>
    <message>
        <source>Not yet (&amp;pending)</source>
        <translation>Pas encore (en &amp;attente)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>Récapitulatif</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>Annuler</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>&amp;Précédent</translation>
    </message>
</context>
<context>
    <name>ImposeMeasureDialog</name>
    <message>
        <source>{name} · case {number}</source>
        <translation>{name} · dossier {number}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>This case is closed: no measure can be added.</source>
        <translation>Ce dossier est clos&#xa0;: aucune mesure ne peut être ajoutée.</translation>
    </message>
    <message>
        <source>— Choose the type of measure —</source>
        <translation>— Choisissez le type de mesure —</translation>
    </message>
    <message>
        <source>{0} (rule {1})</source>
        <translation>{0} (règle {1})</translation>
    </message>
    <message>
        <source>Choose the type of measure the authority imposed.</source>
        <translation>Choisissez le type de mesure prononcée par l&apos;autorité.</translation>
    </message>
    <message>
        <source>This measure imposes no obligations, so it takes no conditions.</source>
        <translation>Cette mesure n&apos;impose aucune obligation&#xa0;; elle ne comporte donc aucune condition.</translation>
    </message>
    <message>
        <source>Needs the person&apos;s informed consent before any obligation (rule 3.4).</source>
        <translation>Requiert le consentement éclairé de la personne avant toute obligation (règle 3.4).</translation>
    </message>
    <message>
        <source>Legal maximum here: {0} days, so it must end by {1} (rule 11.1).</source>
        <translation>Maximum légal ici&#xa0;: {0} jours&#xa0;; elle doit donc prendre fin au plus tard le {1} (règle 11.1).</translation>
    </message>
    <message>
        <source>{0} condition(s) removed: they cannot be imposed under this type of measure.</source>
        <translation>{0} condition(s) supprimée(s)&#xa0;: elles ne peuvent pas être imposées dans le cadre de ce type de mesure.</translation>
    </message>
    <message>
        <source>Condition outside the catalogue</source>
        <translation>Condition hors catalogue</translation>
    </message>
    <message>
        <source> (to complete)</source>
        <translation> (à compléter)</translation>
    </message>
    <message>
        <source>&amp;{0} Conditions ({1})</source>
        <translation>&amp;{0} Conditions ({1})</translation>
    </message>
    <message>
        <source>⚠ {0} conditions: more than {1}. Keep the conditions to the minimum needed, each practical and precise (rule 12.2).</source>
        <translation>⚠ {0} conditions&#xa0;: plus de {1}. Limitez les conditions au minimum nécessaire, chacune étant concrète et précise (règle 12.2).</translation>
    </message>
    <message>
        <source>Choose the type of measure.</source>
        <translation>Choisissez le type de mesure.</translation>
    </message>
    <message>
        <source>Enter the authority that decided (rule 3.1).</source>
        <translation>Saisissez l&apos;autorité qui a décidé (règle 3.1).</translation>
    </message>
    <message>
        <source>Enter the decision&apos;s reference.</source>
        <translation>Saisissez la référence de la décision.</translation>
    </message>
    <message>
        <source>Enter the legal basis of the measure (rule 3.1).</source>
        <translation>Saisissez la base légale de la mesure (règle 3.1).</translation>
    </message>
    <message>
        <source>A measure with obligations needs an end date (rule 11.1).</source>
        <translation>Une mesure comportant des obligations requiert une date de fin (règle 11.1).</translation>
    </message>
    <message>
        <source>Consent is informed only when the obligations and the consequences of refusing have been explained (rule 3.4).</source>
        <translation>Le consentement n&apos;est éclairé que si la nature des obligations et les conséquences d&apos;un refus ont été expliquées (règle 3.4).</translation>
    </message>
    <message>
        <source>The person refuses consent, so the measure can carry no conditions: remove them to record the refusal.</source>
        <translation>La personne refuse son consentement&#xa0;: la mesure ne peut donc comporter aucune condition. Supprimez-les pour enregistrer le refus.</translation>
    </message>
    <message>
        <source>Record the person&apos;s informed consent before any condition (rule 3.4): record it on the consent tab, or remove the conditions and record the measure alone.</source>
        <translation>Enregistrez le consentement éclairé de la personne avant toute condition (règle 3.4)&#xa0;: enregistrez-le dans l&apos;onglet Consentement, ou supprimez les conditions et enregistrez la mesure seule.</translation>
    </message>
    <message>
        <source>Condition {0} ({1}): {2}.</source>
        <translation>Condition {0} ({1})&#xa0;: {2}.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Measure recorded</source>
        <translation>Mesure enregistrée</translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation>Rien n&apos;a été enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Record a measure and its conditions</source>
        <translation>Enregistrer une mesure et ses conditions</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>&amp;1 Measure</source>
        <translation>&amp;1 Mesure</translation>
    </message>
    <message>
        <source>&amp;Type of measure *</source>
        <translation>&amp;Type de mesure *</translation>
    </message>
    <message>
        <source>Type of measure</source>
        <translation>Type de mesure</translation>
    </message>
    <message>
        <source>About this type of measure</source>
        <translation>À propos de ce type de mesure</translation>
    </message>
    <message>
        <source>Deciding &amp;authority *</source>
        <translation>&amp;Autorité décisionnaire *</translation>
    </message>
    <message>
        <source>The court or body that decided (rule 3.1)</source>
        <translation>La juridiction ou l&apos;organe qui a décidé (règle 3.1)</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Autorité décisionnaire</translation>
    </message>
    <message>
        <source>Decision &amp;reference *</source>
        <translation>&amp;Référence de la décision *</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>Decision dat&amp;e</source>
        <translation>Dat&amp;e de la décision</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>&amp;Legal basis *</source>
        <translation>&amp;Base légale *</translation>
    </message>
    <message>
        <source>The law and section the measure rests on (rule 3.1)</source>
        <translation>La loi et l&apos;article sur lesquels repose la mesure (règle 3.1)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>Base légale</translation>
    </message>
    <message>
        <source>&amp;Criteria considered</source>
        <translation>&amp;Critères pris en compte</translation>
    </message>
    <message>
        <source>What the authority weighed in choosing this measure (rule 3.2)</source>
        <translation>Ce que l&apos;autorité a pris en compte pour choisir cette mesure (règle 3.2)</translation>
    </message>
    <message>
        <source>Criteria considered</source>
        <translation>Critères pris en compte</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>Date de &amp;début</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>Date de début</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>Date de &amp;fin</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>Date de fin</translation>
    </message>
    <message>
        <source>Ma&amp;ximum set by the authority</source>
        <translation>Durée ma&amp;ximale fixée par l&apos;autorité</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>Maximum duration set by the authority, in days</source>
        <translation>Durée maximale fixée par l&apos;autorité, en jours</translation>
    </message>
    <message>
        <source>Early termination p&amp;ossible from</source>
        <translation>Fin anticipée &amp;possible à partir du</translation>
    </message>
    <message>
        <source>Eligible for early termination on</source>
        <translation>Date à partir de laquelle une fin anticipée est possible</translation>
    </message>
    <message>
        <source>&amp;2 Consent</source>
        <translation>&amp;2 Consentement</translation>
    </message>
    <message>
        <source>This measure applies before or instead of a trial: any obligation needs the person&apos;s informed consent, after the nature of the obligations and the consequences of refusing have been explained (rule 3.4). Record the consent here, or record the measure alone now and its conditions after the consent.</source>
        <translation>Cette mesure s&apos;applique avant ou à la place d&apos;un procès&#xa0;: toute obligation requiert le consentement éclairé de la personne, après explication de la nature des obligations et des conséquences d&apos;un refus (règle 3.4). Enregistrez ici le consentement, ou enregistrez maintenant la mesure seule, puis ses conditions après le consentement.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent no&amp;w</source>
        <translation>Enregistrer le consentement de la personne &amp;maintenant</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;answer</source>
        <translation>&amp;Réponse de la personne</translation>
    </message>
    <message>
        <source>The person&apos;s answer</source>
        <translation>Réponse de la personne</translation>
    </message>
    <message>
        <source>I explained the &amp;nature of the obligations</source>
        <translation>J&apos;ai expliqué la &amp;nature des obligations</translation>
    </message>
    <message>
        <source>I explained the &amp;consequences of refusing</source>
        <translation>J&apos;ai expliqué les &amp;conséquences d&apos;un refus</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>&amp;Date</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>Date du consentement</translation>
    </message>
    <message>
        <source>&amp;Language used</source>
        <translation>&amp;Langue utilisée</translation>
    </message>
    <message>
        <source>Language used</source>
        <translation>Langue utilisée</translation>
    </message>
    <message>
        <source>&amp;Interpreter, if any</source>
        <translation>&amp;Interprète, le cas échéant</translation>
    </message>
    <message>
        <source>Interpreter, if any</source>
        <translation>Interprète, le cas échéant</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>N&amp;otes</translation>
    </message>
    <message>
        <source>Notes on the consent</source>
        <translation>Notes sur le consentement</translation>
    </message>
    <message>
        <source>&amp;3 Conditions</source>
        <translation>&amp;3 Conditions</translation>
    </message>
    <message>
        <source>&amp;Catalogue conditions for this measure</source>
        <translation>Conditions du &amp;catalogue pour cette mesure</translation>
    </message>
    <message>
        <source>Catalogue conditions for this measure</source>
        <translation>Conditions du catalogue pour cette mesure</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the condition</source>
        <translation>Ajouter la condition</translation>
    </message>
    <message>
        <source>Add one &amp;outside the catalogue…</source>
        <translation>Ajouter une condition &amp;hors catalogue…</translation>
    </message>
    <message>
        <source>C&amp;hosen conditions</source>
        <translation>Conditions &amp;retenues</translation>
    </message>
    <message>
        <source>Chosen conditions</source>
        <translation>Conditions retenues</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>&amp;Supprimer</translation>
    </message>
    <message>
        <source>Remove the chosen condition</source>
        <translation>Supprimer la condition retenue</translation>
    </message>
    <message>
        <source>Warning about the number of conditions</source>
        <translation>Avertissement sur le nombre de conditions</translation>
    </message>
    <message>
        <source>Choose the conditions the authority imposed from the catalogue, and add them. Each needs its details and a note of why it is necessary: keep them few, practical and precise (rule 12.2).</source>
        <translation>Choisissez dans le catalogue les conditions imposées par l&apos;autorité, puis ajoutez-les. Chacune requiert ses précisions et une note expliquant pourquoi elle est nécessaire&#xa0;: limitez-les en nombre, et veillez à ce qu&apos;elles soient concrètes et précises (règle 12.2).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>{0} — {1}</source>
        <translation>{0} — {1}</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Tokyo Desk is locked</source>
        <translation>Tokyo Desk est verrouillé</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>&amp;Autre profil…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>&amp;Session</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;Verrouiller</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>&amp;Paramètres…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;Quitter</translation>
    </message>
    <message>
        <source>&amp;Head office</source>
        <translation>&amp;Direction</translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation>&amp;Inscrire cet appareil…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;Synchroniser maintenant</translation>
    </message>
    <message>
        <source>Head office&apos;s certificate is not the one this device was enrolled with, so nothing was sent: someone may be trying to intercept your records. Tell head office. Tokyo Desk will not sync again until you choose Sync now.</source>
        <translation>Le certificat de la direction n&apos;est pas celui avec lequel cet appareil a été inscrit, donc rien n&apos;a été envoyé&#xa0;: quelqu&apos;un tente peut-être d&apos;intercepter vos données. Prévenez la direction. Tokyo Desk ne se synchronisera plus tant que vous n&apos;aurez pas choisi Synchroniser maintenant.</translation>
    </message>
    <message>
        <source>Tokyo Desk</source>
        <translation>Tokyo Desk</translation>
    </message>
    <message>
        <source>{0} events recorded on this device had not reached head office and are lost.</source>
        <translation>Événements enregistrés sur cet appareil qui n&apos;étaient pas parvenus à la direction et sont perdus&#xa0;: {0}.</translation>
    </message>
    <message>
        <source>Every event recorded on this device had reached head office.</source>
        <translation>Tous les événements enregistrés sur cet appareil étaient parvenus à la direction.</translation>
    </message>
    <message>
        <source>How many events had not reached head office could not be counted.</source>
        <translation>Le nombre d&apos;événements qui n&apos;étaient pas parvenus à la direction n&apos;a pas pu être compté.</translation>
    </message>
    <message>
        <source>Head office has revoked this device. The profile of {0} has been locked and erased from this computer.</source>
        <translation>La direction a révoqué cet appareil. Le profil de {0} a été verrouillé et effacé de cet ordinateur.</translation>
    </message>
    <message>
        <source>Tell head office.</source>
        <translation>Prévenez la direction.</translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Chart of measures by type and status</source>
        <translation>Graphique des mesures par type et par état</translation>
    </message>
</context>
<context>
    <name>MeasureRecordDialog</name>
    <message>
        <source>Choose a measure</source>
        <translation>Choisissez une mesure</translation>
    </message>
    <message>
        <source>This case has no measure in force.</source>
        <translation>Ce dossier n&apos;a aucune mesure en vigueur.</translation>
    </message>
</context>
<context>
    <name>ModificationDialog</name>
    <message>
        <source>Record the modification</source>
        <translation>Enregistrer la modification</translation>
    </message>
    <message>
        <source>Select a condition above to enter its new details.</source>
        <translation>Sélectionnez une condition ci-dessus pour saisir ses nouvelles précisions.</translation>
    </message>
    <message>
        <source>No condition in force has details that can be changed.</source>
        <translation>Aucune condition en vigueur ne comporte de précisions modifiables.</translation>
    </message>
    <message>
        <source>Choose a condition from the catalogue</source>
        <translation>Choisissez une condition dans le catalogue</translation>
    </message>
    <message>
        <source>Current end date: {0}</source>
        <translation>Date de fin actuelle&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>Désormais&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>Motif&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Choose a condition from the catalogue.</source>
        <translation>Choisissez une condition dans le catalogue.</translation>
    </message>
    <message>
        <source>Say why this condition is needed (rule 12.2).</source>
        <translation>Indiquez pourquoi cette condition est nécessaire (règle 12.2).</translation>
    </message>
    <message>
        <source>conditions removed: {0}</source>
        <translation>conditions supprimées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>conditions changed: {0}</source>
        <translation>conditions modifiées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>conditions added: {0}</source>
        <translation>conditions ajoutées&#xa0;: {0}</translation>
    </message>
    <message>
        <source>new end date: {0}</source>
        <translation>nouvelle date de fin&#xa0;: {0}</translation>
    </message>
    <message>
        <source>To record — {0}.</source>
        <translation>À enregistrer — {0}.</translation>
    </message>
    <message>
        <source>Nothing to record yet: remove, change or add a condition, or set a new end date.</source>
        <translation>Rien à enregistrer pour l&apos;instant&#xa0;: supprimez, modifiez ou ajoutez une condition, ou fixez une nouvelle date de fin.</translation>
    </message>
    <message>
        <source>This case has no measure in force.</source>
        <translation>Ce dossier n&apos;a aucune mesure en vigueur.</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>Choisissez la mesure.</translation>
    </message>
    <message>
        <source>Enter the competent authority that decided the modification (rule 12.4).</source>
        <translation>Saisissez l&apos;autorité compétente qui a décidé la modification (règle 12.4).</translation>
    </message>
    <message>
        <source>Enter the reference of the authority&apos;s decision (rule 12.4).</source>
        <translation>Saisissez la référence de la décision de l&apos;autorité (règle 12.4).</translation>
    </message>
    <message>
        <source>Enter the reason the authority gave.</source>
        <translation>Saisissez le motif invoqué par l&apos;autorité.</translation>
    </message>
    <message>
        <source>A condition cannot be both removed and changed: untick one of them.</source>
        <translation>Une condition ne peut pas être à la fois supprimée et modifiée&#xa0;: décochez l&apos;une des deux cases.</translation>
    </message>
    <message>
        <source>{0}: the new details are the same as before.</source>
        <translation>{0}&#xa0;: les nouvelles précisions sont identiques aux précédentes.</translation>
    </message>
    <message>
        <source>A condition on the Add tab is filled in but not on the list: press “Add to the list”, or clear it.</source>
        <translation>Une condition est remplie dans l&apos;onglet Ajouter mais ne figure pas dans la liste&#xa0;: cliquez sur «&#xa0;Ajouter à la liste&#xa0;» ou effacez-la.</translation>
    </message>
    <message>
        <source>The modification changes nothing: remove, change or add a condition, or set a new end date.</source>
        <translation>La modification ne change rien&#xa0;: supprimez, modifiez ou ajoutez une condition, ou fixez une nouvelle date de fin.</translation>
    </message>
    <message>
        <source>Modification by the authority (rule 12.4)</source>
        <translation>Modification par l&apos;autorité (règle 12.4)</translation>
    </message>
    <message>
        <source>Only the competent authority can modify the conditions (rule 12.4). Record its decision exactly as it was made: the conditions it removed, changed or added, and any new end date.</source>
        <translation>Seule l&apos;autorité compétente peut modifier les conditions (règle 12.4). Enregistrez sa décision exactement telle qu&apos;elle a été prise&#xa0;: les conditions supprimées, modifiées ou ajoutées, et toute nouvelle date de fin.</translation>
    </message>
    <message>
        <source>&amp;1 Decision</source>
        <translation>&amp;1 Décision</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>Autorité &amp;compétente</translation>
    </message>
    <message>
        <source>Competent authority (required)</source>
        <translation>Autorité compétente (obligatoire)</translation>
    </message>
    <message>
        <source>Decision &amp;reference</source>
        <translation>&amp;Référence de la décision</translation>
    </message>
    <message>
        <source>Decision reference (required)</source>
        <translation>Référence de la décision (obligatoire)</translation>
    </message>
    <message>
        <source>Decision da&amp;te</source>
        <translation>Da&amp;te de la décision</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>Date de la décision</translation>
    </message>
    <message>
        <source>Reason &amp;given by the authority</source>
        <translation>Motif &amp;invoqué par l&apos;autorité</translation>
    </message>
    <message>
        <source>Reason given by the authority</source>
        <translation>Motif invoqué par l&apos;autorité</translation>
    </message>
    <message>
        <source>Change the &amp;end date</source>
        <translation>Modifier la date de &amp;fin</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>Nouvelle date de fin</translation>
    </message>
    <message>
        <source>Current end date</source>
        <translation>Date de fin actuelle</translation>
    </message>
    <message>
        <source>&amp;2 Remove</source>
        <translation>&amp;2 Supprimer</translation>
    </message>
    <message>
        <source>Conditions to remo&amp;ve: tick each condition the authority removed</source>
        <translation>Conditions à &amp;supprimer&#xa0;: cochez chaque condition supprimée par l&apos;autorité</translation>
    </message>
    <message>
        <source>Conditions to remove (tick with Space)</source>
        <translation>Conditions à supprimer (cocher avec Espace)</translation>
    </message>
    <message>
        <source>&amp;3 Change</source>
        <translation>&amp;3 Modifier</translation>
    </message>
    <message>
        <source>Conditions c&amp;hanged: tick each condition the authority changed, select it and enter its new details</source>
        <translation>Conditions &amp;modifiées&#xa0;: cochez chaque condition modifiée par l&apos;autorité, sélectionnez-la et saisissez ses nouvelles précisions</translation>
    </message>
    <message>
        <source>Conditions changed (tick with Space)</source>
        <translation>Conditions modifiées (cocher avec Espace)</translation>
    </message>
    <message>
        <source>New details of the selected condition</source>
        <translation>Nouvelles précisions de la condition sélectionnée</translation>
    </message>
    <message>
        <source>Current text of the selected condition</source>
        <translation>Texte actuel de la condition sélectionnée</translation>
    </message>
    <message>
        <source>&amp;4 Add</source>
        <translation>&amp;4 Ajouter</translation>
    </message>
    <message>
        <source>&amp;Condition to add</source>
        <translation>&amp;Condition à ajouter</translation>
    </message>
    <message>
        <source>Catalogue condition to add</source>
        <translation>Condition du catalogue à ajouter</translation>
    </message>
    <message>
        <source>Why the condition exists</source>
        <translation>Pourquoi cette condition existe</translation>
    </message>
    <message>
        <source>Details set by the authority</source>
        <translation>Précisions fixées par l&apos;autorité</translation>
    </message>
    <message>
        <source>Why it is &amp;needed</source>
        <translation>Pourquoi elle est &amp;nécessaire</translation>
    </message>
    <message>
        <source>Why the condition is needed</source>
        <translation>Pourquoi la condition est nécessaire</translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation>Ajouter à la &amp;liste</translation>
    </message>
    <message>
        <source>Conditions to &amp;be added</source>
        <translation>Conditions à &amp;ajouter</translation>
    </message>
    <message>
        <source>Conditions to be added</source>
        <translation>Conditions à ajouter</translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list</source>
        <translation>&amp;Retirer de la liste</translation>
    </message>
    <message>
        <source>Changes to record</source>
        <translation>Modifications à enregistrer</translation>
    </message>
    <message>
        <source>After this change the person must have the changed conditions explained again, orally and in writing. The case will show &quot;explanation pending&quot; until you do (rules 12.3, 12.4).</source>
        <translation>Après cette modification, les conditions modifiées doivent être expliquées de nouveau à la personne, oralement et par écrit. Le dossier affichera «&#xa0;explication en attente&#xa0;» tant que ce ne sera pas fait (règles 12.3, 12.4).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open case</source>
        <translation>Ouvrir le dossier</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>Langue</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>Parle</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>Lit</translation>
    </message>
    <message>
        <source> · written sheet</source>
        <translation> · fiche écrite</translation>
    </message>
    <message>
        <source>{0}: speaks</source>
        <translation>{0}&#xa0;: parle</translation>
    </message>
    <message>
        <source>{0}: reads</source>
        <translation>{0}&#xa0;: lit</translation>
    </message>
    <message>
        <source>Type a language code of two or three letters (ISO 639), such as “ny” for Chichewa or “prs” for Dari.</source>
        <translation>Saisissez un code de langue de deux ou trois lettres (ISO 639), par exemple «&#xa0;ny&#xa0;» pour le chichewa ou «&#xa0;prs&#xa0;» pour le dari.</translation>
    </message>
    <message>
        <source>“{0}” is not a language code this computer knows: check that it is right.</source>
        <translation>«&#xa0;{0}&#xa0;» n&apos;est pas un code de langue connu de cet ordinateur&#xa0;: vérifiez qu&apos;il est correct.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s names.</source>
        <translation>Saisissez les noms de la personne.</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>né(e) le {0}</translation>
    </message>
    <message>
        <source>speaks {0}</source>
        <translation>parle {0}</translation>
    </message>
    <message>
        <source>reads {0}</source>
        <translation>lit {0}</translation>
    </message>
    <message>
        <source>prefers {0}</source>
        <translation>préfère {0}</translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>a besoin d&apos;un interprète</translation>
    </message>
    <message>
        <source>New case for: {0}</source>
        <translation>Nouveau dossier pour&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Cases you already hold with a similar name: {0}. Check that this person has no case yet (rule 13.6).</source>
        <translation>Dossiers que vous suivez déjà sous un nom similaire&#xa0;: {0}. Vérifiez que cette personne n&apos;a pas encore de dossier (règle 13.6).</translation>
    </message>
    <message>
        <source>Enter the person&apos;s given names.</source>
        <translation>Saisissez les prénoms de la personne.</translation>
    </message>
    <message>
        <source>Tick at least one language the person speaks.</source>
        <translation>Cochez au moins une langue parlée par la personne.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s preferred language.</source>
        <translation>Choisissez la langue préférée de la personne.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>La date de naissance ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>The date of birth cannot be after the date the case is opened.</source>
        <translation>La date de naissance ne peut pas être postérieure à la date d&apos;ouverture du dossier.</translation>
    </message>
    <message>
        <source>Enter the office that holds the case.</source>
        <translation>Saisissez le service qui suit le dossier.</translation>
    </message>
    <message>
        <source>The opening date cannot be in the future.</source>
        <translation>La date d&apos;ouverture ne peut pas être dans le futur.</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>Ouverture du dossier…</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>Dossier ouvert</translation>
    </message>
    <message>
        <source>The case was not opened:</source>
        <translation>Le dossier n&apos;a pas été ouvert&#xa0;:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>Nouveau dossier</translation>
    </message>
    <message>
        <source>Open one case record for the person (rule 13.6). Fields marked * are required; everything else can be added later.</source>
        <translation>Ouvrez un dossier unique pour la personne (règle 13.6). Les champs marqués d&apos;un * sont obligatoires&#xa0;; tout le reste peut être ajouté plus tard.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>Personne</translation>
    </message>
    <message>
        <source>&amp;Given names *</source>
        <translation>&amp;Prénoms *</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>Prénoms</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;Nom de famille</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>Nom de famille</translation>
    </message>
    <message>
        <source>Other na&amp;mes</source>
        <translation>Au&amp;tres noms</translation>
    </message>
    <message>
        <source>Other names and aliases, separated by commas</source>
        <translation>Autres noms et alias, séparés par des virgules</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>Autres noms, séparés par des virgules</translation>
    </message>
    <message>
        <source>&amp;Date of birth known</source>
        <translation>&amp;Date de naissance connue</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>Date de naissance</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>Télép&amp;hone</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>Téléphone</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>Adr&amp;esse</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>Adresse</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>Dossier</translation>
    </message>
    <message>
        <source>Offi&amp;ce *</source>
        <translation>Ser&amp;vice *</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>Service</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>&amp;Ouvert le</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>Ouvert le</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>&amp;Juridiction</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>Juridiction</translation>
    </message>
    <message>
        <source>Summary of the new case</source>
        <translation>Résumé du nouveau dossier</translation>
    </message>
    <message>
        <source>Existing cases with a similar name</source>
        <translation>Dossiers existants sous un nom similaire</translation>
    </message>
    <message>
        <source>Languages and communication</source>
        <translation>Langues et communication</translation>
    </message>
    <message>
        <source>&amp;Languages: tick those the person speaks and reads *</source>
        <translation>&amp;Langues&#xa0;: cochez celles que la personne parle et lit *</translation>
    </message>
    <message>
        <source>Languages the person speaks and reads</source>
        <translation>Langues parlées et lues par la personne</translation>
    </message>
    <message>
        <source>Anothe&amp;r language (ISO 639 code)</source>
        <translation>A&amp;utre langue (code ISO 639)</translation>
    </message>
    <message>
        <source>for example ny, prs</source>
        <translation>par exemple ny, prs</translation>
    </message>
    <message>
        <source>Another language, as an ISO 639 code</source>
        <translation>Autre langue, sous forme de code ISO 639</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;Ajouter</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>Ajouter la langue</translation>
    </message>
    <message>
        <source>&amp;Preferred language *</source>
        <translation>Langue p&amp;référée *</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>Langue préférée</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>Interprète re&amp;quis</translation>
    </message>
    <message>
        <source>Reading and &amp;writing</source>
        <translation>Lecture et é&amp;criture</translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation>Lecture et écriture</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>Besoins de communication</translation>
    </message>
    <message>
        <source>Eas&amp;y Read</source>
        <translation>&amp;FALC</translation>
    </message>
    <message>
        <source>Large prin&amp;t</source>
        <translation>&amp;Gros caractères</translation>
    </message>
    <message>
        <source>&amp;Sign language</source>
        <translation>Langue des &amp;signes</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>Lecture à voix haute</translation>
    </message>
    <message>
        <source>Heari&amp;ng support</source>
        <translation>A&amp;ide auditive</translation>
    </message>
    <message>
        <source>&amp;Braille</source>
        <translation>&amp;Braille</translation>
    </message>
    <message>
        <source>Adj&amp;ustments</source>
        <translation>A&amp;ménagements</translation>
    </message>
    <message>
        <source>For example: appointments in the morning; step-free access</source>
        <translation>Par exemple&#xa0;: rendez-vous le matin&#xa0;; accès de plain-pied</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>Aménagements</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>A note cannot be dated in the future.</source>
        <translation>Une note ne peut pas être datée dans le futur.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>Rédigez d&apos;abord la note.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>La note</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>Ajouter une note</translation>
    </message>
    <message>
        <source>&amp;Written at</source>
        <translation>&amp;Rédigée le</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>Rédigée le</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>&amp;Note</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>Note</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>every day</source>
        <translation>tous les jours</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>deux fois par semaine</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>une fois par semaine</translation>
    </message>
    <message>
        <source>once every two weeks</source>
        <translation>une fois toutes les deux semaines</translation>
    </message>
    <message>
        <source>once a month</source>
        <translation>une fois par mois</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— non renseigné —</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> heures</translation>
    </message>
    <message>
        <source> days</source>
        <translation> jours</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— choisir —</translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (24 h)</translation>
    </message>
    <message>
        <source>A whole number from {0} to {1}</source>
        <translation>Un nombre entier de {0} à {1}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>Un nombre entier</translation>
    </message>
    <message>
        <source>A time of day: HH:MM (24-hour)</source>
        <translation>Une heure de la journée : HH:MM (24 h)</translation>
    </message>
    <message>
        <source>Currency and amount, like KES 1500.00</source>
        <translation>Devise et montant, par exemple KES 1500.00</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>Un numéro de téléphone</translation>
    </message>
    <message>
        <source>{0}: tick at least one day of the week</source>
        <translation>{0} : cochez au moins un jour de la semaine</translation>
    </message>
    <message>
        <source>{0} is required</source>
        <translation>{0} est obligatoire</translation>
    </message>
    <message>
        <source>{0} must be at least {1}</source>
        <translation>{0} doit être d’au moins {1}</translation>
    </message>
    <message>
        <source>{0} must be at most {1}</source>
        <translation>{0} doit être d’au plus {1}</translation>
    </message>
    <message>
        <source>{0} must be at most {1} characters</source>
        <translation>{0} doit faire au plus {1} caractères</translation>
    </message>
    <message>
        <source>{0} must be a date (YYYY-MM-DD)</source>
        <translation>{0} doit être une date (AAAA-MM-JJ)</translation>
    </message>
    <message>
        <source>{0} must be a time of day (HH:MM, 24-hour), like 09:30</source>
        <translation>{0} doit être une heure de la journée (HH:MM, 24 h), par exemple 09:30</translation>
    </message>
    <message>
        <source>{0} must be more than zero</source>
        <translation>{0} doit être supérieur à zéro</translation>
    </message>
    <message>
        <source>{0} must be a currency code and an amount, like KES 1500.00</source>
        <translation>{0} doit être un code de devise suivi d’un montant, par exemple KES 1500.00</translation>
    </message>
    <message>
        <source>{0} must be a phone number: digits, spaces and + ( ) -</source>
        <translation>{0} doit être un numéro de téléphone : chiffres, espaces et + ( ) -</translation>
    </message>
    <message>
        <source>{0} is not valid</source>
        <translation>{0} n’est pas valide</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (facultatif)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>Enregistrer</translation>
    </message>
    <message>
        <source>{0} is {1} characters long; the limit is {2}.</source>
        <translation>{0} compte {1} caractères&#xa0;; la limite est de {2}.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Next review due: {0}</source>
        <translation>Prochain réexamen prévu&#xa0;: {0}</translation>
    </message>
    <message>
        <source>No review is scheduled for this measure.</source>
        <translation>Aucun réexamen n&apos;est prévu pour cette mesure.</translation>
    </message>
    <message>
        <source>Choose the measure that was reviewed.</source>
        <translation>Choisissez la mesure qui a été réexaminée.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>Les notes</translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation>Enregistrer un réexamen</translation>
    </message>
    <message>
        <source>Record the periodic review of the supervision (rule 10.3), its outcome, and when the next review is due.</source>
        <translation>Enregistrez le réexamen périodique du suivi (règle 10.3), son résultat et la date du prochain réexamen.</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>About the measure</source>
        <translation>À propos de la mesure</translation>
    </message>
    <message>
        <source>&amp;Reviewed on</source>
        <translation>&amp;Réexaminée le</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>Réexaminée le</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>Ré&amp;sultat</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>Résultat</translation>
    </message>
    <message>
        <source>&amp;Next review due</source>
        <translation>&amp;Prochain réexamen prévu le</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>Prochain réexamen prévu le</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>No&amp;tes</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>Notes</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>SafeguardDialog</name>
    <message>
        <source>Condition set by the authority</source>
        <translation>Condition fixée par l&apos;autorité</translation>
    </message>
    <message>
        <source>Unknown measure</source>
        <translation>Mesure inconnue</translation>
    </message>
    <message>
        <source>Happened on {0}; reported on {1}.</source>
        <translation>Survenu le {0}&#xa0;; signalé le {1}.</translation>
    </message>
    <message>
        <source>Conditions concerned:</source>
        <translation>Conditions concernées&#xa0;:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>Ce qui s&apos;est passé&#xa0;:</translation>
    </message>
    <message>
        <source>The person&apos;s account:</source>
        <translation>Les explications de la personne&#xa0;:</translation>
    </message>
    <message>
        <source>Choose a measure</source>
        <translation>Choisissez une mesure</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>Consentement enregistré</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>Manquement signalé</translation>
    </message>
    <message>
        <source>Account recorded</source>
        <translation>Explications enregistrées</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>Réponse enregistrée</translation>
    </message>
    <message>
        <source>Modification recorded</source>
        <translation>Modification enregistrée</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>Paramètres</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>Langue de l&apos;interface</translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation>&amp;Verrouiller après</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>Verrouiller après ce nombre de minutes d&apos;inactivité</translation>
    </message>
    <message>
        <source>A new language applies the next time Tokyo Desk starts.</source>
        <translation>Une nouvelle langue s&apos;applique au prochain démarrage de Tokyo Desk.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Sheet preview</source>
        <translation>Aperçu de la fiche</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>Zoom avant</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>Zoom arrière</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>Ajuster à la largeur</translation>
    </message>
    <message>
        <source>No sheet</source>
        <translation>Aucune fiche</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>Page {0} sur {1}</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>waiting for consent</source>
        <translation>en attente du consentement</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>consentement refusé</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>Enregistré</translation>
    </message>
    <message>
        <source>{title} ({reference}; {start} to {end})</source>
        <translation>{title} ({reference}&#xa0;; {start} – {end})</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>sans date de fin</translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation>Non enregistré&#xa0;:</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>Enregistrement…</translation>
    </message>
    <message>
        <source>Recorded. Please note:</source>
        <translation>Enregistré. À noter&#xa0;:</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Warning about synchronisation</source>
        <translation>Avertissement sur la synchronisation</translation>
    </message>
    <message>
        <source>Warning about this computer&apos;s clock</source>
        <translation>Avertissement sur l&apos;horloge de cet ordinateur</translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation>État de la synchronisation</translation>
    </message>
    <message>
        <source>Last successful sync with head office</source>
        <translation>Dernière synchronisation réussie avec la direction</translation>
    </message>
    <message>
        <source>Events not yet sent to head office</source>
        <translation>Événements pas encore envoyés à la direction</translation>
    </message>
    <message>
        <source>Events recorded here that head office has not received yet</source>
        <translation>Événements enregistrés ici que la direction n&apos;a pas encore reçus</translation>
    </message>
    <message>
        <source>Events head office did not accept</source>
        <translation>Événements que la direction n&apos;a pas acceptés</translation>
    </message>
    <message>
        <source>Events head office did not accept: open the case to see why</source>
        <translation>Événements que la direction n&apos;a pas acceptés&#xa0;: ouvrez le dossier pour savoir pourquoi</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>Progression de la synchronisation</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>S&amp;ynchroniser maintenant</translation>
    </message>
    <message>
        <source>Sync with head office now</source>
        <translation>Synchroniser maintenant avec la direction</translation>
    </message>
    <message>
        <source>St&amp;op sync</source>
        <translation>&amp;Interrompre la synchronisation</translation>
    </message>
    <message>
        <source>Stop the sync after the current exchange</source>
        <translation>Arrêter la synchronisation après l&apos;échange en cours</translation>
    </message>
    <message>
        <source>To send: {0}</source>
        <translation>À envoyer&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not accepted: {0}</source>
        <translation>Non acceptés&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Not enrolled with head office: Head office ▸ Enroll this device…</source>
        <translation>Non inscrit auprès de la direction&#xa0;: Direction ▸ Inscrire cet appareil…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>Synchronisation…</translation>
    </message>
    <message>
        <source>Syncing: {0} sent, {1} received</source>
        <translation>Synchronisation&#xa0;: {0} envoyés, {1} reçus</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>À jour</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>Synchronisation interrompue</translation>
    </message>
    <message>
        <source>Head office not reachable</source>
        <translation>Direction injoignable</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>Échec de la synchronisation&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>Échec de la synchronisation</translation>
    </message>
    <message>
        <source>Head office&apos;s certificate has changed: nothing was sent. Tell head office; sync again only when they say it is safe.</source>
        <translation>Le certificat de la direction a changé&#xa0;: rien n&apos;a été envoyé. Prévenez la direction&#xa0;; ne relancez la synchronisation que lorsqu&apos;elle vous confirme que c&apos;est sans danger.</translation>
    </message>
    <message>
        <source>Stopping after this exchange…</source>
        <translation>Arrêt après cet échange…</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} minutes</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} heures</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} jours</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {0} ahead: correct its date and time.</source>
        <translation>L&apos;horloge de cet ordinateur avance de {0}&#xa0;: corrigez sa date et son heure.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {0} behind: correct its date and time.</source>
        <translation>L&apos;horloge de cet ordinateur retarde de {0}&#xa0;: corrigez sa date et son heure.</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>Jamais synchronisé</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>Synchronisé à l&apos;instant</translation>
    </message>
    <message>
        <source>Synced {0} min ago</source>
        <translation>Synchronisé il y a {0}&#xa0;min</translation>
    </message>
    <message>
        <source>Synced {0} h ago</source>
        <translation>Synchronisé il y a {0}&#xa0;h</translation>
    </message>
    <message>
        <source>Last synced {0}</source>
        <translation>Dernière synchronisation le {0}</translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <source>Ends on {0}.</source>
        <translation>Prend fin le {0}.</translation>
    </message>
    <message>
        <source>No end date is set.</source>
        <translation>Aucune date de fin n&apos;est fixée.</translation>
    </message>
    <message>
        <source>Eligible for early termination from {0} (rule 11.2).</source>
        <translation>Éligible à une fin anticipée à partir du {0} (règle 11.2).</translation>
    </message>
    <message>
        <source>A measure completes on or after its end date ({0}); before it, record an early termination decided by the authority.</source>
        <translation>Une mesure est accomplie à sa date de fin ({0}) ou après celle-ci&#xa0;; avant cette date, enregistrez une fin anticipée décidée par l&apos;autorité.</translation>
    </message>
    <message>
        <source>The end date ({0}) has been reached: the measure is completed, not ended early.</source>
        <translation>La date de fin ({0}) est atteinte&#xa0;: la mesure est accomplie, et non terminée de façon anticipée.</translation>
    </message>
    <message>
        <source>The person is eligible for early termination only from {0}; record it if the authority decided so.</source>
        <translation>La personne n&apos;est éligible à une fin anticipée qu&apos;à partir du {0}&#xa0;; enregistrez-la si l&apos;autorité l&apos;a décidée.</translation>
    </message>
    <message>
        <source>The authority and its decision reference are required.</source>
        <translation>L&apos;autorité et la référence de sa décision sont obligatoires.</translation>
    </message>
    <message>
        <source>No breach of this measure has been referred to the authority. A revocation can be recorded only after a referral made with the rule 14 safeguards: the person&apos;s account, the alternatives considered, and the right to appeal explained.</source>
        <translation>Aucun manquement à cette mesure n&apos;a été porté devant l&apos;autorité. Une révocation ne peut être enregistrée qu&apos;après une saisine effectuée avec les garanties de la règle 14&#xa0;: explications de la personne, solutions envisagées, et droit de recours expliqué.</translation>
    </message>
    <message>
        <source>Choose the measure that ended.</source>
        <translation>Choisissez la mesure qui a pris fin.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>Le motif</translation>
    </message>
    <message>
        <source>Record the end of a measure</source>
        <translation>Enregistrer la fin d&apos;une mesure</translation>
    </message>
    <message>
        <source>Record that a measure has ended: completed at the end of its term, ended early by the competent authority (rule 11.2), or revoked by the authority after a breach (rule 14).</source>
        <translation>Enregistrez la fin d&apos;une mesure&#xa0;: accomplie à son terme, terminée de façon anticipée par l&apos;autorité compétente (règle 11.2), ou révoquée par l&apos;autorité après un manquement (règle 14).</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;Mesure</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>Mesure</translation>
    </message>
    <message>
        <source>About the measure</source>
        <translation>À propos de la mesure</translation>
    </message>
    <message>
        <source>&amp;How it ended</source>
        <translation>&amp;Comment elle a pris fin</translation>
    </message>
    <message>
        <source>How the measure ended</source>
        <translation>Comment la mesure a pris fin</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;Décidée le</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>Décidée le</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>&amp;Autorité</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>Autorité décisionnaire</translation>
    </message>
    <message>
        <source>Decision &amp;reference</source>
        <translation>&amp;Référence de la décision</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>Référence de la décision</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>Mo&amp;tif</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>Motif</translation>
    </message>
    <message>
        <source>What the rules require</source>
        <translation>Ce que les règles exigent</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source> (demo)</source>
        <translation> (démo)</translation>
    </message>
    <message>
        <source>There is no officer profile on this computer yet: create one.</source>
        <translation>Il n&apos;existe encore aucun profil d&apos;agent de probation sur cet ordinateur&#xa0;: créez-en un.</translation>
    </message>
    <message>
        <source>Demo profile with invented people. Its passphrase is: {0}</source>
        <translation>Profil de démonstration avec des personnes fictives. Sa phrase secrète est&#xa0;: {0}</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>Saisissez votre phrase secrète.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>Déverrouillage…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>Vous pouvez réessayer maintenant.</translation>
    </message>
    <message>
        <source>Wait {0} seconds before trying again.</source>
        <translation>Attendez {0} secondes avant de réessayer.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>Déverrouiller</translation>
    </message>
    <message>
        <source>Tokyo Desk</source>
        <translation>Tokyo Desk</translation>
    </message>
    <message>
        <source>Case records and condition explanations (UN Tokyo Rules)</source>
        <translation>Dossiers et explication des conditions (Règles de Tokyo des Nations Unies)</translation>
    </message>
    <message>
        <source>&amp;Officer profile</source>
        <translation>Profil d&apos;&amp;agent</translation>
    </message>
    <message>
        <source>Officer profile</source>
        <translation>Profil d&apos;agent</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;Phrase secrète</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>Phrase secrète</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>État</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>En cours</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>&amp;Nouveau profil…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;Déverrouiller</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>All open cases</source>
        <translation>Tous les dossiers ouverts</translation>
    </message>
    <message>
        <source>Explanation pending</source>
        <translation>Explication en attente</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>Réexamen à faire</translation>
    </message>
    <message>
        <source>Breach open</source>
        <translation>Manquement en cours</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>Fin prochaine</translation>
    </message>
    <message>
        <source>{0} matching cases</source>
        <translation>{0} dossiers correspondants</translation>
    </message>
    <message>
        <source>{0} of {1} cases shown (scroll for more)</source>
        <translation>{0} dossiers affichés sur {1} (faites défiler pour en voir plus)</translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation>{0} dossiers</translation>
    </message>
    <message>
        <source>{0} cases shown</source>
        <translation>{0} dossiers affichés</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>Enregistré.</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>Dossier ouvert.</translation>
    </message>
    <message>
        <source>Explanation recorded.</source>
        <translation>Explication enregistrée.</translation>
    </message>
    <message>
        <source>Name or case number</source>
        <translation>Nom ou numéro de dossier</translation>
    </message>
    <message>
        <source>Search names and case numbers</source>
        <translation>Rechercher par nom ou numéro de dossier</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>&amp;Rechercher</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;Afficher</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>Dossiers à afficher</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;Nouveau dossier…</translation>
    </message>
    <message>
        <source>Open a case for a new person</source>
        <translation>Ouvrir un dossier pour une nouvelle personne</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>Dossiers suivis</translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation>Résumé des dossiers suivis</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print the sheet</source>
        <translation>Imprimer la fiche</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>Impression</translation>
    </message>
    <message>
        <source>Sending the sheet to the printer…</source>
        <translation>Envoi de la fiche à l&apos;imprimante…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>Enregistrer la fiche en PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>Documents PDF (*.pdf)</translation>
    </message>
</context>
</TS>
