<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="en">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>An appointment is scheduled for a time still to come; record a past meeting as a contact.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the appointment takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Schedule the person&apos;s next appointment: when, where, and what it is for.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the appointment is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachAccountDialog</name>
    <message>
        <source>Record the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An account is already recorded (shown above). A new one becomes the current account; the earlier one stays in the case record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This breach is not in the case record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write down the person&apos;s account, in their own words (rule 14.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s account of the breach (rule 14.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person must be heard (rule 14.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 2 of 3: record the person&apos;s own account of what happened, in their words, before any decision is taken. Nothing may be referred to the authority before the person has been heard.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The &amp;breach reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Heard on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the person was heard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s &amp;account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachReportDialog</name>
    <message>
        <source>Record the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no measure with conditions in force: a breach concerns conditions in force (rule 14.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the condition or conditions the breach concerns (rule 14.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a breach of conditions (rule 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach does not automatically lead to imprisonment (rule 14.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 1 of 3: record what happened and which conditions it concerns (rule 14.1). Next, the person must be heard: record their own account (rule 14.2). Only then decide the response, considering the non-custodial alternatives first (rules 14.3, 14.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Conditions concerned</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions concerned (tick with Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the &amp;breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the breach was reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>BreachResponseDialog</name>
    <message>
        <source>Record the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A warning, spoken or written</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>More frequent contact or reporting</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjusted conditions, to be decided by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Help with the cause of the breach (treatment, transport, childcare, work)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Support from family, community or social services (rule 13.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s account has not been recorded yet. The person must be heard (rule 14.2): record their account before any referral to the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This breach is not in the case record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This breach already has a response (recorded on {0}); record a correction instead.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose your response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person has not been heard: record their account of the breach before any referral (rule 14.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick the non-custodial alternatives you considered before a referral (rules 14.3, 14.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell the person of the right to appeal before a referral (rule 14.6), then tick it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Give the reason for this response.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to a breach (rules 14.3-14.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A breach does not automatically lead to imprisonment (rule 14.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step 3 of 3: consider the non-custodial alternatives first (rules 14.3, 14.4). Refer the breach to the competent authority only when none of them is suitable, after the person has been heard (rule 14.2) and told of the right to appeal (rule 14.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach, and what the person &amp;said</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The breach reported, and the person&apos;s account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s account is missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Non-custodial alternatives (rules 14.3, 14.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives &amp;considered (tick each one you weighed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Alternatives considered (tick with Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ot&amp;her alternative</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other alternative considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;No further action</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A &amp;warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Adjust supervision (for example more frequent contact, or more support)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Re&amp;fer the breach to the competent authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I told the person of their right to a&amp;ppeal (rule 14.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason for this response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for this response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the response cannot be recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>waiting for consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>completed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>ended early</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revoked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details changed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition imposed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions modified by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions explained</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person&apos;s account of a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response to a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure imposed, with its conditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to a pre-trial measure (rule 3.4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification by the authority (rule 12.4)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Report a breach (rule 14)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Appointment…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review (rule 10.3)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint or request (rule 3.6)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End of the measure (rule 11.2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office found it invalid: record it again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case is not yours at head office: ask who supervises it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>It names another officer or device as author: tell head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office does not know this kind of event: tell head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not possible in the case as head office has it (closed already?).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a case in the caseload to see its record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Hear the person about the breach of {0} (rule 14.2)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Respond to the breach of {0} (rules 14.3-14.6)…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{number} · {office} · opened {opened} · {status}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The conditions have not been explained to the person yet (rule 12.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office did not accept {0} of this case&apos;s events.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details recorded differently on two devices: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>See the Sync issues tab.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Waiting for head office to confirm: {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>edited on two devices: check</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>also recorded: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{status}; from {start} to {end}; decided by {authority}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>; conditions not yet explained (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition set by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (not accepted by head office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (waiting for head office)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted by head office ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An event no longer in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office said: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded differently on two devices ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} values; the first is shown for now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync iss&amp;ues ({0})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync iss&amp;ues</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record something in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Explain the conditions…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the conditions to the person (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Detail</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Value</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measures and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures and conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure or condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What head office did not accept, and details recorded differently on two devices. Nothing here is lost: correct it by recording again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync issues of this case</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ends</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>explanation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>breach open</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Office visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Telephone call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Video call</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Continue the supervision as it is</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjust the supervision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend early termination to the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recommend that the authority modify the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Completed: the measure ran its full term</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ended early by the authority (rule 11.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Revoked by the authority after a breach (rule 14)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Say what the complaint or request is about.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The description</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a complaint or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person may make a request or complaint about the measure to a judicial or other competent independent authority (rule 3.6). Record what they asked or complained about, and where you sent it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;This is a</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Received on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;What it is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the complaint or request is about</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sent on to an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on to an authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent t&amp;o</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent o&amp;n</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Why: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Text ordered by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Te&amp;xt ordered by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference and paragraph</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Authorit&amp;y&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why this condition is needed for this person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is necessary (rule 12.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Why it is necessary (rule 12.2) *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>As it will be issued:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The condition as it will be issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the text the authority ordered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>enter the authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the condition is necessary (rule 12.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No consent recorded yet for this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Already recorded on {0}: {1}. A new record becomes the current one; the earlier one stays in the case record.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No measure in this case needs the person&apos;s consent: rule 3.4 applies to obligations imposed before or instead of a trial.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose whether the person gives or refuses consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is informed only when you have explained both the nature of the obligations and the consequences of refusing (rule 3.4). Tick both once you have explained them, or record a refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the language used.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent to a pre-trial measure (rule 3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Informed consent (rule 3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure that imposes an obligation before or instead of a trial needs the person&apos;s consent. Consent is informed only when you have explained, in a language the person understands, what the obligations are and what happens if they refuse. The person may refuse: record the refusal as well.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure that needs consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent already recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded &amp;on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date the consent was given or refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter (if any)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What you explained to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explained the &amp;nature of the obligations: what the person will have to do, and for how long</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explained the &amp;consequences of refusing consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;gives consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;refuses consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes (optional)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the consent cannot be recorded yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>A contact cannot be in the future: record it once it has happened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a contact with the person: when it happened, how, and whether the person attended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the contact happened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;attended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>Enter your name and your office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Creating your encrypted profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your case records are kept encrypted on this computer. Choose a passphrase of at least 12 characters that you do not use anywhere else: several words are easiest to remember. Nobody, not even head office, can recover it for you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Your name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Measures by type (dark: in force; light: ended)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation pending (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due in 14 days (rule 10.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach open (rule 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending in 14 days (rule 11)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What is due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measures by type</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>the opening date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early-termination eligibility</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the consent date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the review date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure&apos;s decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modification&apos;s decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the report date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date of the account</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the response date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the date sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interpreter is a relative: use an independent interpreter where one can be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the interpreter is a child: use an independent interpreter where one can be found</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this case has already been opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case must be opened first</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the case is closed; only notes and corrections can be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{later} cannot be before {earlier}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure does not exist in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure has already ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the preferred language must be one of the person&apos;s languages</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the jurisdiction is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field} was changed by someone else since you opened the case; reload and try again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure would last {days} days, more than the maximum of {limit} days set by the authority or the law (rule 11.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the measure type is not in the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure with obligations needs an end date (rule 11.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the authority&apos;s maximum is longer than the legal maximum of {limit} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent is informed only when the obligations and the consequences of refusing have been explained (rule 3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure type does not require consent; it is recorded anyway</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition outside the catalogue needs its text and the authority&apos;s reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the condition is not in the catalogue at that version</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>condition {condition} cannot be imposed under a measure of type {measure_type}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure type imposes no obligations, so it takes no conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the person&apos;s informed consent before imposing an obligation under a pre-trial measure (rule 3.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conditions have been explained already; a change needs a modification by the authority (rule 12.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure would have more than {limit} conditions; keep them to the minimum needed (rule 12.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a modification needs the competent authority and its decision reference (rule 12.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modification changes nothing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the modification refers to a condition that is not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this measure would have {count} conditions, more than {limit}; keep them to the minimum needed (rule 12.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation cannot be in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the conditions have changed since this explanation began; start again</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition appears twice in the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{count} condition(s) in force were not explained (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation lists a condition that is not in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every condition must be explained orally (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person&apos;s rights must be explained (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>what happens after a breach must be explained (rules 12.3, 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say why the written copy will be given later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the reason the person disagrees or could not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a mark or thumbprint needs the witness&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the person needs an interpreter but none is recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the explanation language is not one the person is recorded as knowing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a condition was not understood: plan a follow-up explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reprinted document does not exist in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a document with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a contact cannot be recorded in the future</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the next review must be after this one</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breach with this id already exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a breach must concern conditions of this measure that are in force</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the breach does not exist in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>this breach already has a response; record a correction instead</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>record the person&apos;s account of the breach before any referral (rule 14.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>list the non-custodial alternatives considered before a referral (rules 14.3, 14.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>tell the person of the right to appeal before a referral (rule 14.6)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>say where the complaint or request was sent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early termination and revocation need the authority and its decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>a measure completes on or after its end date; before it, record an early termination (rule 11.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>early termination must be before the end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>revocation follows a breach referred to the authority under the rule 14 safeguards</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>every measure must end before the case is closed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the corrected event does not exist in this case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>correct the original event, not a correction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Field required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String should have at least {count} character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String should have at most {count} character(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should have at least {count} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Should have at most {count} item(s)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be less than or equal to {limit}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>String should match pattern {pattern}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid date and time</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should have timezone info</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>after this correction: {problem}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>the reserved block of case numbers is empty</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>&amp;Enroll</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This device is already enrolled for {0}. Enroll again only when head office asks you to.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the head-office address, for example https://headoffice.org:8443.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head-office address must look like https://host:port.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The head-office address is only https://host:port, no path.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office must be reached over https, not http.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint holds only hexadecimal digits (0-9, A-F), colons and spaces.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the certificate fingerprint head office gave you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The fingerprint has {0} hexadecimal digits; it needs 64.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The enrollment code has 12 letters and digits, like ABCD-EFGH-JKMN.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling with head office…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolled. Head office knows this device as the device of {0}; the first sync has started.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match this fingerprint: nothing was sent. Check the fingerprint with head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office could not be reached: check the address and the connection, then try again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office did not enroll this device: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enroll this device with head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office gives you three things for this device: its address, the fingerprint of its certificate, and a one-time enrollment code. Type them exactly as printed. Once enrolled, this device sends your records to head office and receives the cases assigned to you.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-office &amp;address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>https://headoffice.example.org:8443</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>64 hexadecimal digits, e.g. 3A:F0:…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrollment c&amp;ode</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ExplanationWizard</name>
    <message>
        <source>Yes, fully</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Partly</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>By video</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative of the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A child</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Understands and accepts the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Disagrees with the conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Could not answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no sheet in the person&apos;s language ({0}) yet: explain with an interpreter and choose a language they read.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given now, with the oral explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A relative or a child should not interpret: they may not translate accurately or neutrally. Use an independent interpreter where one can be found, and record why if none could.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>2. Condition {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>3. Rights, and what happens after a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>4. Questions and response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>5. The written sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>6. Acknowledgement</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say where the explanation takes place.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why the written copy will be given later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the interpreter&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain this condition orally before going on (rule 12.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the rights and what happens after a breach (rules 12.3, 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record why the person disagrees or could not answer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Print the sheet (or save it as PDF) and give it to the person.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A mark or thumbprint needs the witness&apos;s name.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How it is checked: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} pages. Verification code {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} Save the sheet as PDF and print it elsewhere.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Issued: verification code {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} conditions explained orally. Sheet: {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>not issued</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain the conditions (rule 12.3)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Step</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explain every condition to the person orally, in a language they understand, and give them the written sheet (rule 12.3).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Easy Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Place of the explanation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written copy</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>When the written copy is given</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the written copy is given later</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>An &amp;interpreter took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why la&amp;ter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s accreditation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the interpreter took part</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter&apos;s relationship to the person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter warning</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In the person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition in the person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>In your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition in your language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the condition exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the condition is checked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I &amp;explained this condition orally</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person &amp;understood it</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How well the person understood</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s rights, and what happens after a breach</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Rights in the person&apos;s language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explained the person&apos;s &amp;rights</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explained what happens if a condition is br&amp;oken (rule 14)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Refused to sign</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s &amp;questions, and your answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s r&amp;esponse</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason for the response</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sheet status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the person acknowledged the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Mark or thumbprint, with a witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not yet (&amp;pending)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ImposeMeasureDialog</name>
    <message>
        <source>{name} · case {number}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case is closed: no measure can be added.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— Choose the type of measure —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} (rule {1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of measure the authority imposed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure imposes no obligations, so it takes no conditions.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs the person&apos;s informed consent before any obligation (rule 3.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal maximum here: {0} days, so it must end by {1} (rule 11.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} condition(s) removed: they cannot be imposed under this type of measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition outside the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> (to complete)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;{0} Conditions ({1})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>⚠ {0} conditions: more than {1}. Keep the conditions to the minimum needed, each practical and precise (rule 12.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the type of measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the authority that decided (rule 3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the decision&apos;s reference.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the legal basis of the measure (rule 3.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure with obligations needs an end date (rule 11.1).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent is informed only when the obligations and the consequences of refusing have been explained (rule 3.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person refuses consent, so the measure can carry no conditions: remove them to record the refusal.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s informed consent before any condition (rule 3.4): record it on the consent tab, or remove the conditions and record the measure alone.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Condition {0} ({1}): {2}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a measure and its conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Type of measure *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About this type of measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding &amp;authority *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The court or body that decided (rule 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;reference *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision dat&amp;e</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Legal basis *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The law and section the measure rests on (rule 3.1)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Criteria considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the authority weighed in choosing this measure (rule 3.2)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Criteria considered</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Start date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>End date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ma&amp;ximum set by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Maximum duration set by the authority, in days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Early termination p&amp;ossible from</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for early termination on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This measure applies before or instead of a trial: any obligation needs the person&apos;s informed consent, after the nature of the obligations and the consequences of refusing have been explained (rule 3.4). Record the consent here, or record the measure alone now and its conditions after the consent.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the person&apos;s consent no&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s &amp;answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s answer</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explained the &amp;nature of the obligations</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>I explained the &amp;consequences of refusing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language used</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Interpreter, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Interpreter, if any</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes on the consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Catalogue conditions for this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue conditions for this measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add one &amp;outside the catalogue…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>C&amp;hosen conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Chosen conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Remove the chosen condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about the number of conditions</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the conditions the authority imposed from the catalogue, and add them. Each needs its details and a note of why it is necessary: keep them few, practical and precise (rule 12.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>LockPage</name>
    <message>
        <source>{0} — {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo Desk is locked</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s certificate is not the one this device was enrolled with, so nothing was sent: someone may be trying to intercept your records. Tell head office. Tokyo Desk will not sync again until you choose Sync now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} events recorded on this device had not reached head office and are lost.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Every event recorded on this device had reached head office.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How many events had not reached head office could not be counted.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office has revoked this device. The profile of {0} has been locked and erased from this computer.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tell head office.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Chart of measures by type and status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>MeasureRecordDialog</name>
    <message>
        <source>Choose a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no measure in force.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ModificationDialog</name>
    <message>
        <source>Record the modification</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Select a condition above to enter its new details.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No condition in force has details that can be changed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a condition from the catalogue</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current end date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a condition from the catalogue.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Say why this condition is needed (rule 12.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions removed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions changed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>conditions added: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>new end date: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To record — {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Nothing to record yet: remove, change or add a condition, or set a new end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This case has no measure in force.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the competent authority that decided the modification (rule 12.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reference of the authority&apos;s decision (rule 12.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the reason the authority gave.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition cannot be both removed and changed: untick one of them.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: the new details are the same as before.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A condition on the Add tab is filled in but not on the list: press “Add to the list”, or clear it.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The modification changes nothing: remove, change or add a condition, or set a new end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification by the authority (rule 12.4)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Only the competent authority can modify the conditions (rule 12.4). Record its decision exactly as it was made: the conditions it removed, changed or added, and any new end date.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;1 Decision</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Competent authority (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference (required)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision da&amp;te</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason &amp;given by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason given by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Change the &amp;end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;2 Remove</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions to remo&amp;ve: tick each condition the authority removed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions to remove (tick with Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;3 Change</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions c&amp;hanged: tick each condition the authority changed, select it and enter its new details</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions changed (tick with Space)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New details of the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Current text of the selected condition</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;4 Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Condition to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Catalogue condition to add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the condition exists</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Details set by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why it is &amp;needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Why the condition is needed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions to &amp;be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions to be added</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Changes to record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>After this change the person must have the changed conditions explained again, orally and in writing. The case will show &quot;explanation pending&quot; until you do (rules 12.3, 12.4).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> · written sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: speaks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Type a language code of two or three letters (ISO 639), such as “ny” for Chichewa or “prs” for Dari.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>“{0}” is not a language code this computer knows: check that it is right.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>speaks {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>reads {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>prefers {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case for: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Cases you already hold with a similar name: {0}. Check that this person has no case yet (rule 13.6).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the person&apos;s given names.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tick at least one language the person speaks.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the person&apos;s preferred language.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The date of birth cannot be after the date the case is opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter the office that holds the case.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The opening date cannot be in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The case was not opened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>New case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open one case record for the person (rule 13.6). Fields marked * are required; everything else can be added later.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Given names *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Given names</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Family name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other na&amp;mes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names and aliases, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Date of birth known</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Phone</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Address</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Offi&amp;ce *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Summary of the new case</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Existing cases with a similar name</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages and communication</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Languages: tick those the person speaks and reads *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Languages the person speaks and reads</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Anothe&amp;r language (ISO 639 code)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>for example ny, prs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Another language, as an ISO 639 code</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Preferred language *</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and &amp;writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eas&amp;y Read</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Large prin&amp;t</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Sign language</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Heari&amp;ng support</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Braille</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adj&amp;ustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>For example: appointments in the morning; step-free access</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>A note cannot be dated in the future.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Written at</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Note</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>every day</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once every two weeks</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>once a month</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number from {0} to {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A time of day: HH:MM (24-hour)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Currency and amount, like KES 1500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0}: tick at least one day of the week</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is required</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be at least {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be at most {1}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be at most {1} characters</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a date (YYYY-MM-DD)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a time of day (HH:MM, 24-hour), like 09:30</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be more than zero</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a currency code and an amount, like KES 1500.00</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} must be a phone number: digits, spaces and + ( ) -</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is not valid</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>{0} (optional)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} is {1} characters long; the limit is {2}.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Next review due: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No review is scheduled for this measure.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure that was reviewed.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the periodic review of the supervision (rule 10.3), its outcome, and when the next review is due.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Notes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SafeguardDialog</name>
    <message>
        <source>Condition set by the authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unknown measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Happened on {0}; reported on {1}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Conditions concerned:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person&apos;s account:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Account recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Modification recorded</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A new language applies the next time Tokyo Desk starts.</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Sheet preview</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>waiting for consent</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{title} ({reference}; {start} to {end})</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>no end date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded. Please note:</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Warning about synchronisation</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Warning about this computer&apos;s clock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last successful sync with head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events not yet sent to head office</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events recorded here that head office has not received yet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events head office did not accept</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Events head office did not accept: open the case to see why</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync with head office now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>St&amp;op sync</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stop the sync after the current exchange</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>To send: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not accepted: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Not enrolled with head office: Head office ▸ Enroll this device…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Syncing: {0} sent, {1} received</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office not reachable</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Head office&apos;s certificate has changed: nothing was sent. Tell head office; sync again only when they say it is safe.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Stopping after this exchange…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {0} ahead: correct its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {0} behind: correct its date and time.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {0} min ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Synced {0} h ago</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Last synced {0}</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <source>Ends on {0}.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No end date is set.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Eligible for early termination from {0} (rule 11.2).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>A measure completes on or after its end date ({0}); before it, record an early termination decided by the authority.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The end date ({0}) has been reached: the measure is completed, not ended early.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The person is eligible for early termination only from {0}; record it if the authority decided so.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The authority and its decision reference are required.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>No breach of this measure has been referred to the authority. A revocation can be recorded only after a referral made with the rule 14 safeguards: the person&apos;s account, the alternatives considered, and the right to appeal explained.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Choose the measure that ended.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>The reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record the end of a measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Record that a measure has ended: completed at the end of its term, ended early by the competent authority (rule 11.2), or revoked by the authority after a breach (rule 14).</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>About the measure</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;How it ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>How the measure ended</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision &amp;reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Reason</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>What the rules require</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source> (demo)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>There is no officer profile on this computer yet: create one.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Demo profile with invented people. Its passphrase is: {0}</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Wait {0} seconds before trying again.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Tokyo Desk</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case records and condition explanations (UN Tokyo Rules)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Officer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Officer profile</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Status</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Working</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>All open cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation pending</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Review due</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Breach open</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} matching cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} of {1} cases shown (scroll for more)</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>{0} cases shown</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Explanation recorded.</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Name or case number</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Search names and case numbers</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Open a case for a new person</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation type="unfinished"></translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print the sheet</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Printing</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Sending the sheet to the printer…</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation type="unfinished"></translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation type="unfinished"></translation>
    </message>
</context>
</TS>
