<?xml version="1.0" encoding="utf-8"?>
<!DOCTYPE TS>
<TS version="2.1" language="ar">
<context>
    <name>AppointmentDialog</name>
    <message>
        <source>An appointment is scheduled for a time still to come; record a past meeting as a contact.</source>
        <translation>يُحدَّد الموعد لوقت لم يحن بعد؛ أما اللقاء الذي جرى فسجّله بوصفه اتصالًا.</translation>
    </message>
    <message>
        <source>Say where the appointment takes place.</source>
        <translation>اذكر مكان الموعد.</translation>
    </message>
    <message>
        <source>Schedule an appointment</source>
        <translation>تحديد موعد</translation>
    </message>
    <message>
        <source>Schedule the person&apos;s next appointment: when, where, and what it is for.</source>
        <translation>حدّد الموعد القادم للشخص: متى، وأين، والغرض منه.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;متى</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the appointment is due</source>
        <translation>وقت الموعد</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>&amp;المكان</translation>
    </message>
    <message>
        <source>Place</source>
        <translation>المكان</translation>
    </message>
    <message>
        <source>P&amp;urpose</source>
        <translation>ال&amp;غرض</translation>
    </message>
    <message>
        <source>Purpose</source>
        <translation>الغرض</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>BreachAccountDialog</name>
    <message>
        <source>Record the account</source>
        <translation>تسجيل الإفادة</translation>
    </message>
    <message>
        <source>An account is already recorded (shown above). A new one becomes the current account; the earlier one stays in the case record.</source>
        <translation>سبق تسجيل إفادة (معروضة أعلاه). وستصبح الإفادة الجديدة هي الإفادة الحالية، وتبقى الإفادة السابقة في سجل الملف.</translation>
    </message>
    <message>
        <source>This breach is not in the case record.</source>
        <translation>هذا الإخلال غير موجود في سجل الملف.</translation>
    </message>
    <message>
        <source>Write down the person&apos;s account, in their own words (rule 14.2).</source>
        <translation>دوّن إفادة الشخص بكلماته هو (القاعدة 14.2).</translation>
    </message>
    <message>
        <source>The person&apos;s account of the breach (rule 14.2)</source>
        <translation>إفادة الشخص بشأن الإخلال (القاعدة 14.2)</translation>
    </message>
    <message>
        <source>The person must be heard (rule 14.2).</source>
        <translation>يجب الاستماع إلى الشخص (القاعدة 14.2).</translation>
    </message>
    <message>
        <source>Step 2 of 3: record the person&apos;s own account of what happened, in their words, before any decision is taken. Nothing may be referred to the authority before the person has been heard.</source>
        <translation>الخطوة 2 من 3: سجّل إفادة الشخص نفسه عمّا حدث، بكلماته هو، قبل اتخاذ أي قرار. ولا تجوز إحالة أي أمر إلى السلطة المختصة قبل الاستماع إلى الشخص.</translation>
    </message>
    <message>
        <source>The &amp;breach reported</source>
        <translation>&amp;الإخلال المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>The breach reported</source>
        <translation>الإخلال المُبلَّغ عنه</translation>
    </message>
    <message>
        <source>Account already recorded</source>
        <translation>الإفادة مسجّلة من قبل</translation>
    </message>
    <message>
        <source>&amp;Heard on</source>
        <translation>&amp;تاريخ الاستماع</translation>
    </message>
    <message>
        <source>Date the person was heard</source>
        <translation>تاريخ الاستماع إلى الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;account</source>
        <translation>إ&amp;فادة الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s account</source>
        <translation>إفادة الشخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>BreachReportDialog</name>
    <message>
        <source>Record the breach</source>
        <translation>تسجيل الإخلال</translation>
    </message>
    <message>
        <source>This case has no measure with conditions in force: a breach concerns conditions in force (rule 14.1).</source>
        <translation>لا يتضمن هذا الملف تدبيرًا له شروط سارية: فالإخلال لا يتعلق إلا بشروط سارية (القاعدة 14.1).</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>اختر التدبير.</translation>
    </message>
    <message>
        <source>Tick the condition or conditions the breach concerns (rule 14.1).</source>
        <translation>ضع علامة على الشرط أو الشروط التي يتعلق بها الإخلال (القاعدة 14.1).</translation>
    </message>
    <message>
        <source>Describe what happened.</source>
        <translation>صِف ما حدث.</translation>
    </message>
    <message>
        <source>Report a breach of conditions (rule 14)</source>
        <translation>الإبلاغ عن إخلال بالشروط (القاعدة 14)</translation>
    </message>
    <message>
        <source>A breach does not automatically lead to imprisonment (rule 14.3).</source>
        <translation>لا يؤدي الإخلال تلقائيًا إلى السجن (القاعدة 14.3).</translation>
    </message>
    <message>
        <source>Step 1 of 3: record what happened and which conditions it concerns (rule 14.1). Next, the person must be heard: record their own account (rule 14.2). Only then decide the response, considering the non-custodial alternatives first (rules 14.3, 14.4).</source>
        <translation>الخطوة 1 من 3: سجّل ما حدث والشروط التي يتعلق بها (القاعدة 14.1). بعد ذلك يجب الاستماع إلى الشخص: سجّل إفادته هو (القاعدة 14.2). وعندئذ فقط قرّر الإجراء المتخذ، مع النظر أولًا في البدائل غير الاحتجازية (القاعدتان 14.3 و14.4).</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;التدبير</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>&amp;Conditions concerned</source>
        <translation>ال&amp;شروط المعنية</translation>
    </message>
    <message>
        <source>Conditions concerned (tick with Space)</source>
        <translation>الشروط المعنية (ضع العلامة بمفتاح المسافة)</translation>
    </message>
    <message>
        <source>Date of the &amp;breach</source>
        <translation>&amp;تاريخ الإخلال</translation>
    </message>
    <message>
        <source>Date of the breach</source>
        <translation>تاريخ الإخلال</translation>
    </message>
    <message>
        <source>&amp;Reported on</source>
        <translation>تاريخ الإ&amp;بلاغ</translation>
    </message>
    <message>
        <source>Date the breach was reported</source>
        <translation>تاريخ الإبلاغ عن الإخلال</translation>
    </message>
    <message>
        <source>&amp;What happened</source>
        <translation>&amp;ما حدث</translation>
    </message>
    <message>
        <source>What happened</source>
        <translation>ما حدث</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>BreachResponseDialog</name>
    <message>
        <source>Record the response</source>
        <translation>تسجيل الإجراء</translation>
    </message>
    <message>
        <source>A warning, spoken or written</source>
        <translation>إنذار شفوي أو كتابي</translation>
    </message>
    <message>
        <source>More frequent contact or reporting</source>
        <translation>زيادة وتيرة الاتصال أو الحضور</translation>
    </message>
    <message>
        <source>Adjusted conditions, to be decided by the authority</source>
        <translation>تعديل الشروط، بقرار من السلطة المختصة</translation>
    </message>
    <message>
        <source>Help with the cause of the breach (treatment, transport, childcare, work)</source>
        <translation>المساعدة في معالجة سبب الإخلال (العلاج، أو المواصلات، أو رعاية الأطفال، أو العمل)</translation>
    </message>
    <message>
        <source>Support from family, community or social services (rule 13.4)</source>
        <translation>الدعم من الأسرة أو المجتمع أو الخدمات الاجتماعية (القاعدة 13.4)</translation>
    </message>
    <message>
        <source>The person&apos;s account has not been recorded yet. The person must be heard (rule 14.2): record their account before any referral to the authority.</source>
        <translation>لم تُسجَّل إفادة الشخص بعد. يجب الاستماع إلى الشخص (القاعدة 14.2): سجّل إفادته قبل أي إحالة إلى السلطة المختصة.</translation>
    </message>
    <message>
        <source>This breach is not in the case record.</source>
        <translation>هذا الإخلال غير موجود في سجل الملف.</translation>
    </message>
    <message>
        <source>This breach already has a response (recorded on {0}); record a correction instead.</source>
        <translation>سبق اتخاذ إجراء بشأن هذا الإخلال (سُجّل بتاريخ {0})؛ سجّل تصحيحًا بدلًا من ذلك.</translation>
    </message>
    <message>
        <source>Choose your response.</source>
        <translation>اختر الإجراء الذي تتخذه.</translation>
    </message>
    <message>
        <source>The person has not been heard: record their account of the breach before any referral (rule 14.2).</source>
        <translation>لم يُستمع إلى الشخص بعد: سجّل إفادته بشأن الإخلال قبل أي إحالة (القاعدة 14.2).</translation>
    </message>
    <message>
        <source>Tick the non-custodial alternatives you considered before a referral (rules 14.3, 14.4).</source>
        <translation>ضع علامة على البدائل غير الاحتجازية التي نظرت فيها قبل الإحالة (القاعدتان 14.3 و14.4).</translation>
    </message>
    <message>
        <source>Tell the person of the right to appeal before a referral (rule 14.6), then tick it.</source>
        <translation>أبلغ الشخص بحقه في الطعن قبل الإحالة (القاعدة 14.6)، ثم ضع علامة على ذلك.</translation>
    </message>
    <message>
        <source>Give the reason for this response.</source>
        <translation>اذكر سبب هذا الإجراء.</translation>
    </message>
    <message>
        <source>Respond to a breach (rules 14.3-14.6)</source>
        <translation>اتخاذ إجراء بشأن الإخلال (القواعد 14.3-14.6)</translation>
    </message>
    <message>
        <source>A breach does not automatically lead to imprisonment (rule 14.3).</source>
        <translation>لا يؤدي الإخلال تلقائيًا إلى السجن (القاعدة 14.3).</translation>
    </message>
    <message>
        <source>Step 3 of 3: consider the non-custodial alternatives first (rules 14.3, 14.4). Refer the breach to the competent authority only when none of them is suitable, after the person has been heard (rule 14.2) and told of the right to appeal (rule 14.6).</source>
        <translation>الخطوة 3 من 3: انظر أولًا في البدائل غير الاحتجازية (القاعدتان 14.3 و14.4). ولا تُحِل الإخلال إلى السلطة المختصة إلا إذا لم يكن أيٌّ منها مناسبًا، وبعد الاستماع إلى الشخص (القاعدة 14.2) وإبلاغه بحقه في الطعن (القاعدة 14.6).</translation>
    </message>
    <message>
        <source>The breach, and what the person &amp;said</source>
        <translation>الإخلال، و&amp;ما قاله الشخص</translation>
    </message>
    <message>
        <source>The breach reported, and the person&apos;s account</source>
        <translation>الإخلال المُبلَّغ عنه، وإفادة الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s account is missing</source>
        <translation>إفادة الشخص غير موجودة</translation>
    </message>
    <message>
        <source>Decided &amp;on</source>
        <translation>&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>Date of the response</source>
        <translation>تاريخ الإجراء</translation>
    </message>
    <message>
        <source>Non-custodial alternatives (rules 14.3, 14.4)</source>
        <translation>البدائل غير الاحتجازية (القاعدتان 14.3 و14.4)</translation>
    </message>
    <message>
        <source>Alternatives &amp;considered (tick each one you weighed)</source>
        <translation>ال&amp;بدائل التي نُظر فيها (ضع علامة على كل بديل درسته)</translation>
    </message>
    <message>
        <source>Alternatives considered (tick with Space)</source>
        <translation>البدائل التي نُظر فيها (ضع العلامة بمفتاح المسافة)</translation>
    </message>
    <message>
        <source>Ot&amp;her alternative</source>
        <translation>بديل &amp;آخر</translation>
    </message>
    <message>
        <source>Other alternative considered</source>
        <translation>بديل آخر نُظر فيه</translation>
    </message>
    <message>
        <source>Your response</source>
        <translation>الإجراء الذي تتخذه</translation>
    </message>
    <message>
        <source>&amp;No further action</source>
        <translation>&amp;عدم اتخاذ أي إجراء آخر</translation>
    </message>
    <message>
        <source>A &amp;warning</source>
        <translation>إ&amp;نذار</translation>
    </message>
    <message>
        <source>&amp;Adjust supervision (for example more frequent contact, or more support)</source>
        <translation>تعديل الإ&amp;شراف (مثل زيادة وتيرة الاتصال، أو زيادة الدعم)</translation>
    </message>
    <message>
        <source>Re&amp;fer the breach to the competent authority</source>
        <translation>إ&amp;حالة الإخلال إلى السلطة المختصة</translation>
    </message>
    <message>
        <source>I told the person of their right to a&amp;ppeal (rule 14.6)</source>
        <translation>أبلغت الشخص بحقه في ال&amp;طعن (القاعدة 14.6)</translation>
    </message>
    <message>
        <source>&amp;Reason for this response</source>
        <translation>&amp;سبب هذا الإجراء</translation>
    </message>
    <message>
        <source>Reason for this response</source>
        <translation>سبب هذا الإجراء</translation>
    </message>
    <message>
        <source>Why the response cannot be recorded yet</source>
        <translation>سبب تعذّر تسجيل الإجراء حتى الآن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>CasePage</name>
    <message>
        <source>Given names</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Other names</source>
        <translation>أسماء أخرى</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>Languages spoken</source>
        <translation>اللغات المحكية</translation>
    </message>
    <message>
        <source>Languages read</source>
        <translation>اللغات المقروءة</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضّلة</translation>
    </message>
    <message>
        <source>Interpreter needed</source>
        <translation>يحتاج إلى مترجم</translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation>القراءة والكتابة</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>احتياجات التواصل</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>الترتيبات التيسيرية</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Identifiers</source>
        <translation>أرقام التعريف</translation>
    </message>
    <message>
        <source>in force</source>
        <translation>ساري</translation>
    </message>
    <message>
        <source>waiting for consent</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>رُفضت الموافقة</translation>
    </message>
    <message>
        <source>completed</source>
        <translation>مكتمل</translation>
    </message>
    <message>
        <source>ended early</source>
        <translation>أُنهي مبكرًا</translation>
    </message>
    <message>
        <source>revoked</source>
        <translation>أُلغي</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فُتح الملف</translation>
    </message>
    <message>
        <source>Personal details changed</source>
        <translation>تغيير البيانات الشخصية</translation>
    </message>
    <message>
        <source>Measure imposed</source>
        <translation>فرض التدبير</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>سُجّلت الموافقة</translation>
    </message>
    <message>
        <source>Condition imposed</source>
        <translation>فرض شرط</translation>
    </message>
    <message>
        <source>Conditions modified by the authority</source>
        <translation>تعديل الشروط من السلطة المختصة</translation>
    </message>
    <message>
        <source>Conditions explained</source>
        <translation>شرح الشروط</translation>
    </message>
    <message>
        <source>Document issued</source>
        <translation>تسليم وثيقة</translation>
    </message>
    <message>
        <source>Contact</source>
        <translation>تواصل</translation>
    </message>
    <message>
        <source>Appointment</source>
        <translation>موعد</translation>
    </message>
    <message>
        <source>Review</source>
        <translation>مراجعة</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>سُجّل الإبلاغ عن الإخلال</translation>
    </message>
    <message>
        <source>Person&apos;s account of a breach</source>
        <translation>إفادة الشخص بشأن الإخلال</translation>
    </message>
    <message>
        <source>Response to a breach</source>
        <translation>الإجراء المتخذ بشأن الإخلال</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>شكوى أو طلب</translation>
    </message>
    <message>
        <source>Measure ended</source>
        <translation>انتهاء التدبير</translation>
    </message>
    <message>
        <source>Case closed</source>
        <translation>إغلاق الملف</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Correction</source>
        <translation>تصحيح</translation>
    </message>
    <message>
        <source>Measure imposed, with its conditions…</source>
        <translation>التدبير المفروض وشروطه…</translation>
    </message>
    <message>
        <source>Consent to a pre-trial measure (rule 3.4)…</source>
        <translation>الموافقة على تدبير سابق للمحاكمة (القاعدة 3.4)…</translation>
    </message>
    <message>
        <source>Modification by the authority (rule 12.4)…</source>
        <translation>تعديل من السلطة المختصة (القاعدة 12.4)…</translation>
    </message>
    <message>
        <source>Report a breach (rule 14)…</source>
        <translation>الإبلاغ عن إخلال (القاعدة 14)…</translation>
    </message>
    <message>
        <source>Contact…</source>
        <translation>اتصال…</translation>
    </message>
    <message>
        <source>Appointment…</source>
        <translation>موعد…</translation>
    </message>
    <message>
        <source>Review (rule 10.3)…</source>
        <translation>مراجعة (القاعدة 10.3)…</translation>
    </message>
    <message>
        <source>Complaint or request (rule 3.6)…</source>
        <translation>شكوى أو طلب (القاعدة 3.6)…</translation>
    </message>
    <message>
        <source>End of the measure (rule 11.2)…</source>
        <translation>انتهاء التدبير (القاعدة 11.2)…</translation>
    </message>
    <message>
        <source>Note…</source>
        <translation>ملاحظة…</translation>
    </message>
    <message>
        <source>Head office found it invalid: record it again.</source>
        <translation>وجده المكتب الرئيسي غير صالح: سجّله من جديد.</translation>
    </message>
    <message>
        <source>The case is not yours at head office: ask who supervises it.</source>
        <translation>هذا الملف ليس مسندًا إليك لدى المكتب الرئيسي: اسأل عمّن يتولى الإشراف عليه.</translation>
    </message>
    <message>
        <source>It names another officer or device as author: tell head office.</source>
        <translation>يذكر مشرفًا آخر أو جهازًا آخر بوصفه صاحب التسجيل: أبلغ المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Head office does not know this kind of event: tell head office.</source>
        <translation>لا يعرف المكتب الرئيسي هذا النوع من الأحداث: أبلغ المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Not possible in the case as head office has it (closed already?).</source>
        <translation>غير ممكن في الملف بحالته لدى المكتب الرئيسي (هل أُغلق بالفعل؟).</translation>
    </message>
    <message>
        <source>No case selected</source>
        <translation>لم يُحدَّد أي ملف</translation>
    </message>
    <message>
        <source>Choose a case in the caseload to see its record.</source>
        <translation>اختر ملفًا من قائمة الملفات لعرض سجله.</translation>
    </message>
    <message>
        <source>Hear the person about the breach of {0} (rule 14.2)…</source>
        <translation>الاستماع إلى الشخص بشأن الإخلال الواقع في {0} (القاعدة 14.2)…</translation>
    </message>
    <message>
        <source>Respond to the breach of {0} (rules 14.3-14.6)…</source>
        <translation>اتخاذ إجراء بشأن الإخلال الواقع في {0} (القواعد 14.3-14.6)…</translation>
    </message>
    <message>
        <source>open</source>
        <translation>مفتوح</translation>
    </message>
    <message>
        <source>closed</source>
        <translation>مغلق</translation>
    </message>
    <message>
        <source>{number} · {office} · opened {opened} · {status}</source>
        <translation>{number} · {office} · فُتح في {opened} · {status}</translation>
    </message>
    <message>
        <source>The conditions have not been explained to the person yet (rule 12.3).</source>
        <translation>لم تُشرح الشروط للشخص بعد (القاعدة 12.3).</translation>
    </message>
    <message>
        <source>Head office did not accept {0} of this case&apos;s events.</source>
        <translation>أحداث من هذا الملف لم يقبلها المكتب الرئيسي: {0}.</translation>
    </message>
    <message>
        <source>Details recorded differently on two devices: {0}.</source>
        <translation>بيانات سُجّلت بشكل مختلف على جهازين: {0}.</translation>
    </message>
    <message>
        <source>See the Sync issues tab.</source>
        <translation>راجع تبويب «مشكلات المزامنة».</translation>
    </message>
    <message>
        <source>Waiting for head office to confirm: {0}.</source>
        <translation>بانتظار تأكيد المكتب الرئيسي: {0}.</translation>
    </message>
    <message>
        <source>edited on two devices: check</source>
        <translation>عُدّل على جهازين: يُرجى التحقق</translation>
    </message>
    <message>
        <source>also recorded: {0}</source>
        <translation>سُجّل أيضًا: {0}</translation>
    </message>
    <message>
        <source>{status}; from {start} to {end}; decided by {authority}</source>
        <translation>{status}؛ من {start} إلى {end}؛ بقرار من {authority}</translation>
    </message>
    <message>
        <source>; conditions not yet explained (rule 12.3)</source>
        <translation>؛ لم تُشرح الشروط بعد (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>Condition set by the authority</source>
        <translation>شرط حددته السلطة المختصة</translation>
    </message>
    <message>
        <source>{0} (removed)</source>
        <translation>{0} (أُزيل)</translation>
    </message>
    <message>
        <source>{0} (not accepted by head office)</source>
        <translation>{0} (لم يقبله المكتب الرئيسي)</translation>
    </message>
    <message>
        <source>{0} (waiting for head office)</source>
        <translation>{0} (بانتظار المكتب الرئيسي)</translation>
    </message>
    <message>
        <source>Not accepted by head office ({0})</source>
        <translation>لم يقبلها المكتب الرئيسي ({0})</translation>
    </message>
    <message>
        <source>An event no longer in this case</source>
        <translation>حدث لم يعد موجودًا في هذا الملف</translation>
    </message>
    <message>
        <source>Head office said: {0}</source>
        <translation>ردّ المكتب الرئيسي: {0}</translation>
    </message>
    <message>
        <source>Recorded differently on two devices ({0})</source>
        <translation>سُجّلت بشكل مختلف على جهازين ({0})</translation>
    </message>
    <message>
        <source>{0} values; the first is shown for now</source>
        <translation>عدد القيم: {0}؛ تُعرض الأولى حاليًا</translation>
    </message>
    <message>
        <source>Sync iss&amp;ues ({0})</source>
        <translation>مش&amp;كلات المزامنة ({0})</translation>
    </message>
    <message>
        <source>Sync iss&amp;ues</source>
        <translation>مش&amp;كلات المزامنة</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>Case summary</source>
        <translation>ملخص الملف</translation>
    </message>
    <message>
        <source>What needs attention</source>
        <translation>ما يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>&amp;Record…</source>
        <translation>&amp;تسجيل…</translation>
    </message>
    <message>
        <source>Record something in this case</source>
        <translation>تسجيل أمر في هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Dashboard</source>
        <translation>&amp;لوحة المتابعة</translation>
    </message>
    <message>
        <source>Back to the dashboard</source>
        <translation>العودة إلى لوحة المتابعة</translation>
    </message>
    <message>
        <source>&amp;Explain the conditions…</source>
        <translation>&amp;شرح الشروط…</translation>
    </message>
    <message>
        <source>Explain the conditions to the person (rule 12.3)</source>
        <translation>شرح الشروط للشخص (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>&amp;Person</source>
        <translation>&amp;الشخص</translation>
    </message>
    <message>
        <source>Personal details</source>
        <translation>البيانات الشخصية</translation>
    </message>
    <message>
        <source>Detail</source>
        <translation>البيان</translation>
    </message>
    <message>
        <source>Value</source>
        <translation>القيمة</translation>
    </message>
    <message>
        <source>&amp;Measures and conditions</source>
        <translation>التدابير &amp;والشروط</translation>
    </message>
    <message>
        <source>Measures and conditions</source>
        <translation>التدابير والشروط</translation>
    </message>
    <message>
        <source>Measure or condition</source>
        <translation>التدبير أو الشرط</translation>
    </message>
    <message>
        <source>Details</source>
        <translation>التفاصيل</translation>
    </message>
    <message>
        <source>What head office did not accept, and details recorded differently on two devices. Nothing here is lost: correct it by recording again.</source>
        <translation>ما لم يقبله المكتب الرئيسي، والبيانات التي سُجّلت بشكل مختلف على جهازين. لم يضِع شيء مما هنا: صحّحه بتسجيله من جديد.</translation>
    </message>
    <message>
        <source>Sync issues of this case</source>
        <translation>مشكلات المزامنة في هذا الملف</translation>
    </message>
    <message>
        <source>&amp;Timeline</source>
        <translation>التسلسل ال&amp;زمني</translation>
    </message>
    <message>
        <source>Timeline of events</source>
        <translation>التسلسل الزمني للأحداث</translation>
    </message>
    <message>
        <source>When</source>
        <translation>الوقت</translation>
    </message>
    <message>
        <source>What</source>
        <translation>الحدث</translation>
    </message>
</context>
<context>
    <name>CaseloadModel</name>
    <message>
        <source>Case number</source>
        <translation>رقم الملف</translation>
    </message>
    <message>
        <source>Name</source>
        <translation>الاسم</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Measures</source>
        <translation>التدابير</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>موعد المراجعة</translation>
    </message>
    <message>
        <source>Ends</source>
        <translation>ينتهي في</translation>
    </message>
    <message>
        <source>Needs attention</source>
        <translation>يحتاج إلى متابعة</translation>
    </message>
    <message>
        <source>explanation pending</source>
        <translation>بانتظار الشرح</translation>
    </message>
    <message>
        <source>breach open</source>
        <translation>إخلال قيد المعالجة</translation>
    </message>
</context>
<context>
    <name>Choice</name>
    <message>
        <source>Office visit</source>
        <translation>زيارة إلى المكتب</translation>
    </message>
    <message>
        <source>Home visit</source>
        <translation>زيارة منزلية</translation>
    </message>
    <message>
        <source>Telephone call</source>
        <translation>مكالمة هاتفية</translation>
    </message>
    <message>
        <source>Video call</source>
        <translation>مكالمة فيديو</translation>
    </message>
    <message>
        <source>Other</source>
        <translation>أخرى</translation>
    </message>
    <message>
        <source>Continue the supervision as it is</source>
        <translation>مواصلة الإشراف كما هو</translation>
    </message>
    <message>
        <source>Adjust the supervision</source>
        <translation>تعديل الإشراف</translation>
    </message>
    <message>
        <source>Recommend early termination to the authority</source>
        <translation>التوصية إلى السلطة بإنهاء مبكر</translation>
    </message>
    <message>
        <source>Recommend that the authority modify the conditions</source>
        <translation>التوصية بأن تعدّل السلطة الشروط</translation>
    </message>
    <message>
        <source>Complaint</source>
        <translation>شكوى</translation>
    </message>
    <message>
        <source>Request</source>
        <translation>طلب</translation>
    </message>
    <message>
        <source>Completed: the measure ran its full term</source>
        <translation>مكتمل: استوفى التدبير مدته كاملة</translation>
    </message>
    <message>
        <source>Ended early by the authority (rule 11.2)</source>
        <translation>أنهته السلطة مبكرًا (القاعدة 11.2)</translation>
    </message>
    <message>
        <source>Revoked by the authority after a breach (rule 14)</source>
        <translation>ألغته السلطة بعد إخلال (القاعدة 14)</translation>
    </message>
</context>
<context>
    <name>ComplaintDialog</name>
    <message>
        <source>Say what the complaint or request is about.</source>
        <translation>اذكر موضوع الشكوى أو الطلب.</translation>
    </message>
    <message>
        <source>The description</source>
        <translation>الوصف</translation>
    </message>
    <message>
        <source>Record a complaint or request</source>
        <translation>تسجيل شكوى أو طلب</translation>
    </message>
    <message>
        <source>The person may make a request or complaint about the measure to a judicial or other competent independent authority (rule 3.6). Record what they asked or complained about, and where you sent it.</source>
        <translation>يجوز للشخص أن يقدم طلبًا أو شكوى بشأن التدبير إلى سلطة قضائية أو سلطة مستقلة مختصة أخرى (القاعدة 3.6). سجّل ما طلبه الشخص أو اشتكى منه، والجهة التي أحلته إليها.</translation>
    </message>
    <message>
        <source>&amp;This is a</source>
        <translation>&amp;النوع</translation>
    </message>
    <message>
        <source>Complaint or request</source>
        <translation>شكوى أو طلب</translation>
    </message>
    <message>
        <source>&amp;Received on</source>
        <translation>&amp;تاريخ الاستلام</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Received on</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>&amp;What it is about</source>
        <translation>&amp;موضوع الشكوى أو الطلب</translation>
    </message>
    <message>
        <source>What the complaint or request is about</source>
        <translation>موضوع الشكوى أو الطلب</translation>
    </message>
    <message>
        <source>&amp;Sent on to an authority</source>
        <translation>&amp;أُحيل إلى سلطة مختصة</translation>
    </message>
    <message>
        <source>Sent on to an authority</source>
        <translation>أُحيل إلى سلطة مختصة</translation>
    </message>
    <message>
        <source>Sent t&amp;o</source>
        <translation>ال&amp;جهة المُحال إليها</translation>
    </message>
    <message>
        <source>Sent to</source>
        <translation>الجهة المُحال إليها</translation>
    </message>
    <message>
        <source>Sent o&amp;n</source>
        <translation>تاريخ الإ&amp;حالة</translation>
    </message>
    <message>
        <source>Sent on</source>
        <translation>تاريخ الإحالة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ConditionEditor</name>
    <message>
        <source>Why: {0}</source>
        <translation>السبب: {0}</translation>
    </message>
    <message>
        <source>Text ordered by the authority</source>
        <translation>النص الذي قررته السلطة المختصة</translation>
    </message>
    <message>
        <source>Te&amp;xt ordered by the authority</source>
        <translation>ال&amp;نص الذي قررته السلطة المختصة</translation>
    </message>
    <message>
        <source>Authority&apos;s reference</source>
        <translation>مرجع السلطة المختصة</translation>
    </message>
    <message>
        <source>Decision reference and paragraph</source>
        <translation>مرجع القرار والفقرة</translation>
    </message>
    <message>
        <source>Authorit&amp;y&apos;s reference</source>
        <translation>&amp;مرجع السلطة المختصة</translation>
    </message>
    <message>
        <source>Why this condition is needed for this person</source>
        <translation>سبب ضرورة هذا الشرط لهذا الشخص</translation>
    </message>
    <message>
        <source>Why it is necessary (rule 12.2)</source>
        <translation>سبب ضرورته (القاعدة 12.2)</translation>
    </message>
    <message>
        <source>&amp;Why it is necessary (rule 12.2) *</source>
        <translation>&amp;سبب ضرورته (القاعدة 12.2) *</translation>
    </message>
    <message>
        <source>As it will be issued:</source>
        <translation>بالصيغة التي سيصدر بها:</translation>
    </message>
    <message>
        <source>The condition as it will be issued</source>
        <translation>الشرط بالصيغة التي سيصدر بها</translation>
    </message>
    <message>
        <source>What is still missing</source>
        <translation>ما زال ناقصًا</translation>
    </message>
    <message>
        <source>enter the text the authority ordered</source>
        <translation>أدخل النص الذي قررته السلطة المختصة</translation>
    </message>
    <message>
        <source>enter the authority&apos;s reference</source>
        <translation>أدخل مرجع السلطة المختصة</translation>
    </message>
    <message>
        <source>say why the condition is necessary (rule 12.2)</source>
        <translation>اذكر سبب ضرورة الشرط (القاعدة 12.2)</translation>
    </message>
    <message>
        <source>Still to do: {0}</source>
        <translation>ما زال مطلوبًا: {0}</translation>
    </message>
</context>
<context>
    <name>ConsentDialog</name>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>No consent recorded yet for this measure.</source>
        <translation>لم تُسجَّل أي موافقة لهذا التدبير بعد.</translation>
    </message>
    <message>
        <source>consent given</source>
        <translation>مُنحت الموافقة</translation>
    </message>
    <message>
        <source>refused</source>
        <translation>رُفضت الموافقة</translation>
    </message>
    <message>
        <source>Already recorded on {0}: {1}. A new record becomes the current one; the earlier one stays in the case record.</source>
        <translation>سُجّل من قبل بتاريخ {0}: {1}. وسيصبح التسجيل الجديد هو التسجيل الحالي، ويبقى التسجيل السابق في سجل الملف.</translation>
    </message>
    <message>
        <source>Record consent</source>
        <translation>تسجيل الموافقة</translation>
    </message>
    <message>
        <source>Record refusal</source>
        <translation>تسجيل الرفض</translation>
    </message>
    <message>
        <source>No measure in this case needs the person&apos;s consent: rule 3.4 applies to obligations imposed before or instead of a trial.</source>
        <translation>لا يحتاج أي تدبير في هذا الملف إلى موافقة الشخص: فالقاعدة 3.4 تنطبق على الالتزامات المفروضة قبل المحاكمة أو بدلًا منها.</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>اختر التدبير.</translation>
    </message>
    <message>
        <source>Choose whether the person gives or refuses consent.</source>
        <translation>حدّد ما إذا كان الشخص يمنح موافقته أو يرفضها.</translation>
    </message>
    <message>
        <source>Consent is informed only when you have explained both the nature of the obligations and the consequences of refusing (rule 3.4). Tick both once you have explained them, or record a refusal.</source>
        <translation>لا تكون الموافقة مستنيرة إلا إذا شرحت طبيعة الالتزامات وعواقب الرفض معًا (القاعدة 3.4). ضع علامة على كليهما بعد شرحهما، أو سجّل الرفض.</translation>
    </message>
    <message>
        <source>Choose the language used.</source>
        <translation>اختر اللغة المستخدمة.</translation>
    </message>
    <message>
        <source>Consent to a pre-trial measure (rule 3.4)</source>
        <translation>الموافقة على تدبير سابق للمحاكمة (القاعدة 3.4)</translation>
    </message>
    <message>
        <source>Informed consent (rule 3.4)</source>
        <translation>الموافقة المستنيرة (القاعدة 3.4)</translation>
    </message>
    <message>
        <source>A measure that imposes an obligation before or instead of a trial needs the person&apos;s consent. Consent is informed only when you have explained, in a language the person understands, what the obligations are and what happens if they refuse. The person may refuse: record the refusal as well.</source>
        <translation>يحتاج التدبير الذي يفرض التزامًا قبل المحاكمة أو بدلًا منها إلى موافقة الشخص. ولا تكون الموافقة مستنيرة إلا إذا شرحت للشخص، بلغة يفهمها، ماهية الالتزامات وما يترتب على رفضه. ويجوز للشخص أن يرفض: فسجّل الرفض أيضًا.</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;التدبير</translation>
    </message>
    <message>
        <source>Measure that needs consent</source>
        <translation>التدبير الذي يحتاج إلى موافقة</translation>
    </message>
    <message>
        <source>Consent already recorded</source>
        <translation>الموافقة المسجّلة من قبل</translation>
    </message>
    <message>
        <source>Recorded &amp;on</source>
        <translation>&amp;تاريخ التسجيل</translation>
    </message>
    <message>
        <source>Date the consent was given or refused</source>
        <translation>تاريخ منح الموافقة أو رفضها</translation>
    </message>
    <message>
        <source>&amp;Language used</source>
        <translation>ال&amp;لغة المستخدمة</translation>
    </message>
    <message>
        <source>Language used</source>
        <translation>اللغة المستخدمة</translation>
    </message>
    <message>
        <source>&amp;Interpreter (if any)</source>
        <translation>المترجم ال&amp;شفوي (إن وُجد)</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>اسم المترجم الشفوي</translation>
    </message>
    <message>
        <source>What you explained to the person</source>
        <translation>ما شرحته للشخص</translation>
    </message>
    <message>
        <source>I explained the &amp;nature of the obligations: what the person will have to do, and for how long</source>
        <translation>شرحت &amp;طبيعة الالتزامات: ما سيتعين على الشخص فعله، وإلى متى</translation>
    </message>
    <message>
        <source>I explained the &amp;consequences of refusing consent</source>
        <translation>شرحت &amp;عواقب رفض الموافقة</translation>
    </message>
    <message>
        <source>The person&apos;s decision</source>
        <translation>قرار الشخص</translation>
    </message>
    <message>
        <source>The person &amp;gives consent</source>
        <translation>الشخص &amp;يمنح موافقته</translation>
    </message>
    <message>
        <source>The person &amp;refuses consent</source>
        <translation>الشخص ي&amp;رفض الموافقة</translation>
    </message>
    <message>
        <source>No&amp;tes (optional)</source>
        <translation>&amp;ملاحظات (اختيارية)</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Why the consent cannot be recorded yet</source>
        <translation>سبب تعذّر تسجيل الموافقة حتى الآن</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ContactDialog</name>
    <message>
        <source>A contact cannot be in the future: record it once it has happened.</source>
        <translation>لا يمكن أن يكون الاتصال في المستقبل: سجّله بعد حدوثه.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Record a contact</source>
        <translation>تسجيل اتصال</translation>
    </message>
    <message>
        <source>Record a contact with the person: when it happened, how, and whether the person attended.</source>
        <translation>سجّل اتصالًا بالشخص: متى جرى، وكيف، وهل حضر الشخص.</translation>
    </message>
    <message>
        <source>&amp;When</source>
        <translation>&amp;الوقت</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>When the contact happened</source>
        <translation>وقت الاتصال</translation>
    </message>
    <message>
        <source>&amp;Type of contact</source>
        <translation>&amp;نوع الاتصال</translation>
    </message>
    <message>
        <source>Type of contact</source>
        <translation>نوع الاتصال</translation>
    </message>
    <message>
        <source>The person &amp;attended</source>
        <translation>&amp;حضر الشخص</translation>
    </message>
    <message>
        <source>&amp;Notes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>CreateProfileDialog</name>
    <message>
        <source>Enter your name and your office.</source>
        <translation>أدخل اسمك ومكتبك.</translation>
    </message>
    <message>
        <source>The two passphrases are not the same.</source>
        <translation>عبارتا المرور غير متطابقتين.</translation>
    </message>
    <message>
        <source>Creating your encrypted profile…</source>
        <translation>جارٍ إنشاء حسابك المشفّر…</translation>
    </message>
    <message>
        <source>New officer profile</source>
        <translation>حساب مشرف جديد</translation>
    </message>
    <message>
        <source>Your case records are kept encrypted on this computer. Choose a passphrase of at least 12 characters that you do not use anywhere else: several words are easiest to remember. Nobody, not even head office, can recover it for you.</source>
        <translation>تُحفظ سجلات ملفاتك مشفّرةً على هذا الحاسوب. اختر عبارة مرور لا يقل طولها عن 12 حرفًا ولا تستخدمها في أي مكان آخر: فالعبارة المكوّنة من عدة كلمات أسهل في التذكر. ولا يستطيع أحد استعادتها لك، ولا حتى المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Your &amp;name</source>
        <translation>&amp;اسمك</translation>
    </message>
    <message>
        <source>Your name</source>
        <translation>اسمك</translation>
    </message>
    <message>
        <source>&amp;Office</source>
        <translation>ال&amp;مكتب</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>&amp;Repeat it</source>
        <translation>&amp;كرّرها</translation>
    </message>
    <message>
        <source>Repeat the passphrase</source>
        <translation>كرّر عبارة المرور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
</context>
<context>
    <name>Dashboard</name>
    <message>
        <source>Measures by type (dark: in force; light: ended)</source>
        <translation>التدابير حسب النوع (الداكن: سارية؛ الفاتح: منتهية)</translation>
    </message>
    <message>
        <source>Explanation pending (rule 12.3)</source>
        <translation>بانتظار الشرح (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>Review due in 14 days (rule 10.3)</source>
        <translation>مراجعة مستحقة خلال 14 يومًا (القاعدة 10.3)</translation>
    </message>
    <message>
        <source>Breach open (rule 14)</source>
        <translation>إخلال قيد المعالجة (القاعدة 14)</translation>
    </message>
    <message>
        <source>Ending in 14 days (rule 11)</source>
        <translation>ينتهي خلال 14 يومًا (القاعدة 11)</translation>
    </message>
    <message>
        <source>What is due</source>
        <translation>المهام المستحقة</translation>
    </message>
    <message>
        <source>Explanation pending</source>
        <translation>بانتظار الشرح</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>مراجعة مستحقة</translation>
    </message>
    <message>
        <source>Breach open</source>
        <translation>إخلال قيد المعالجة</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>ينتهي قريبًا</translation>
    </message>
    <message>
        <source>Measures by type</source>
        <translation>التدابير حسب النوع</translation>
    </message>
</context>
<context>
    <name>DomainMessage</name>
    <message>
        <source>the opening date</source>
        <translation>تاريخ فتح الملف</translation>
    </message>
    <message>
        <source>the date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>the decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>the start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>the end date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>early-termination eligibility</source>
        <translation>تاريخ أهلية الإنهاء المبكر</translation>
    </message>
    <message>
        <source>the consent date</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>the review date</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>the measure&apos;s decision date</source>
        <translation>تاريخ قرار فرض التدبير</translation>
    </message>
    <message>
        <source>the modification&apos;s decision date</source>
        <translation>تاريخ قرار التعديل</translation>
    </message>
    <message>
        <source>the report date</source>
        <translation>تاريخ الإبلاغ</translation>
    </message>
    <message>
        <source>the date of the breach</source>
        <translation>تاريخ الإخلال</translation>
    </message>
    <message>
        <source>the date of the account</source>
        <translation>تاريخ الإفادة</translation>
    </message>
    <message>
        <source>the response date</source>
        <translation>تاريخ الرد</translation>
    </message>
    <message>
        <source>the date received</source>
        <translation>تاريخ الاستلام</translation>
    </message>
    <message>
        <source>the date sent</source>
        <translation>تاريخ الإرسال</translation>
    </message>
    <message>
        <source>the closing date</source>
        <translation>تاريخ إغلاق الملف</translation>
    </message>
    <message>
        <source>the interpreter is a relative: use an independent interpreter where one can be found</source>
        <translation>المترجم الشفوي من أقارب الشخص: استعن بمترجم شفوي مستقل متى أمكن ذلك</translation>
    </message>
    <message>
        <source>the interpreter is a child: use an independent interpreter where one can be found</source>
        <translation>المترجم الشفوي طفل: استعن بمترجم شفوي مستقل متى أمكن ذلك</translation>
    </message>
    <message>
        <source>this case has already been opened</source>
        <translation>سبق فتح هذا الملف</translation>
    </message>
    <message>
        <source>the case must be opened first</source>
        <translation>يجب فتح الملف أولًا</translation>
    </message>
    <message>
        <source>the case is closed; only notes and corrections can be added</source>
        <translation>الملف مغلق؛ لا يمكن أن تُضاف إليه سوى الملاحظات والتصحيحات</translation>
    </message>
    <message>
        <source>{field} cannot be in the future</source>
        <translation>لا يمكن أن يكون {field} في المستقبل</translation>
    </message>
    <message>
        <source>{later} cannot be before {earlier}</source>
        <translation>لا يمكن أن يكون {later} قبل {earlier}</translation>
    </message>
    <message>
        <source>the measure does not exist in this case</source>
        <translation>التدبير غير موجود في هذا الملف</translation>
    </message>
    <message>
        <source>the measure has already ended</source>
        <translation>انتهى التدبير بالفعل</translation>
    </message>
    <message>
        <source>the preferred language must be one of the person&apos;s languages</source>
        <translation>يجب أن تكون اللغة المفضلة إحدى لغات الشخص</translation>
    </message>
    <message>
        <source>the jurisdiction is not in the catalogue</source>
        <translation>الولاية القضائية غير موجودة في الفهرس</translation>
    </message>
    <message>
        <source>{field} was changed by someone else since you opened the case; reload and try again</source>
        <translation>عدّل شخص آخر الحقل {field} منذ أن فتحت الملف؛ أعد تحميل الملف وحاول مرة أخرى</translation>
    </message>
    <message>
        <source>the measure would last {days} days, more than the maximum of {limit} days set by the authority or the law (rule 11.1)</source>
        <translation>ستبلغ مدة التدبير {days} يومًا، متجاوزةً الحد الأقصى البالغ {limit} يومًا الذي حددته السلطة المختصة أو القانون (القاعدة 11.1)</translation>
    </message>
    <message>
        <source>a measure with this id already exists</source>
        <translation>يوجد بالفعل تدبير بهذا المعرّف</translation>
    </message>
    <message>
        <source>the measure type is not in the catalogue</source>
        <translation>نوع التدبير غير موجود في الفهرس</translation>
    </message>
    <message>
        <source>a measure with obligations needs an end date (rule 11.1)</source>
        <translation>يحتاج التدبير الذي يفرض التزامات إلى تاريخ انتهاء (القاعدة 11.1)</translation>
    </message>
    <message>
        <source>the authority&apos;s maximum is longer than the legal maximum of {limit} days</source>
        <translation>الحد الأقصى الذي حددته السلطة المختصة أطول من الحد الأقصى القانوني البالغ {limit} يومًا</translation>
    </message>
    <message>
        <source>consent is informed only when the obligations and the consequences of refusing have been explained (rule 3.4)</source>
        <translation>لا تكون الموافقة مستنيرة إلا إذا شُرحت الالتزامات وعواقب الرفض (القاعدة 3.4)</translation>
    </message>
    <message>
        <source>this measure type does not require consent; it is recorded anyway</source>
        <translation>لا يتطلب هذا النوع من التدابير موافقة؛ ومع ذلك سُجّلت الموافقة</translation>
    </message>
    <message>
        <source>a condition with this id already exists</source>
        <translation>يوجد بالفعل شرط بهذا المعرّف</translation>
    </message>
    <message>
        <source>a condition outside the catalogue needs its text and the authority&apos;s reference</source>
        <translation>يحتاج الشرط من خارج الفهرس إلى نصه وإلى مرجع السلطة المختصة</translation>
    </message>
    <message>
        <source>the condition is not in the catalogue at that version</source>
        <translation>الشرط غير موجود في الفهرس بهذا الإصدار</translation>
    </message>
    <message>
        <source>condition {condition} cannot be imposed under a measure of type {measure_type}</source>
        <translation>لا يمكن فرض الشرط {condition} في إطار تدبير من نوع {measure_type}</translation>
    </message>
    <message>
        <source>this measure type imposes no obligations, so it takes no conditions</source>
        <translation>هذا النوع من التدابير لا يفرض التزامات، ولذلك لا تُفرض في إطاره شروط</translation>
    </message>
    <message>
        <source>record the person&apos;s informed consent before imposing an obligation under a pre-trial measure (rule 3.4)</source>
        <translation>سجّل الموافقة المستنيرة للشخص قبل فرض أي التزام في إطار تدبير سابق للمحاكمة (القاعدة 3.4)</translation>
    </message>
    <message>
        <source>the conditions have been explained already; a change needs a modification by the authority (rule 12.4)</source>
        <translation>سبق شرح الشروط؛ وأي تغيير يتطلب تعديلًا من السلطة المختصة (القاعدة 12.4)</translation>
    </message>
    <message>
        <source>this measure would have more than {limit} conditions; keep them to the minimum needed (rule 12.2)</source>
        <translation>سيزيد عدد شروط هذا التدبير على {limit}؛ اقتصر على الحد الأدنى الضروري منها (القاعدة 12.2)</translation>
    </message>
    <message>
        <source>a modification needs the competent authority and its decision reference (rule 12.4)</source>
        <translation>يتطلب التعديل ذكر السلطة المختصة ومرجع قرارها (القاعدة 12.4)</translation>
    </message>
    <message>
        <source>the modification changes nothing</source>
        <translation>التعديل لا يغيّر شيئًا</translation>
    </message>
    <message>
        <source>the modification refers to a condition that is not in force</source>
        <translation>يشير التعديل إلى شرط غير سارٍ</translation>
    </message>
    <message>
        <source>this measure would have {count} conditions, more than {limit}; keep them to the minimum needed (rule 12.2)</source>
        <translation>سيبلغ عدد شروط هذا التدبير {count}، أي أكثر من {limit}؛ اقتصر على الحد الأدنى الضروري منها (القاعدة 12.2)</translation>
    </message>
    <message>
        <source>the explanation cannot be in the future</source>
        <translation>لا يمكن أن يكون الشرح في المستقبل</translation>
    </message>
    <message>
        <source>the conditions have changed since this explanation began; start again</source>
        <translation>تغيّرت الشروط منذ بدء هذا الشرح؛ ابدأ من جديد</translation>
    </message>
    <message>
        <source>a condition appears twice in the explanation</source>
        <translation>يرد أحد الشروط مرتين في الشرح</translation>
    </message>
    <message>
        <source>{count} condition(s) in force were not explained (rule 12.3)</source>
        <translation>عدد الشروط السارية التي لم تُشرح: {count} (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>the explanation lists a condition that is not in force</source>
        <translation>يذكر الشرح شرطًا غير سارٍ</translation>
    </message>
    <message>
        <source>every condition must be explained orally (rule 12.3)</source>
        <translation>يجب شرح كل شرط شفهيًا (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>the person&apos;s rights must be explained (rule 12.3)</source>
        <translation>يجب شرح حقوق الشخص (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>what happens after a breach must be explained (rules 12.3, 14)</source>
        <translation>يجب شرح ما يحدث بعد الإخلال (القاعدتان 12.3 و14)</translation>
    </message>
    <message>
        <source>say why the written copy will be given later</source>
        <translation>اذكر سبب تسليم النسخة المكتوبة لاحقًا</translation>
    </message>
    <message>
        <source>record the reason the person disagrees or could not answer</source>
        <translation>سجّل سبب عدم موافقة الشخص أو عدم تمكنه من الإجابة</translation>
    </message>
    <message>
        <source>a mark or thumbprint needs the witness&apos;s name</source>
        <translation>تتطلب العلامة أو بصمة الإبهام ذكر اسم الشاهد</translation>
    </message>
    <message>
        <source>the person needs an interpreter but none is recorded</source>
        <translation>يحتاج الشخص إلى مترجم شفوي، لكن لم يُسجَّل أي مترجم</translation>
    </message>
    <message>
        <source>the explanation language is not one the person is recorded as knowing</source>
        <translation>لغة الشرح ليست من اللغات المسجَّلة على أن الشخص يعرفها</translation>
    </message>
    <message>
        <source>a condition was not understood: plan a follow-up explanation</source>
        <translation>لم يُفهم أحد الشروط: خطّط لجلسة شرح لاحقة</translation>
    </message>
    <message>
        <source>the reprinted document does not exist in this case</source>
        <translation>المستند المعاد طبعه غير موجود في هذا الملف</translation>
    </message>
    <message>
        <source>a document with this id already exists</source>
        <translation>يوجد بالفعل مستند بهذا المعرّف</translation>
    </message>
    <message>
        <source>a contact cannot be recorded in the future</source>
        <translation>لا يمكن تسجيل تواصل في المستقبل</translation>
    </message>
    <message>
        <source>the next review must be after this one</source>
        <translation>يجب أن تكون المراجعة التالية بعد هذه المراجعة</translation>
    </message>
    <message>
        <source>a breach with this id already exists</source>
        <translation>يوجد بالفعل إخلال بهذا المعرّف</translation>
    </message>
    <message>
        <source>a breach must concern conditions of this measure that are in force</source>
        <translation>يجب أن يتعلق الإخلال بشروط سارية من شروط هذا التدبير</translation>
    </message>
    <message>
        <source>the breach does not exist in this case</source>
        <translation>الإخلال غير موجود في هذا الملف</translation>
    </message>
    <message>
        <source>this breach already has a response; record a correction instead</source>
        <translation>سبق اتخاذ إجراء بشأن هذا الإخلال؛ سجّل تصحيحًا بدلًا من ذلك</translation>
    </message>
    <message>
        <source>record the person&apos;s account of the breach before any referral (rule 14.2)</source>
        <translation>سجّل إفادة الشخص بشأن الإخلال قبل أي إحالة (القاعدة 14.2)</translation>
    </message>
    <message>
        <source>list the non-custodial alternatives considered before a referral (rules 14.3, 14.4)</source>
        <translation>اذكر البدائل غير الاحتجازية التي نُظر فيها قبل الإحالة (القاعدتان 14.3 و14.4)</translation>
    </message>
    <message>
        <source>tell the person of the right to appeal before a referral (rule 14.6)</source>
        <translation>أبلغ الشخص بحقه في الطعن قبل الإحالة (القاعدة 14.6)</translation>
    </message>
    <message>
        <source>say where the complaint or request was sent</source>
        <translation>اذكر الجهة التي أُرسلت إليها الشكوى أو الطلب</translation>
    </message>
    <message>
        <source>early termination and revocation need the authority and its decision reference</source>
        <translation>يتطلب الإنهاء المبكر والإلغاء ذكر السلطة المختصة ومرجع قرارها</translation>
    </message>
    <message>
        <source>a measure completes on or after its end date; before it, record an early termination (rule 11.2)</source>
        <translation>يكتمل التدبير في تاريخ انتهائه أو بعده؛ أما قبل ذلك فسجّل إنهاءً مبكرًا (القاعدة 11.2)</translation>
    </message>
    <message>
        <source>early termination must be before the end date</source>
        <translation>يجب أن يكون الإنهاء المبكر قبل تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>revocation follows a breach referred to the authority under the rule 14 safeguards</source>
        <translation>لا يكون الإلغاء إلا بعد إحالة إخلال إلى السلطة المختصة وفق ضمانات القاعدة 14</translation>
    </message>
    <message>
        <source>every measure must end before the case is closed</source>
        <translation>يجب أن تنتهي جميع التدابير قبل إغلاق الملف</translation>
    </message>
    <message>
        <source>the corrected event does not exist in this case</source>
        <translation>الحدث المصحَّح غير موجود في هذا الملف</translation>
    </message>
    <message>
        <source>correct the original event, not a correction</source>
        <translation>صحّح الحدث الأصلي، لا تصحيحًا سابقًا</translation>
    </message>
    <message>
        <source>Field required</source>
        <translation>حقل مطلوب</translation>
    </message>
    <message>
        <source>Extra inputs are not permitted</source>
        <translation>لا يُسمح بحقول إضافية</translation>
    </message>
    <message>
        <source>Input should be a valid string</source>
        <translation>يجب أن تكون القيمة نصًا</translation>
    </message>
    <message>
        <source>String should have at least {count} character(s)</source>
        <translation>يجب ألا يقل عدد أحرف النص عن {count}</translation>
    </message>
    <message>
        <source>String should have at most {count} character(s)</source>
        <translation>يجب ألا يزيد عدد أحرف النص على {count}</translation>
    </message>
    <message>
        <source>Should have at least {count} item(s)</source>
        <translation>يجب ألا يقل عدد العناصر عن {count}</translation>
    </message>
    <message>
        <source>Should have at most {count} item(s)</source>
        <translation>يجب ألا يزيد عدد العناصر على {count}</translation>
    </message>
    <message>
        <source>Input should be greater than or equal to {limit}</source>
        <translation>يجب أن تكون القيمة أكبر من {limit} أو مساوية له</translation>
    </message>
    <message>
        <source>Input should be less than or equal to {limit}</source>
        <translation>يجب أن تكون القيمة أصغر من {limit} أو مساوية له</translation>
    </message>
    <message>
        <source>String should match pattern {pattern}</source>
        <translation>يجب أن يطابق النص النمط {pattern}</translation>
    </message>
    <message>
        <source>Input should be {expected}</source>
        <translation>يجب أن تكون القيمة {expected}</translation>
    </message>
    <message>
        <source>Input should be a valid integer</source>
        <translation>يجب أن تكون القيمة عددًا صحيحًا</translation>
    </message>
    <message>
        <source>Input should be a valid boolean</source>
        <translation>يجب أن تكون القيمة صحيحًا أو خطأً</translation>
    </message>
    <message>
        <source>Input should be a valid date (YYYY-MM-DD)</source>
        <translation>يجب أن تكون القيمة تاريخًا صالحًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>Input should be a valid date and time</source>
        <translation>يجب أن تكون القيمة تاريخًا ووقتًا صالحين</translation>
    </message>
    <message>
        <source>Input should have timezone info</source>
        <translation>يجب أن تتضمن القيمة المنطقة الزمنية</translation>
    </message>
    <message>
        <source>Input should be a valid dictionary</source>
        <translation>يجب أن تكون القيمة قاموسًا</translation>
    </message>
    <message>
        <source>Input should be a valid list</source>
        <translation>يجب أن تكون القيمة قائمة</translation>
    </message>
    <message>
        <source>{field}: {problem}</source>
        <translation>{field}: {problem}</translation>
    </message>
    <message>
        <source>nothing to record</source>
        <translation>لا يوجد ما يُسجَّل</translation>
    </message>
    <message>
        <source>after this correction: {problem}</source>
        <translation>بعد هذا التصحيح: {problem}</translation>
    </message>
    <message>
        <source>the reserved block of case numbers is empty</source>
        <translation>مجموعة أرقام الملفات المحجوزة فارغة</translation>
    </message>
</context>
<context>
    <name>EnrollDialog</name>
    <message>
        <source>&amp;Enroll</source>
        <translation>&amp;تسجيل الجهاز</translation>
    </message>
    <message>
        <source>This device is already enrolled for {0}. Enroll again only when head office asks you to.</source>
        <translation>هذا الجهاز مسجّل بالفعل باسم {0}. لا تُعِد تسجيله إلا إذا طلب منك المكتب الرئيسي ذلك.</translation>
    </message>
    <message>
        <source>Enter the head-office address, for example https://headoffice.org:8443.</source>
        <translation>أدخل عنوان المكتب الرئيسي، مثل https://headoffice.org:8443.</translation>
    </message>
    <message>
        <source>The head-office address must look like https://host:port.</source>
        <translation>يجب أن يكون عنوان المكتب الرئيسي على الشكل https://host:port.</translation>
    </message>
    <message>
        <source>The head-office address is only https://host:port, no path.</source>
        <translation>يقتصر عنوان المكتب الرئيسي على https://host:port، دون مسار.</translation>
    </message>
    <message>
        <source>Head office must be reached over https, not http.</source>
        <translation>يجب الاتصال بالمكتب الرئيسي عبر https، لا عبر http.</translation>
    </message>
    <message>
        <source>The fingerprint holds only hexadecimal digits (0-9, A-F), colons and spaces.</source>
        <translation>لا تحتوي البصمة إلا على أرقام ست عشرية (0-9، A-F) ونقطتين رأسيتين (:) ومسافات.</translation>
    </message>
    <message>
        <source>Enter the certificate fingerprint head office gave you.</source>
        <translation>أدخل بصمة الشهادة التي أعطاك إياها المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>The fingerprint has {0} hexadecimal digits; it needs 64.</source>
        <translation>عدد الأرقام الست عشرية في البصمة {0}؛ والمطلوب 64.</translation>
    </message>
    <message>
        <source>The enrollment code has 12 letters and digits, like ABCD-EFGH-JKMN.</source>
        <translation>يتكوّن رمز التسجيل من 12 حرفًا ورقمًا، مثل ABCD-EFGH-JKMN.</translation>
    </message>
    <message>
        <source>Enrolling with head office…</source>
        <translation>جارٍ التسجيل لدى المكتب الرئيسي…</translation>
    </message>
    <message>
        <source>Enrolled. Head office knows this device as the device of {0}; the first sync has started.</source>
        <translation>تم التسجيل. يعرف المكتب الرئيسي هذا الجهاز بأنه جهاز {0}؛ وقد بدأت المزامنة الأولى.</translation>
    </message>
    <message>
        <source>&amp;Close</source>
        <translation>إ&amp;غلاق</translation>
    </message>
    <message>
        <source>The server&apos;s certificate does not match this fingerprint: nothing was sent. Check the fingerprint with head office.</source>
        <translation>شهادة الخادم لا تطابق هذه البصمة: لم يُرسَل أي شيء. تحقّق من البصمة مع المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Head office could not be reached: check the address and the connection, then try again.</source>
        <translation>تعذّر الوصول إلى المكتب الرئيسي: تحقّق من العنوان ومن الاتصال، ثم أعد المحاولة.</translation>
    </message>
    <message>
        <source>Head office did not enroll this device: {0}</source>
        <translation>لم يسجّل المكتب الرئيسي هذا الجهاز: {0}</translation>
    </message>
    <message>
        <source>Enroll this device with head office</source>
        <translation>تسجيل هذا الجهاز لدى المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Head office gives you three things for this device: its address, the fingerprint of its certificate, and a one-time enrollment code. Type them exactly as printed. Once enrolled, this device sends your records to head office and receives the cases assigned to you.</source>
        <translation>يعطيك المكتب الرئيسي ثلاثة أشياء لهذا الجهاز: عنوان المكتب الرئيسي، وبصمة شهادته، ورمز تسجيل صالحًا لمرة واحدة. اكتبها تمامًا كما هي مطبوعة. وبعد التسجيل، يرسل هذا الجهاز سجلاتك إلى المكتب الرئيسي ويستقبل الملفات المسندة إليك.</translation>
    </message>
    <message>
        <source>Head-office &amp;address</source>
        <translation>&amp;عنوان المكتب الرئيسي</translation>
    </message>
    <message>
        <source>https://headoffice.example.org:8443</source>
        <translation>https://headoffice.example.org:8443</translation>
    </message>
    <message>
        <source>Head-office address</source>
        <translation>عنوان المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Certificate &amp;fingerprint</source>
        <translation>&amp;بصمة الشهادة</translation>
    </message>
    <message>
        <source>64 hexadecimal digits, e.g. 3A:F0:…</source>
        <translation>64 رقمًا ست عشريًا، مثل 3A:F0:…</translation>
    </message>
    <message>
        <source>Certificate fingerprint (SHA-256)</source>
        <translation>بصمة الشهادة (SHA-256)</translation>
    </message>
    <message>
        <source>Enrollment c&amp;ode</source>
        <translation>&amp;رمز التسجيل</translation>
    </message>
    <message>
        <source>XXXX-XXXX-XXXX</source>
        <translation>XXXX-XXXX-XXXX</translation>
    </message>
    <message>
        <source>One-time enrollment code</source>
        <translation>رمز تسجيل لمرة واحدة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Enrolling</source>
        <translation>جارٍ التسجيل</translation>
    </message>
</context>
<context>
    <name>ExplanationWizard</name>
    <message>
        <source>Yes, fully</source>
        <translation>نعم، تمامًا</translation>
    </message>
    <message>
        <source>Partly</source>
        <translation>جزئيًا</translation>
    </message>
    <message>
        <source>No</source>
        <translation>لا</translation>
    </message>
    <message>
        <source>In person</source>
        <translation>حضوريًا</translation>
    </message>
    <message>
        <source>By telephone</source>
        <translation>عبر الهاتف</translation>
    </message>
    <message>
        <source>By video</source>
        <translation>عبر الفيديو</translation>
    </message>
    <message>
        <source>Sign language</source>
        <translation>لغة الإشارة</translation>
    </message>
    <message>
        <source>Professional interpreter</source>
        <translation>مترجم محترف</translation>
    </message>
    <message>
        <source>A relative of the person</source>
        <translation>أحد أقارب الشخص</translation>
    </message>
    <message>
        <source>A child</source>
        <translation>طفل</translation>
    </message>
    <message>
        <source>Someone else</source>
        <translation>شخص آخر</translation>
    </message>
    <message>
        <source>Understands and accepts the conditions</source>
        <translation>يفهم الشروط ويقبلها</translation>
    </message>
    <message>
        <source>Disagrees with the conditions</source>
        <translation>لا يوافق على الشروط</translation>
    </message>
    <message>
        <source>Could not answer</source>
        <translation>لم يتمكن من الإجابة</translation>
    </message>
    <message>
        <source>There is no sheet in the person&apos;s language ({0}) yet: explain with an interpreter and choose a language they read.</source>
        <translation>لا توجد بعد ورقة بلغة الشخص ({0}): اشرح بمساعدة مترجم شفوي، واختر لغة يقرؤها.</translation>
    </message>
    <message>
        <source>Given now, with the oral explanation</source>
        <translation>تُسلَّم الآن، مع الشرح الشفوي</translation>
    </message>
    <message>
        <source>Given later</source>
        <translation>تُسلَّم لاحقًا</translation>
    </message>
    <message>
        <source>A relative or a child should not interpret: they may not translate accurately or neutrally. Use an independent interpreter where one can be found, and record why if none could.</source>
        <translation>لا ينبغي أن يتولى الترجمة أحد الأقارب أو طفل: فقد لا يترجم بدقة أو بحياد. استعن بمترجم شفوي مستقل متى أمكن العثور عليه، وسجّل السبب إذا تعذّر ذلك.</translation>
    </message>
    <message>
        <source>1. Before you start</source>
        <translation>1. قبل أن تبدأ</translation>
    </message>
    <message>
        <source>2. Condition {0} of {1}</source>
        <translation>2. الشرط {0} من {1}</translation>
    </message>
    <message>
        <source>3. Rights, and what happens after a breach</source>
        <translation>3. الحقوق، وما يحدث بعد الإخلال</translation>
    </message>
    <message>
        <source>4. Questions and response</source>
        <translation>4. الأسئلة والرد</translation>
    </message>
    <message>
        <source>5. The written sheet</source>
        <translation>5. الورقة المكتوبة</translation>
    </message>
    <message>
        <source>6. Acknowledgement</source>
        <translation>6. الإقرار</translation>
    </message>
    <message>
        <source>&amp;Finish</source>
        <translation>&amp;إنهاء</translation>
    </message>
    <message>
        <source>&amp;Next</source>
        <translation>&amp;التالي</translation>
    </message>
    <message>
        <source>Say where the explanation takes place.</source>
        <translation>اذكر مكان الشرح.</translation>
    </message>
    <message>
        <source>Say why the written copy will be given later.</source>
        <translation>اذكر سبب تسليم النسخة المكتوبة لاحقًا.</translation>
    </message>
    <message>
        <source>Enter the interpreter&apos;s name.</source>
        <translation>أدخل اسم المترجم الشفوي.</translation>
    </message>
    <message>
        <source>Explain this condition orally before going on (rule 12.3).</source>
        <translation>اشرح هذا الشرط شفويًا قبل المتابعة (القاعدة 12.3).</translation>
    </message>
    <message>
        <source>Explain the rights and what happens after a breach (rules 12.3, 14).</source>
        <translation>اشرح الحقوق وما يحدث بعد الإخلال (القاعدتان 12.3 و14).</translation>
    </message>
    <message>
        <source>Record why the person disagrees or could not answer.</source>
        <translation>سجّل سبب عدم موافقة الشخص أو عدم قدرته على الإجابة.</translation>
    </message>
    <message>
        <source>Print the sheet (or save it as PDF) and give it to the person.</source>
        <translation>اطبع الورقة (أو احفظها بصيغة PDF) وسلّمها إلى الشخص.</translation>
    </message>
    <message>
        <source>A mark or thumbprint needs the witness&apos;s name.</source>
        <translation>تتطلب العلامة أو بصمة الإبهام ذكر اسم الشاهد.</translation>
    </message>
    <message>
        <source>Condition</source>
        <translation>الشرط</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>السبب: {0}</translation>
    </message>
    <message>
        <source>How it is checked: {0}</source>
        <translation>طريقة التحقق: {0}</translation>
    </message>
    <message>
        <source>Preparing the sheet…</source>
        <translation>جارٍ إعداد الورقة…</translation>
    </message>
    <message>
        <source>{0} pages. Verification code {1}.</source>
        <translation>عدد الصفحات: {0}. رمز التحقق: {1}.</translation>
    </message>
    <message>
        <source>{0} Save the sheet as PDF and print it elsewhere.</source>
        <translation>{0} احفظ الورقة بصيغة PDF واطبعها في مكان آخر.</translation>
    </message>
    <message>
        <source>Issued: verification code {0}.</source>
        <translation>صدرت الورقة: رمز التحقق {0}.</translation>
    </message>
    <message>
        <source>{0} of {1} conditions explained orally. Sheet: {2}.</source>
        <translation>الشروط المشروحة شفويًا: {0} من {1}. الورقة: {2}.</translation>
    </message>
    <message>
        <source>not issued</source>
        <translation>لم تصدر</translation>
    </message>
    <message>
        <source>Explanation recorded</source>
        <translation>سُجّل الشرح</translation>
    </message>
    <message>
        <source>Explain the conditions (rule 12.3)</source>
        <translation>شرح الشروط (القاعدة 12.3)</translation>
    </message>
    <message>
        <source>Step</source>
        <translation>الخطوة</translation>
    </message>
    <message>
        <source>Explain every condition to the person orally, in a language they understand, and give them the written sheet (rule 12.3).</source>
        <translation>اشرح كل شرط للشخص شفويًا، بلغة يفهمها، وسلّمه الورقة المكتوبة (القاعدة 12.3).</translation>
    </message>
    <message>
        <source>&amp;Language of the explanation</source>
        <translation>&amp;لغة الشرح</translation>
    </message>
    <message>
        <source>Language of the explanation</source>
        <translation>لغة الشرح</translation>
    </message>
    <message>
        <source>Written sheet</source>
        <translation>الورقة المكتوبة</translation>
    </message>
    <message>
        <source>&amp;Easy Read</source>
        <translation>ال&amp;نسخة الميسّرة</translation>
    </message>
    <message>
        <source>Lar&amp;ge print</source>
        <translation>&amp;خط كبير</translation>
    </message>
    <message>
        <source>&amp;Place</source>
        <translation>الم&amp;كان</translation>
    </message>
    <message>
        <source>Place of the explanation</source>
        <translation>مكان الشرح</translation>
    </message>
    <message>
        <source>&amp;Written copy</source>
        <translation>&amp;تسليم النسخة المكتوبة</translation>
    </message>
    <message>
        <source>When the written copy is given</source>
        <translation>موعد تسليم النسخة المكتوبة</translation>
    </message>
    <message>
        <source>Why the written copy is given later</source>
        <translation>سبب تسليم النسخة المكتوبة لاحقًا</translation>
    </message>
    <message>
        <source>An &amp;interpreter took part</source>
        <translation>&amp;شارك مترجم شفوي</translation>
    </message>
    <message>
        <source>Why la&amp;ter</source>
        <translation>سبب التأ&amp;جيل</translation>
    </message>
    <message>
        <source>Na&amp;me</source>
        <translation>الاس&amp;م</translation>
    </message>
    <message>
        <source>Interpreter&apos;s name</source>
        <translation>اسم المترجم الشفوي</translation>
    </message>
    <message>
        <source>&amp;Accreditation</source>
        <translation>الا&amp;عتماد</translation>
    </message>
    <message>
        <source>Interpreter&apos;s accreditation</source>
        <translation>اعتماد المترجم الشفوي</translation>
    </message>
    <message>
        <source>&amp;How</source>
        <translation>&amp;طريقة الترجمة</translation>
    </message>
    <message>
        <source>How the interpreter took part</source>
        <translation>طريقة مشاركة المترجم الشفوي</translation>
    </message>
    <message>
        <source>&amp;Relationship</source>
        <translation>&amp;صلته بالشخص</translation>
    </message>
    <message>
        <source>Interpreter&apos;s relationship to the person</source>
        <translation>صلة المترجم الشفوي بالشخص</translation>
    </message>
    <message>
        <source>Interpreter warning</source>
        <translation>تنبيه بشأن المترجم الشفوي</translation>
    </message>
    <message>
        <source>In the person&apos;s language</source>
        <translation>بلغة الشخص</translation>
    </message>
    <message>
        <source>Condition in the person&apos;s language</source>
        <translation>الشرط بلغة الشخص</translation>
    </message>
    <message>
        <source>In your language</source>
        <translation>بلغتك</translation>
    </message>
    <message>
        <source>Condition in your language</source>
        <translation>الشرط بلغتك</translation>
    </message>
    <message>
        <source>Why the condition exists</source>
        <translation>سبب وجود الشرط</translation>
    </message>
    <message>
        <source>How the condition is checked</source>
        <translation>طريقة التحقق من الشرط</translation>
    </message>
    <message>
        <source>I &amp;explained this condition orally</source>
        <translation>&amp;شرحت هذا الشرط شفويًا</translation>
    </message>
    <message>
        <source>The person &amp;understood it</source>
        <translation>&amp;فهمه الشخص</translation>
    </message>
    <message>
        <source>How well the person understood</source>
        <translation>مدى فهم الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s rights, and what happens after a breach</source>
        <translation>حقوق الشخص، وما يحدث بعد الإخلال</translation>
    </message>
    <message>
        <source>Rights in the person&apos;s language</source>
        <translation>الحقوق بلغة الشخص</translation>
    </message>
    <message>
        <source>I explained the person&apos;s &amp;rights</source>
        <translation>شرحت &amp;حقوق الشخص</translation>
    </message>
    <message>
        <source>I explained what happens if a condition is br&amp;oken (rule 14)</source>
        <translation>شرحت ما يحدث إذا &amp;أُخلّ بشرط (القاعدة 14)</translation>
    </message>
    <message>
        <source>&amp;Reason</source>
        <translation>الس&amp;بب</translation>
    </message>
    <message>
        <source>&amp;Refused to sign</source>
        <translation>&amp;رفض التوقيع</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;questions, and your answers</source>
        <translation>&amp;أسئلة الشخص وأجوبتك</translation>
    </message>
    <message>
        <source>Questions and answers</source>
        <translation>الأسئلة والأجوبة</translation>
    </message>
    <message>
        <source>The person&apos;s r&amp;esponse</source>
        <translation>&amp;رد الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s response</source>
        <translation>رد الشخص</translation>
    </message>
    <message>
        <source>Reason for the response</source>
        <translation>سبب الرد</translation>
    </message>
    <message>
        <source>Pape&amp;r</source>
        <translation>&amp;مقاس الورق</translation>
    </message>
    <message>
        <source>Paper size</source>
        <translation>مقاس الورق</translation>
    </message>
    <message>
        <source>Sa&amp;ve PDF…</source>
        <translation>&amp;حفظ بصيغة PDF…</translation>
    </message>
    <message>
        <source>&amp;Print…</source>
        <translation>&amp;طباعة…</translation>
    </message>
    <message>
        <source>Sheet status</source>
        <translation>حالة الورقة</translation>
    </message>
    <message>
        <source>How the person acknowledged the sheet</source>
        <translation>طريقة إقرار الشخص بالورقة</translation>
    </message>
    <message>
        <source>&amp;Signed</source>
        <translation>&amp;وقّع</translation>
    </message>
    <message>
        <source>&amp;Mark or thumbprint, with a witness</source>
        <translation>&amp;علامة أو بصمة إبهام، بحضور شاهد</translation>
    </message>
    <message>
        <source>&amp;Witness</source>
        <translation>ال&amp;شاهد</translation>
    </message>
    <message>
        <source>Witness&apos;s name</source>
        <translation>اسم الشاهد</translation>
    </message>
    <message>
        <source>Not yet (&amp;pending)</source>
        <translation>ليس بعد (&amp;معلّق)</translation>
    </message>
    <message>
        <source>Summary</source>
        <translation>الملخص</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Cancel</source>
        <translation>إلغاء</translation>
    </message>
    <message>
        <source>&amp;Back</source>
        <translation>ال&amp;سابق</translation>
    </message>
</context>
<context>
    <name>ImposeMeasureDialog</name>
    <message>
        <source>{name} · case {number}</source>
        <translation>{name} · الملف {number}</translation>
    </message>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>This case is closed: no measure can be added.</source>
        <translation>هذا الملف مغلق: لا يمكن إضافة أي تدبير.</translation>
    </message>
    <message>
        <source>— Choose the type of measure —</source>
        <translation>— اختر نوع التدبير —</translation>
    </message>
    <message>
        <source>{0} (rule {1})</source>
        <translation>{0} (القاعدة {1})</translation>
    </message>
    <message>
        <source>Choose the type of measure the authority imposed.</source>
        <translation>اختر نوع التدبير الذي فرضته السلطة المختصة.</translation>
    </message>
    <message>
        <source>This measure imposes no obligations, so it takes no conditions.</source>
        <translation>لا يفرض هذا التدبير أي التزامات، ولذلك لا تُقرن به شروط.</translation>
    </message>
    <message>
        <source>Needs the person&apos;s informed consent before any obligation (rule 3.4).</source>
        <translation>يحتاج إلى موافقة الشخص المستنيرة قبل فرض أي التزام (القاعدة 3.4).</translation>
    </message>
    <message>
        <source>Legal maximum here: {0} days, so it must end by {1} (rule 11.1).</source>
        <translation>الحد الأقصى القانوني هنا: {0} يومًا، ولذلك يجب أن ينتهي في موعد أقصاه {1} (القاعدة 11.1).</translation>
    </message>
    <message>
        <source>{0} condition(s) removed: they cannot be imposed under this type of measure.</source>
        <translation>عدد الشروط التي أُزيلت: {0}؛ إذ لا يجوز فرضها في إطار هذا النوع من التدابير.</translation>
    </message>
    <message>
        <source>Condition outside the catalogue</source>
        <translation>شرط من خارج الفهرس</translation>
    </message>
    <message>
        <source> (to complete)</source>
        <translation> (للاستكمال)</translation>
    </message>
    <message>
        <source>&amp;{0} Conditions ({1})</source>
        <translation>&amp;{0} الشروط ({1})</translation>
    </message>
    <message>
        <source>⚠ {0} conditions: more than {1}. Keep the conditions to the minimum needed, each practical and precise (rule 12.2).</source>
        <translation>⚠ عدد الشروط {0}، وهو أكثر من {1}. اقتصر على الحد الأدنى اللازم من الشروط، على أن يكون كل منها عمليًا ودقيقًا (القاعدة 12.2).</translation>
    </message>
    <message>
        <source>Choose the type of measure.</source>
        <translation>اختر نوع التدبير.</translation>
    </message>
    <message>
        <source>Enter the authority that decided (rule 3.1).</source>
        <translation>أدخل السلطة المختصة التي أصدرت القرار (القاعدة 3.1).</translation>
    </message>
    <message>
        <source>Enter the decision&apos;s reference.</source>
        <translation>أدخل مرجع القرار.</translation>
    </message>
    <message>
        <source>Enter the legal basis of the measure (rule 3.1).</source>
        <translation>أدخل الأساس القانوني للتدبير (القاعدة 3.1).</translation>
    </message>
    <message>
        <source>A measure with obligations needs an end date (rule 11.1).</source>
        <translation>يحتاج التدبير الذي يتضمن التزامات إلى تاريخ انتهاء (القاعدة 11.1).</translation>
    </message>
    <message>
        <source>Consent is informed only when the obligations and the consequences of refusing have been explained (rule 3.4).</source>
        <translation>لا تكون الموافقة مستنيرة إلا بعد شرح الالتزامات وعواقب الرفض (القاعدة 3.4).</translation>
    </message>
    <message>
        <source>The person refuses consent, so the measure can carry no conditions: remove them to record the refusal.</source>
        <translation>يرفض الشخص الموافقة، ولذلك لا يجوز أن يتضمن التدبير أي شروط: أزِلها لتسجيل الرفض.</translation>
    </message>
    <message>
        <source>Record the person&apos;s informed consent before any condition (rule 3.4): record it on the consent tab, or remove the conditions and record the measure alone.</source>
        <translation>سجّل موافقة الشخص المستنيرة قبل أي شرط (القاعدة 3.4): سجّلها في تبويب الموافقة، أو أزِل الشروط وسجّل التدبير وحده.</translation>
    </message>
    <message>
        <source>Condition {0} ({1}): {2}.</source>
        <translation>الشرط {0} ({1}): {2}.</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>Measure recorded</source>
        <translation>سُجّل التدبير</translation>
    </message>
    <message>
        <source>Nothing was recorded:</source>
        <translation>لم يُسجَّل أي شيء:</translation>
    </message>
    <message>
        <source>Record a measure and its conditions</source>
        <translation>تسجيل تدبير وشروطه</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>&amp;1 Measure</source>
        <translation>&amp;1 التدبير</translation>
    </message>
    <message>
        <source>&amp;Type of measure *</source>
        <translation>ن&amp;وع التدبير *</translation>
    </message>
    <message>
        <source>Type of measure</source>
        <translation>نوع التدبير</translation>
    </message>
    <message>
        <source>About this type of measure</source>
        <translation>عن هذا النوع من التدابير</translation>
    </message>
    <message>
        <source>Deciding &amp;authority *</source>
        <translation>ال&amp;سلطة مُصدِرة القرار *</translation>
    </message>
    <message>
        <source>The court or body that decided (rule 3.1)</source>
        <translation>المحكمة أو الهيئة التي أصدرت القرار (القاعدة 3.1)</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>السلطة مُصدِرة القرار</translation>
    </message>
    <message>
        <source>Decision &amp;reference *</source>
        <translation>&amp;مرجع القرار *</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>مرجع القرار</translation>
    </message>
    <message>
        <source>Decision dat&amp;e</source>
        <translation>&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>&amp;Legal basis *</source>
        <translation>الأساس ال&amp;قانوني *</translation>
    </message>
    <message>
        <source>The law and section the measure rests on (rule 3.1)</source>
        <translation>القانون والمادة اللذان يستند إليهما التدبير (القاعدة 3.1)</translation>
    </message>
    <message>
        <source>Legal basis</source>
        <translation>الأساس القانوني</translation>
    </message>
    <message>
        <source>&amp;Criteria considered</source>
        <translation>المعايير التي &amp;رُوعيت</translation>
    </message>
    <message>
        <source>What the authority weighed in choosing this measure (rule 3.2)</source>
        <translation>ما وازنته السلطة المختصة عند اختيار هذا التدبير (القاعدة 3.2)</translation>
    </message>
    <message>
        <source>Criteria considered</source>
        <translation>المعايير التي رُوعيت</translation>
    </message>
    <message>
        <source>&amp;Start date</source>
        <translation>تاريخ ال&amp;بدء</translation>
    </message>
    <message>
        <source>Start date</source>
        <translation>تاريخ البدء</translation>
    </message>
    <message>
        <source>E&amp;nd date</source>
        <translation>تاريخ الا&amp;نتهاء</translation>
    </message>
    <message>
        <source>End date</source>
        <translation>تاريخ الانتهاء</translation>
    </message>
    <message>
        <source>Ma&amp;ximum set by the authority</source>
        <translation>ال&amp;حد الأقصى الذي حددته السلطة المختصة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>Maximum duration set by the authority, in days</source>
        <translation>المدة القصوى التي حددتها السلطة المختصة، بالأيام</translation>
    </message>
    <message>
        <source>Early termination p&amp;ossible from</source>
        <translation>يمكن الإنهاء المبكر &amp;اعتبارًا من</translation>
    </message>
    <message>
        <source>Eligible for early termination on</source>
        <translation>تاريخ أهلية الإنهاء المبكر</translation>
    </message>
    <message>
        <source>&amp;2 Consent</source>
        <translation>&amp;2 الموافقة</translation>
    </message>
    <message>
        <source>This measure applies before or instead of a trial: any obligation needs the person&apos;s informed consent, after the nature of the obligations and the consequences of refusing have been explained (rule 3.4). Record the consent here, or record the measure alone now and its conditions after the consent.</source>
        <translation>يُطبَّق هذا التدبير قبل المحاكمة أو بدلًا منها: فأي التزام يحتاج إلى موافقة الشخص المستنيرة، بعد شرح طبيعة الالتزامات وعواقب الرفض (القاعدة 3.4). سجّل الموافقة هنا، أو سجّل التدبير وحده الآن ثم شروطه بعد الموافقة.</translation>
    </message>
    <message>
        <source>Record the person&apos;s consent no&amp;w</source>
        <translation>تسجيل موافقة الشخص ال&amp;آن</translation>
    </message>
    <message>
        <source>The person&apos;s &amp;answer</source>
        <translation>&amp;جواب الشخص</translation>
    </message>
    <message>
        <source>The person&apos;s answer</source>
        <translation>جواب الشخص</translation>
    </message>
    <message>
        <source>I explained the &amp;nature of the obligations</source>
        <translation>شرحت &amp;طبيعة الالتزامات</translation>
    </message>
    <message>
        <source>I explained the &amp;consequences of refusing</source>
        <translation>شرحت &amp;عواقب الرفض</translation>
    </message>
    <message>
        <source>&amp;Date</source>
        <translation>ال&amp;تاريخ</translation>
    </message>
    <message>
        <source>Date of the consent</source>
        <translation>تاريخ الموافقة</translation>
    </message>
    <message>
        <source>&amp;Language used</source>
        <translation>ال&amp;لغة المستخدمة</translation>
    </message>
    <message>
        <source>Language used</source>
        <translation>اللغة المستخدمة</translation>
    </message>
    <message>
        <source>&amp;Interpreter, if any</source>
        <translation>المترجم ال&amp;شفوي، إن وُجد</translation>
    </message>
    <message>
        <source>Interpreter, if any</source>
        <translation>المترجم الشفوي، إن وُجد</translation>
    </message>
    <message>
        <source>N&amp;otes</source>
        <translation>&amp;ملاحظات</translation>
    </message>
    <message>
        <source>Notes on the consent</source>
        <translation>ملاحظات عن الموافقة</translation>
    </message>
    <message>
        <source>&amp;3 Conditions</source>
        <translation>&amp;3 الشروط</translation>
    </message>
    <message>
        <source>&amp;Catalogue conditions for this measure</source>
        <translation>شروط ال&amp;فهرس لهذا التدبير</translation>
    </message>
    <message>
        <source>Catalogue conditions for this measure</source>
        <translation>شروط الفهرس لهذا التدبير</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Add the condition</source>
        <translation>إضافة الشرط</translation>
    </message>
    <message>
        <source>Add one &amp;outside the catalogue…</source>
        <translation>إضافة شرط من &amp;خارج الفهرس…</translation>
    </message>
    <message>
        <source>C&amp;hosen conditions</source>
        <translation>الشروط ال&amp;مختارة</translation>
    </message>
    <message>
        <source>Chosen conditions</source>
        <translation>الشروط المختارة</translation>
    </message>
    <message>
        <source>&amp;Remove</source>
        <translation>إ&amp;زالة</translation>
    </message>
    <message>
        <source>Remove the chosen condition</source>
        <translation>إزالة الشرط المختار</translation>
    </message>
    <message>
        <source>Warning about the number of conditions</source>
        <translation>تنبيه بشأن عدد الشروط</translation>
    </message>
    <message>
        <source>Choose the conditions the authority imposed from the catalogue, and add them. Each needs its details and a note of why it is necessary: keep them few, practical and precise (rule 12.2).</source>
        <translation>اختر من الفهرس الشروط التي فرضتها السلطة المختصة، وأضفها. ويحتاج كل شرط إلى تفاصيله وإلى بيان سبب ضرورته: اجعل الشروط قليلة وعملية ودقيقة (القاعدة 12.2).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
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
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Tokyo Desk is locked</source>
        <translation>برنامج Tokyo Desk مقفل</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;Other profile…</source>
        <translation>حساب &amp;آخر…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
</context>
<context>
    <name>MainWindow</name>
    <message>
        <source>&amp;Session</source>
        <translation>ال&amp;جلسة</translation>
    </message>
    <message>
        <source>&amp;Lock</source>
        <translation>&amp;قفل</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;ملف جديد…</translation>
    </message>
    <message>
        <source>S&amp;ettings…</source>
        <translation>الإ&amp;عدادات…</translation>
    </message>
    <message>
        <source>&amp;Quit</source>
        <translation>&amp;خروج</translation>
    </message>
    <message>
        <source>&amp;Head office</source>
        <translation>المكتب ال&amp;رئيسي</translation>
    </message>
    <message>
        <source>&amp;Enroll this device…</source>
        <translation>&amp;تسجيل هذا الجهاز…</translation>
    </message>
    <message>
        <source>&amp;Sync now</source>
        <translation>&amp;مزامنة الآن</translation>
    </message>
    <message>
        <source>Head office&apos;s certificate is not the one this device was enrolled with, so nothing was sent: someone may be trying to intercept your records. Tell head office. Tokyo Desk will not sync again until you choose Sync now.</source>
        <translation>شهادة المكتب الرئيسي ليست الشهادة التي سُجّل بها هذا الجهاز، لذا لم يُرسَل أي شيء: ربما يحاول أحدٌ اعتراض سجلاتك. أبلغ المكتب الرئيسي. لن يُجري Tokyo Desk أي مزامنة أخرى حتى تختار «مزامنة الآن».</translation>
    </message>
    <message>
        <source>Tokyo Desk</source>
        <translation>Tokyo Desk</translation>
    </message>
    <message>
        <source>{0} events recorded on this device had not reached head office and are lost.</source>
        <translation>أحداث سُجّلت على هذا الجهاز ولم تصل إلى المكتب الرئيسي وقد فُقدت: {0}.</translation>
    </message>
    <message>
        <source>Every event recorded on this device had reached head office.</source>
        <translation>كانت جميع الأحداث المسجّلة على هذا الجهاز قد وصلت إلى المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>How many events had not reached head office could not be counted.</source>
        <translation>تعذّر حساب عدد الأحداث التي لم تصل إلى المكتب الرئيسي.</translation>
    </message>
    <message>
        <source>Head office has revoked this device. The profile of {0} has been locked and erased from this computer.</source>
        <translation>ألغى المكتب الرئيسي اعتماد هذا الجهاز. وقد قُفل حساب {0} ومُحي من هذا الحاسوب.</translation>
    </message>
    <message>
        <source>Tell head office.</source>
        <translation>أبلغ المكتب الرئيسي.</translation>
    </message>
</context>
<context>
    <name>MeasureChart</name>
    <message>
        <source>Chart of measures by type and status</source>
        <translation>مخطط التدابير حسب النوع والحالة</translation>
    </message>
</context>
<context>
    <name>MeasureRecordDialog</name>
    <message>
        <source>Choose a measure</source>
        <translation>اختر تدبيرًا</translation>
    </message>
    <message>
        <source>This case has no measure in force.</source>
        <translation>لا يتضمن هذا الملف أي تدبير سارٍ.</translation>
    </message>
</context>
<context>
    <name>ModificationDialog</name>
    <message>
        <source>Record the modification</source>
        <translation>تسجيل التعديل</translation>
    </message>
    <message>
        <source>Select a condition above to enter its new details.</source>
        <translation>حدّد شرطًا في الأعلى لإدخال تفاصيله الجديدة.</translation>
    </message>
    <message>
        <source>No condition in force has details that can be changed.</source>
        <translation>لا يوجد شرط سارٍ له تفاصيل قابلة للتغيير.</translation>
    </message>
    <message>
        <source>Choose a condition from the catalogue</source>
        <translation>اختر شرطًا من الفهرس</translation>
    </message>
    <message>
        <source>Current end date: {0}</source>
        <translation>تاريخ الانتهاء الحالي: {0}</translation>
    </message>
    <message>
        <source>Now: {0}</source>
        <translation>حاليًا: {0}</translation>
    </message>
    <message>
        <source>Why: {0}</source>
        <translation>السبب: {0}</translation>
    </message>
    <message>
        <source>Choose a condition from the catalogue.</source>
        <translation>اختر شرطًا من الفهرس.</translation>
    </message>
    <message>
        <source>Say why this condition is needed (rule 12.2).</source>
        <translation>اذكر سبب الحاجة إلى هذا الشرط (القاعدة 12.2).</translation>
    </message>
    <message>
        <source>conditions removed: {0}</source>
        <translation>الشروط المُزالة: {0}</translation>
    </message>
    <message>
        <source>conditions changed: {0}</source>
        <translation>الشروط المُعدَّلة: {0}</translation>
    </message>
    <message>
        <source>conditions added: {0}</source>
        <translation>الشروط المُضافة: {0}</translation>
    </message>
    <message>
        <source>new end date: {0}</source>
        <translation>تاريخ الانتهاء الجديد: {0}</translation>
    </message>
    <message>
        <source>To record — {0}.</source>
        <translation>للتسجيل — {0}.</translation>
    </message>
    <message>
        <source>Nothing to record yet: remove, change or add a condition, or set a new end date.</source>
        <translation>لا يوجد ما يُسجَّل بعد: أزِل شرطًا أو عدّله أو أضِفه، أو حدّد تاريخ انتهاء جديدًا.</translation>
    </message>
    <message>
        <source>This case has no measure in force.</source>
        <translation>لا يتضمن هذا الملف أي تدبير سارٍ.</translation>
    </message>
    <message>
        <source>Choose the measure.</source>
        <translation>اختر التدبير.</translation>
    </message>
    <message>
        <source>Enter the competent authority that decided the modification (rule 12.4).</source>
        <translation>أدخل السلطة المختصة التي قررت التعديل (القاعدة 12.4).</translation>
    </message>
    <message>
        <source>Enter the reference of the authority&apos;s decision (rule 12.4).</source>
        <translation>أدخل مرجع قرار السلطة المختصة (القاعدة 12.4).</translation>
    </message>
    <message>
        <source>Enter the reason the authority gave.</source>
        <translation>أدخل السبب الذي ذكرته السلطة المختصة.</translation>
    </message>
    <message>
        <source>A condition cannot be both removed and changed: untick one of them.</source>
        <translation>لا يمكن إزالة شرط وتعديله في آن واحد: أزِل العلامة عن أحدهما.</translation>
    </message>
    <message>
        <source>{0}: the new details are the same as before.</source>
        <translation>{0}: التفاصيل الجديدة مطابقة للتفاصيل السابقة.</translation>
    </message>
    <message>
        <source>A condition on the Add tab is filled in but not on the list: press “Add to the list”, or clear it.</source>
        <translation>في تبويب «إضافة» شرطٌ مُعبّأ لكنه ليس في القائمة: اضغط «إضافة إلى القائمة»، أو امسحه.</translation>
    </message>
    <message>
        <source>The modification changes nothing: remove, change or add a condition, or set a new end date.</source>
        <translation>التعديل لا يغيّر شيئًا: أزِل شرطًا أو عدّله أو أضِفه، أو حدّد تاريخ انتهاء جديدًا.</translation>
    </message>
    <message>
        <source>Modification by the authority (rule 12.4)</source>
        <translation>تعديل من السلطة المختصة (القاعدة 12.4)</translation>
    </message>
    <message>
        <source>Only the competent authority can modify the conditions (rule 12.4). Record its decision exactly as it was made: the conditions it removed, changed or added, and any new end date.</source>
        <translation>لا يملك تعديل الشروط إلا السلطة المختصة (القاعدة 12.4). سجّل قرارها كما صدر تمامًا: الشروط التي أزالتها أو عدّلتها أو أضافتها، وأي تاريخ انتهاء جديد.</translation>
    </message>
    <message>
        <source>&amp;1 Decision</source>
        <translation>&amp;1 القرار</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;التدبير</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>Competent &amp;authority</source>
        <translation>ال&amp;سلطة المختصة</translation>
    </message>
    <message>
        <source>Competent authority (required)</source>
        <translation>السلطة المختصة (مطلوب)</translation>
    </message>
    <message>
        <source>Decision &amp;reference</source>
        <translation>&amp;مرجع القرار</translation>
    </message>
    <message>
        <source>Decision reference (required)</source>
        <translation>مرجع القرار (مطلوب)</translation>
    </message>
    <message>
        <source>Decision da&amp;te</source>
        <translation>&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>Decision date</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>Reason &amp;given by the authority</source>
        <translation>السبب الذي &amp;ذكرته السلطة المختصة</translation>
    </message>
    <message>
        <source>Reason given by the authority</source>
        <translation>السبب الذي ذكرته السلطة المختصة</translation>
    </message>
    <message>
        <source>Change the &amp;end date</source>
        <translation>تغيير تاريخ الا&amp;نتهاء</translation>
    </message>
    <message>
        <source>New end date</source>
        <translation>تاريخ الانتهاء الجديد</translation>
    </message>
    <message>
        <source>Current end date</source>
        <translation>تاريخ الانتهاء الحالي</translation>
    </message>
    <message>
        <source>&amp;2 Remove</source>
        <translation>&amp;2 إزالة</translation>
    </message>
    <message>
        <source>Conditions to remo&amp;ve: tick each condition the authority removed</source>
        <translation>الشروط المطلوب إ&amp;زالتها: ضع علامة على كل شرط أزالته السلطة المختصة</translation>
    </message>
    <message>
        <source>Conditions to remove (tick with Space)</source>
        <translation>الشروط المطلوب إزالتها (ضع العلامة بمفتاح المسافة)</translation>
    </message>
    <message>
        <source>&amp;3 Change</source>
        <translation>&amp;3 تعديل</translation>
    </message>
    <message>
        <source>Conditions c&amp;hanged: tick each condition the authority changed, select it and enter its new details</source>
        <translation>الشروط المعدّ&amp;لة: ضع علامة على كل شرط عدّلته السلطة المختصة، وحدّده، وأدخل تفاصيله الجديدة</translation>
    </message>
    <message>
        <source>Conditions changed (tick with Space)</source>
        <translation>الشروط المعدّلة (ضع العلامة بمفتاح المسافة)</translation>
    </message>
    <message>
        <source>New details of the selected condition</source>
        <translation>التفاصيل الجديدة للشرط المحدد</translation>
    </message>
    <message>
        <source>Current text of the selected condition</source>
        <translation>النص الحالي للشرط المحدد</translation>
    </message>
    <message>
        <source>&amp;4 Add</source>
        <translation>&amp;4 إضافة</translation>
    </message>
    <message>
        <source>&amp;Condition to add</source>
        <translation>ال&amp;شرط المطلوب إضافته</translation>
    </message>
    <message>
        <source>Catalogue condition to add</source>
        <translation>شرط الفهرس المطلوب إضافته</translation>
    </message>
    <message>
        <source>Why the condition exists</source>
        <translation>سبب وجود الشرط</translation>
    </message>
    <message>
        <source>Details set by the authority</source>
        <translation>التفاصيل التي حددتها السلطة المختصة</translation>
    </message>
    <message>
        <source>Why it is &amp;needed</source>
        <translation>سبب الحا&amp;جة إليه</translation>
    </message>
    <message>
        <source>Why the condition is needed</source>
        <translation>سبب الحاجة إلى الشرط</translation>
    </message>
    <message>
        <source>Add to the &amp;list</source>
        <translation>إضافة إلى ال&amp;قائمة</translation>
    </message>
    <message>
        <source>Conditions to &amp;be added</source>
        <translation>الشروط المطلوب إ&amp;ضافتها</translation>
    </message>
    <message>
        <source>Conditions to be added</source>
        <translation>الشروط المطلوب إضافتها</translation>
    </message>
    <message>
        <source>Ta&amp;ke off the list</source>
        <translation>&amp;حذف من القائمة</translation>
    </message>
    <message>
        <source>Changes to record</source>
        <translation>التغييرات المطلوب تسجيلها</translation>
    </message>
    <message>
        <source>After this change the person must have the changed conditions explained again, orally and in writing. The case will show &quot;explanation pending&quot; until you do (rules 12.3, 12.4).</source>
        <translation>بعد هذا التعديل، يجب أن تُشرح للشخص الشروط المعدّلة من جديد، شفويًا وكتابيًا. وسيظهر في الملف «بانتظار الشرح» إلى أن تفعل ذلك (القاعدتان 12.3 و12.4).</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>NewCaseDialog</name>
    <message>
        <source>Open case</source>
        <translation>فتح الملف</translation>
    </message>
    <message>
        <source>Language</source>
        <translation>اللغة</translation>
    </message>
    <message>
        <source>Speaks</source>
        <translation>يتحدثها</translation>
    </message>
    <message>
        <source>Reads</source>
        <translation>يقرؤها</translation>
    </message>
    <message>
        <source> · written sheet</source>
        <translation> · ورقة مكتوبة</translation>
    </message>
    <message>
        <source>{0}: speaks</source>
        <translation>{0}: يتحدثها</translation>
    </message>
    <message>
        <source>{0}: reads</source>
        <translation>{0}: يقرؤها</translation>
    </message>
    <message>
        <source>Type a language code of two or three letters (ISO 639), such as “ny” for Chichewa or “prs” for Dari.</source>
        <translation>اكتب رمز لغة من حرفين أو ثلاثة أحرف (ISO 639)، مثل “ny” للغة الشيشيوا أو “prs” للغة الدارية.</translation>
    </message>
    <message>
        <source>“{0}” is not a language code this computer knows: check that it is right.</source>
        <translation>الرمز “{0}” ليس رمز لغة يعرفه هذا الحاسوب: تحقق من صحته.</translation>
    </message>
    <message>
        <source>Enter the person&apos;s names.</source>
        <translation>أدخل أسماء الشخص.</translation>
    </message>
    <message>
        <source>born {0}</source>
        <translation>تاريخ الميلاد: {0}</translation>
    </message>
    <message>
        <source>speaks {0}</source>
        <translation>يتحدث {0}</translation>
    </message>
    <message>
        <source>reads {0}</source>
        <translation>يقرأ {0}</translation>
    </message>
    <message>
        <source>prefers {0}</source>
        <translation>يفضّل {0}</translation>
    </message>
    <message>
        <source>needs an interpreter</source>
        <translation>يحتاج إلى مترجم شفوي</translation>
    </message>
    <message>
        <source>New case for: {0}</source>
        <translation>ملف جديد لـ: {0}</translation>
    </message>
    <message>
        <source>Cases you already hold with a similar name: {0}. Check that this person has no case yet (rule 13.6).</source>
        <translation>ملفات لديك بالفعل تحمل اسمًا مشابهًا: {0}. تحقق من أن هذا الشخص ليس له ملف بعد (القاعدة 13.6).</translation>
    </message>
    <message>
        <source>Enter the person&apos;s given names.</source>
        <translation>أدخل الاسم الأول للشخص.</translation>
    </message>
    <message>
        <source>Tick at least one language the person speaks.</source>
        <translation>ضع علامة على لغة واحدة على الأقل يتحدثها الشخص.</translation>
    </message>
    <message>
        <source>Choose the person&apos;s preferred language.</source>
        <translation>اختر اللغة المفضّلة للشخص.</translation>
    </message>
    <message>
        <source>The date of birth cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد في المستقبل.</translation>
    </message>
    <message>
        <source>The date of birth cannot be after the date the case is opened.</source>
        <translation>لا يمكن أن يكون تاريخ الميلاد لاحقًا لتاريخ فتح الملف.</translation>
    </message>
    <message>
        <source>Enter the office that holds the case.</source>
        <translation>أدخل المكتب الذي يتولى الملف.</translation>
    </message>
    <message>
        <source>The opening date cannot be in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الفتح في المستقبل.</translation>
    </message>
    <message>
        <source>Opening the case…</source>
        <translation>جارٍ فتح الملف…</translation>
    </message>
    <message>
        <source>Case opened</source>
        <translation>فُتح الملف</translation>
    </message>
    <message>
        <source>The case was not opened:</source>
        <translation>لم يُفتح الملف:</translation>
    </message>
    <message>
        <source>New case</source>
        <translation>ملف جديد</translation>
    </message>
    <message>
        <source>Open one case record for the person (rule 13.6). Fields marked * are required; everything else can be added later.</source>
        <translation>افتح سجل ملف واحدًا للشخص (القاعدة 13.6). الحقول المميزة بالعلامة * مطلوبة؛ ويمكن إضافة كل ما عداها لاحقًا.</translation>
    </message>
    <message>
        <source>Person</source>
        <translation>الشخص</translation>
    </message>
    <message>
        <source>&amp;Given names *</source>
        <translation>الاسم ال&amp;أول *</translation>
    </message>
    <message>
        <source>Given names</source>
        <translation>الاسم الأول</translation>
    </message>
    <message>
        <source>&amp;Family name</source>
        <translation>&amp;اسم العائلة</translation>
    </message>
    <message>
        <source>Family name</source>
        <translation>اسم العائلة</translation>
    </message>
    <message>
        <source>Other na&amp;mes</source>
        <translation>أسماء أ&amp;خرى</translation>
    </message>
    <message>
        <source>Other names and aliases, separated by commas</source>
        <translation>أسماء أخرى وأسماء مستعارة، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>Other names, separated by commas</source>
        <translation>أسماء أخرى، تفصل بينها فواصل</translation>
    </message>
    <message>
        <source>&amp;Date of birth known</source>
        <translation>&amp;تاريخ الميلاد معروف</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Date of birth</source>
        <translation>تاريخ الميلاد</translation>
    </message>
    <message>
        <source>P&amp;hone</source>
        <translation>ال&amp;هاتف</translation>
    </message>
    <message>
        <source>Phone</source>
        <translation>الهاتف</translation>
    </message>
    <message>
        <source>Addr&amp;ess</source>
        <translation>ال&amp;عنوان</translation>
    </message>
    <message>
        <source>Address</source>
        <translation>العنوان</translation>
    </message>
    <message>
        <source>Case</source>
        <translation>الملف</translation>
    </message>
    <message>
        <source>Offi&amp;ce *</source>
        <translation>ال&amp;مكتب *</translation>
    </message>
    <message>
        <source>Office</source>
        <translation>المكتب</translation>
    </message>
    <message>
        <source>&amp;Opened on</source>
        <translation>تاريخ ال&amp;فتح</translation>
    </message>
    <message>
        <source>Opened on</source>
        <translation>تاريخ الفتح</translation>
    </message>
    <message>
        <source>&amp;Jurisdiction</source>
        <translation>ال&amp;ولاية القضائية</translation>
    </message>
    <message>
        <source>Jurisdiction</source>
        <translation>الولاية القضائية</translation>
    </message>
    <message>
        <source>Summary of the new case</source>
        <translation>ملخص الملف الجديد</translation>
    </message>
    <message>
        <source>Existing cases with a similar name</source>
        <translation>ملفات موجودة باسم مشابه</translation>
    </message>
    <message>
        <source>Languages and communication</source>
        <translation>اللغات والتواصل</translation>
    </message>
    <message>
        <source>&amp;Languages: tick those the person speaks and reads *</source>
        <translation>ال&amp;لغات: ضع علامة على اللغات التي يتحدثها الشخص ويقرؤها *</translation>
    </message>
    <message>
        <source>Languages the person speaks and reads</source>
        <translation>اللغات التي يتحدثها الشخص ويقرؤها</translation>
    </message>
    <message>
        <source>Anothe&amp;r language (ISO 639 code)</source>
        <translation>لغة إ&amp;ضافية (رمز ISO 639)</translation>
    </message>
    <message>
        <source>for example ny, prs</source>
        <translation>مثلًا: ny, prs</translation>
    </message>
    <message>
        <source>Another language, as an ISO 639 code</source>
        <translation>لغة إضافية، برمز ISO 639</translation>
    </message>
    <message>
        <source>&amp;Add</source>
        <translation>&amp;إضافة</translation>
    </message>
    <message>
        <source>Add the language</source>
        <translation>إضافة اللغة</translation>
    </message>
    <message>
        <source>&amp;Preferred language *</source>
        <translation>الل&amp;غة المفضّلة *</translation>
    </message>
    <message>
        <source>Preferred language</source>
        <translation>اللغة المفضّلة</translation>
    </message>
    <message>
        <source>Needs an &amp;interpreter</source>
        <translation>يحتاج إلى مترجم &amp;شفوي</translation>
    </message>
    <message>
        <source>Reading and &amp;writing</source>
        <translation>ال&amp;قراءة والكتابة</translation>
    </message>
    <message>
        <source>Reading and writing</source>
        <translation>القراءة والكتابة</translation>
    </message>
    <message>
        <source>Communication needs</source>
        <translation>احتياجات التواصل</translation>
    </message>
    <message>
        <source>Eas&amp;y Read</source>
        <translation>ال&amp;نسخة الميسّرة</translation>
    </message>
    <message>
        <source>Large prin&amp;t</source>
        <translation>خط &amp;كبير</translation>
    </message>
    <message>
        <source>&amp;Sign language</source>
        <translation>لغة الإشا&amp;رة</translation>
    </message>
    <message>
        <source>Read aloud</source>
        <translation>القراءة بصوت مسموع</translation>
    </message>
    <message>
        <source>Heari&amp;ng support</source>
        <translation>دعم ال&amp;سمع</translation>
    </message>
    <message>
        <source>&amp;Braille</source>
        <translation>&amp;برايل</translation>
    </message>
    <message>
        <source>Adj&amp;ustments</source>
        <translation>الترتيبات الت&amp;يسيرية</translation>
    </message>
    <message>
        <source>For example: appointments in the morning; step-free access</source>
        <translation>مثلًا: مواعيد في الصباح؛ مدخل بلا درجات</translation>
    </message>
    <message>
        <source>Adjustments</source>
        <translation>الترتيبات التيسيرية</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>NoteDialog</name>
    <message>
        <source>A note cannot be dated in the future.</source>
        <translation>لا يمكن أن يكون تاريخ الملاحظة في المستقبل.</translation>
    </message>
    <message>
        <source>Write the note first.</source>
        <translation>اكتب الملاحظة أولًا.</translation>
    </message>
    <message>
        <source>The note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Add a note</source>
        <translation>إضافة ملاحظة</translation>
    </message>
    <message>
        <source>&amp;Written at</source>
        <translation>&amp;وقت الكتابة</translation>
    </message>
    <message>
        <source>yyyy-MM-dd HH:mm</source>
        <translation>yyyy-MM-dd HH:mm</translation>
    </message>
    <message>
        <source>Written at</source>
        <translation>وقت الكتابة</translation>
    </message>
    <message>
        <source>&amp;Note</source>
        <translation>ال&amp;ملاحظة</translation>
    </message>
    <message>
        <source>Note</source>
        <translation>الملاحظة</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>ParameterField</name>
    <message>
        <source>every day</source>
        <translation>كل يوم</translation>
    </message>
    <message>
        <source>twice a week</source>
        <translation>مرتين في الأسبوع</translation>
    </message>
    <message>
        <source>once a week</source>
        <translation>مرة في الأسبوع</translation>
    </message>
    <message>
        <source>once every two weeks</source>
        <translation>مرة كل أسبوعين</translation>
    </message>
    <message>
        <source>once a month</source>
        <translation>مرة في الشهر</translation>
    </message>
    <message>
        <source>— not set —</source>
        <translation>— غير محدد —</translation>
    </message>
    <message>
        <source> hours</source>
        <translation> ساعة</translation>
    </message>
    <message>
        <source> days</source>
        <translation> يوم</translation>
    </message>
    <message>
        <source>— choose —</source>
        <translation>— اختر —</translation>
    </message>
    <message>
        <source>HH:MM (24-hour)</source>
        <translation>HH:MM (نظام 24 ساعة)</translation>
    </message>
    <message>
        <source>A whole number from {0} to {1}</source>
        <translation>عدد صحيح من {0} إلى {1}</translation>
    </message>
    <message>
        <source>A whole number</source>
        <translation>عدد صحيح</translation>
    </message>
    <message>
        <source>A time of day: HH:MM (24-hour)</source>
        <translation>وقت من اليوم: HH:MM (نظام 24 ساعة)</translation>
    </message>
    <message>
        <source>Currency and amount, like KES 1500.00</source>
        <translation>العملة والمبلغ، مثل KES 1500.00</translation>
    </message>
    <message>
        <source>A phone number</source>
        <translation>رقم هاتف</translation>
    </message>
    <message>
        <source>{0}: tick at least one day of the week</source>
        <translation>{0}: حدّد يومًا واحدًا على الأقل من أيام الأسبوع</translation>
    </message>
    <message>
        <source>{0} is required</source>
        <translation>{0} مطلوب</translation>
    </message>
    <message>
        <source>{0} must be at least {1}</source>
        <translation>يجب ألا يقل {0} عن {1}</translation>
    </message>
    <message>
        <source>{0} must be at most {1}</source>
        <translation>يجب ألا يزيد {0} على {1}</translation>
    </message>
    <message>
        <source>{0} must be at most {1} characters</source>
        <translation>يجب ألا يزيد {0} على {1} حرفًا</translation>
    </message>
    <message>
        <source>{0} must be a date (YYYY-MM-DD)</source>
        <translation>يجب أن يكون {0} تاريخًا (YYYY-MM-DD)</translation>
    </message>
    <message>
        <source>{0} must be a time of day (HH:MM, 24-hour), like 09:30</source>
        <translation>يجب أن يكون {0} وقتًا من اليوم (HH:MM، نظام 24 ساعة)، مثل 09:30</translation>
    </message>
    <message>
        <source>{0} must be more than zero</source>
        <translation>يجب أن يكون {0} أكبر من صفر</translation>
    </message>
    <message>
        <source>{0} must be a currency code and an amount, like KES 1500.00</source>
        <translation>يجب أن يكون {0} رمز عملة ومبلغًا، مثل KES 1500.00</translation>
    </message>
    <message>
        <source>{0} must be a phone number: digits, spaces and + ( ) -</source>
        <translation>يجب أن يكون {0} رقم هاتف: أرقام ومسافات و + ( ) -</translation>
    </message>
    <message>
        <source>{0} is not valid</source>
        <translation>{0} غير صالح</translation>
    </message>
</context>
<context>
    <name>ParameterForm</name>
    <message>
        <source>{0} (optional)</source>
        <translation>{0} (اختياري)</translation>
    </message>
</context>
<context>
    <name>RecordDialog</name>
    <message>
        <source>Record</source>
        <translation>تسجيل</translation>
    </message>
    <message>
        <source>{0} is {1} characters long; the limit is {2}.</source>
        <translation>طول {0}: {1} حرفًا؛ والحد الأقصى: {2}.</translation>
    </message>
</context>
<context>
    <name>ReviewDialog</name>
    <message>
        <source>Next review due: {0}</source>
        <translation>موعد المراجعة التالية: {0}</translation>
    </message>
    <message>
        <source>No review is scheduled for this measure.</source>
        <translation>لا توجد مراجعة مقررة لهذا التدبير.</translation>
    </message>
    <message>
        <source>Choose the measure that was reviewed.</source>
        <translation>اختر التدبير الذي رُوجع.</translation>
    </message>
    <message>
        <source>The notes</source>
        <translation>الملاحظات</translation>
    </message>
    <message>
        <source>Record a review</source>
        <translation>تسجيل مراجعة</translation>
    </message>
    <message>
        <source>Record the periodic review of the supervision (rule 10.3), its outcome, and when the next review is due.</source>
        <translation>سجّل المراجعة الدورية للإشراف (القاعدة 10.3)، ونتيجتها، وموعد المراجعة التالية.</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;التدبير</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>About the measure</source>
        <translation>عن التدبير</translation>
    </message>
    <message>
        <source>&amp;Reviewed on</source>
        <translation>&amp;تاريخ المراجعة</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Reviewed on</source>
        <translation>تاريخ المراجعة</translation>
    </message>
    <message>
        <source>&amp;Outcome</source>
        <translation>ال&amp;نتيجة</translation>
    </message>
    <message>
        <source>Outcome</source>
        <translation>النتيجة</translation>
    </message>
    <message>
        <source>&amp;Next review due</source>
        <translation>&amp;موعد المراجعة التالية</translation>
    </message>
    <message>
        <source>Next review due</source>
        <translation>موعد المراجعة التالية</translation>
    </message>
    <message>
        <source>No&amp;tes</source>
        <translation>ملا&amp;حظات</translation>
    </message>
    <message>
        <source>Notes</source>
        <translation>ملاحظات</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>SafeguardDialog</name>
    <message>
        <source>Condition set by the authority</source>
        <translation>شرط حددته السلطة المختصة</translation>
    </message>
    <message>
        <source>Unknown measure</source>
        <translation>تدبير غير معروف</translation>
    </message>
    <message>
        <source>Happened on {0}; reported on {1}.</source>
        <translation>وقع في {0}؛ وأُبلغ عنه في {1}.</translation>
    </message>
    <message>
        <source>Conditions concerned:</source>
        <translation>الشروط المعنية:</translation>
    </message>
    <message>
        <source>What happened:</source>
        <translation>ما حدث:</translation>
    </message>
    <message>
        <source>The person&apos;s account:</source>
        <translation>إفادة الشخص:</translation>
    </message>
    <message>
        <source>Choose a measure</source>
        <translation>اختر تدبيرًا</translation>
    </message>
    <message>
        <source>Consent recorded</source>
        <translation>سُجّلت الموافقة</translation>
    </message>
    <message>
        <source>Breach reported</source>
        <translation>سُجّل الإبلاغ عن الإخلال</translation>
    </message>
    <message>
        <source>Account recorded</source>
        <translation>سُجّلت الإفادة</translation>
    </message>
    <message>
        <source>Response recorded</source>
        <translation>سُجّل الإجراء</translation>
    </message>
    <message>
        <source>Modification recorded</source>
        <translation>سُجّل التعديل</translation>
    </message>
</context>
<context>
    <name>SettingsDialog</name>
    <message>
        <source>Settings</source>
        <translation>الإعدادات</translation>
    </message>
    <message>
        <source>&amp;Language of the window</source>
        <translation>&amp;لغة الواجهة</translation>
    </message>
    <message>
        <source>Language of the window</source>
        <translation>لغة الواجهة</translation>
    </message>
    <message>
        <source>Loc&amp;k after</source>
        <translation>ال&amp;قفل بعد</translation>
    </message>
    <message>
        <source> minutes without use</source>
        <translation> دقيقة دون استخدام</translation>
    </message>
    <message>
        <source>Lock after this many minutes without use</source>
        <translation>القفل بعد هذا العدد من الدقائق دون استخدام</translation>
    </message>
    <message>
        <source>A new language applies the next time Tokyo Desk starts.</source>
        <translation>تُطبَّق اللغة الجديدة عند تشغيل Tokyo Desk في المرة القادمة.</translation>
    </message>
</context>
<context>
    <name>SheetPreview</name>
    <message>
        <source>Sheet preview</source>
        <translation>معاينة الورقة</translation>
    </message>
    <message>
        <source>Zoom in</source>
        <translation>تكبير</translation>
    </message>
    <message>
        <source>Zoom out</source>
        <translation>تصغير</translation>
    </message>
    <message>
        <source>Fit to width</source>
        <translation>ملاءمة العرض</translation>
    </message>
    <message>
        <source>No sheet</source>
        <translation>لا توجد ورقة</translation>
    </message>
    <message>
        <source>Page {0} of {1}</source>
        <translation>الصفحة {0} من {1}</translation>
    </message>
</context>
<context>
    <name>StoreDialog</name>
    <message>
        <source>waiting for consent</source>
        <translation>بانتظار الموافقة</translation>
    </message>
    <message>
        <source>consent refused</source>
        <translation>رُفضت الموافقة</translation>
    </message>
    <message>
        <source>Recorded</source>
        <translation>سُجّل</translation>
    </message>
    <message>
        <source>{title} ({reference}; {start} to {end})</source>
        <translation>{title} ({reference}؛ من {start} إلى {end})</translation>
    </message>
    <message>
        <source>no end date</source>
        <translation>دون تاريخ انتهاء</translation>
    </message>
    <message>
        <source>Not recorded:</source>
        <translation>لم يُسجَّل:</translation>
    </message>
    <message>
        <source>Recording…</source>
        <translation>جارٍ التسجيل…</translation>
    </message>
    <message>
        <source>Recorded. Please note:</source>
        <translation>تم التسجيل. يُرجى الانتباه إلى ما يلي:</translation>
    </message>
</context>
<context>
    <name>SyncStatusWidget</name>
    <message>
        <source>Warning about synchronisation</source>
        <translation>تحذير بشأن المزامنة</translation>
    </message>
    <message>
        <source>Warning about this computer&apos;s clock</source>
        <translation>تحذير بشأن ساعة هذا الحاسوب</translation>
    </message>
    <message>
        <source>Synchronisation state</source>
        <translation>حالة المزامنة</translation>
    </message>
    <message>
        <source>Last successful sync with head office</source>
        <translation>آخر مزامنة ناجحة مع المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Events not yet sent to head office</source>
        <translation>أحداث لم تُرسَل بعد إلى المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Events recorded here that head office has not received yet</source>
        <translation>أحداث سُجّلت هنا ولم يتسلّمها المكتب الرئيسي بعد</translation>
    </message>
    <message>
        <source>Events head office did not accept</source>
        <translation>أحداث لم يقبلها المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Events head office did not accept: open the case to see why</source>
        <translation>أحداث لم يقبلها المكتب الرئيسي: افتح الملف لمعرفة السبب</translation>
    </message>
    <message>
        <source>Sync progress</source>
        <translation>تقدّم المزامنة</translation>
    </message>
    <message>
        <source>S&amp;ync now</source>
        <translation>مزامنة الآ&amp;ن</translation>
    </message>
    <message>
        <source>Sync with head office now</source>
        <translation>المزامنة مع المكتب الرئيسي الآن</translation>
    </message>
    <message>
        <source>St&amp;op sync</source>
        <translation>إ&amp;يقاف المزامنة</translation>
    </message>
    <message>
        <source>Stop the sync after the current exchange</source>
        <translation>إيقاف المزامنة بعد التبادل الجاري</translation>
    </message>
    <message>
        <source>To send: {0}</source>
        <translation>للإرسال: {0}</translation>
    </message>
    <message>
        <source>Not accepted: {0}</source>
        <translation>غير مقبولة: {0}</translation>
    </message>
    <message>
        <source>Not enrolled with head office: Head office ▸ Enroll this device…</source>
        <translation>الجهاز غير مسجّل لدى المكتب الرئيسي: المكتب الرئيسي ◂ تسجيل هذا الجهاز…</translation>
    </message>
    <message>
        <source>Syncing…</source>
        <translation>جارٍ المزامنة…</translation>
    </message>
    <message>
        <source>Syncing: {0} sent, {1} received</source>
        <translation>جارٍ المزامنة: أُرسل {0}، واستُلم {1}</translation>
    </message>
    <message>
        <source>Up to date</source>
        <translation>محدَّث</translation>
    </message>
    <message>
        <source>Sync stopped</source>
        <translation>توقفت المزامنة</translation>
    </message>
    <message>
        <source>Head office not reachable</source>
        <translation>تعذّر الوصول إلى المكتب الرئيسي</translation>
    </message>
    <message>
        <source>Sync failed: {0}</source>
        <translation>فشلت المزامنة: {0}</translation>
    </message>
    <message>
        <source>Sync failed</source>
        <translation>فشلت المزامنة</translation>
    </message>
    <message>
        <source>Head office&apos;s certificate has changed: nothing was sent. Tell head office; sync again only when they say it is safe.</source>
        <translation>تغيّرت شهادة المكتب الرئيسي: لم يُرسَل أي شيء. أبلغ المكتب الرئيسي، ولا تُجرِ المزامنة مجددًا إلا عندما يؤكد لك أن ذلك آمن.</translation>
    </message>
    <message>
        <source>Stopping after this exchange…</source>
        <translation>جارٍ الإيقاف بعد هذا التبادل…</translation>
    </message>
    <message>
        <source>{0} minutes</source>
        <translation>{0} دقيقة</translation>
    </message>
    <message>
        <source>{0} hours</source>
        <translation>{0} ساعة</translation>
    </message>
    <message>
        <source>{0} days</source>
        <translation>{0} يوم</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {0} ahead: correct its date and time.</source>
        <translation>ساعة هذا الحاسوب متقدّمة بمقدار {0}: صحّح تاريخه ووقته.</translation>
    </message>
    <message>
        <source>This computer&apos;s clock is {0} behind: correct its date and time.</source>
        <translation>ساعة هذا الحاسوب متأخرة بمقدار {0}: صحّح تاريخه ووقته.</translation>
    </message>
    <message>
        <source>Never synced</source>
        <translation>لم تتم المزامنة قط</translation>
    </message>
    <message>
        <source>Synced just now</source>
        <translation>تمت المزامنة للتو</translation>
    </message>
    <message>
        <source>Synced {0} min ago</source>
        <translation>تمت المزامنة قبل {0} دقيقة</translation>
    </message>
    <message>
        <source>Synced {0} h ago</source>
        <translation>تمت المزامنة قبل {0} ساعة</translation>
    </message>
    <message>
        <source>Last synced {0}</source>
        <translation>آخر مزامنة: {0}</translation>
    </message>
</context>
<context>
    <name>TerminationDialog</name>
    <message>
        <source>Ends on {0}.</source>
        <translation>ينتهي في {0}.</translation>
    </message>
    <message>
        <source>No end date is set.</source>
        <translation>لم يُحدَّد تاريخ انتهاء.</translation>
    </message>
    <message>
        <source>Eligible for early termination from {0} (rule 11.2).</source>
        <translation>مؤهل للإنهاء المبكر اعتبارًا من {0} (القاعدة 11.2).</translation>
    </message>
    <message>
        <source>A measure completes on or after its end date ({0}); before it, record an early termination decided by the authority.</source>
        <translation>يكتمل التدبير في تاريخ انتهائه ({0}) أو بعده؛ أما قبل ذلك فسجّل إنهاءً مبكرًا قررته السلطة المختصة.</translation>
    </message>
    <message>
        <source>The end date ({0}) has been reached: the measure is completed, not ended early.</source>
        <translation>حلّ تاريخ الانتهاء ({0}): فالتدبير مكتمل، وليس منتهيًا مبكرًا.</translation>
    </message>
    <message>
        <source>The person is eligible for early termination only from {0}; record it if the authority decided so.</source>
        <translation>لا يصبح الشخص مؤهلًا للإنهاء المبكر إلا اعتبارًا من {0}؛ سجّله إذا قررت السلطة المختصة ذلك.</translation>
    </message>
    <message>
        <source>The authority and its decision reference are required.</source>
        <translation>يجب إدخال السلطة المختصة ومرجع قرارها.</translation>
    </message>
    <message>
        <source>No breach of this measure has been referred to the authority. A revocation can be recorded only after a referral made with the rule 14 safeguards: the person&apos;s account, the alternatives considered, and the right to appeal explained.</source>
        <translation>لم يُحَل أي إخلال بهذا التدبير إلى السلطة المختصة. ولا يمكن تسجيل الإلغاء إلا بعد إحالة تمت وفق ضمانات القاعدة 14: إفادة الشخص، والبدائل التي نُظر فيها، وشرح الحق في الطعن.</translation>
    </message>
    <message>
        <source>Choose the measure that ended.</source>
        <translation>اختر التدبير الذي انتهى.</translation>
    </message>
    <message>
        <source>The reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>Record the end of a measure</source>
        <translation>تسجيل انتهاء تدبير</translation>
    </message>
    <message>
        <source>Record that a measure has ended: completed at the end of its term, ended early by the competent authority (rule 11.2), or revoked by the authority after a breach (rule 14).</source>
        <translation>سجّل انتهاء التدبير: باكتماله في نهاية مدته، أو بإنهائه مبكرًا من قِبل السلطة المختصة (القاعدة 11.2)، أو بإلغائه من قِبل السلطة المختصة بعد إخلال (القاعدة 14).</translation>
    </message>
    <message>
        <source>&amp;Measure</source>
        <translation>&amp;التدبير</translation>
    </message>
    <message>
        <source>Measure</source>
        <translation>التدبير</translation>
    </message>
    <message>
        <source>About the measure</source>
        <translation>عن التدبير</translation>
    </message>
    <message>
        <source>&amp;How it ended</source>
        <translation>&amp;طريقة الانتهاء</translation>
    </message>
    <message>
        <source>How the measure ended</source>
        <translation>طريقة انتهاء التدبير</translation>
    </message>
    <message>
        <source>&amp;Decided on</source>
        <translation>&amp;تاريخ القرار</translation>
    </message>
    <message>
        <source>yyyy-MM-dd</source>
        <translation>yyyy-MM-dd</translation>
    </message>
    <message>
        <source>Decided on</source>
        <translation>تاريخ القرار</translation>
    </message>
    <message>
        <source>&amp;Authority</source>
        <translation>ال&amp;سلطة المختصة</translation>
    </message>
    <message>
        <source>Deciding authority</source>
        <translation>السلطة مُصدِرة القرار</translation>
    </message>
    <message>
        <source>Decision &amp;reference</source>
        <translation>&amp;مرجع القرار</translation>
    </message>
    <message>
        <source>Decision reference</source>
        <translation>مرجع القرار</translation>
    </message>
    <message>
        <source>R&amp;eason</source>
        <translation>السب&amp;ب</translation>
    </message>
    <message>
        <source>Reason</source>
        <translation>السبب</translation>
    </message>
    <message>
        <source>What the rules require</source>
        <translation>ما تقتضيه القواعد</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
</context>
<context>
    <name>UnlockPage</name>
    <message>
        <source> (demo)</source>
        <translation> (تجريبي)</translation>
    </message>
    <message>
        <source>There is no officer profile on this computer yet: create one.</source>
        <translation>لا يوجد حساب مشرف على هذا الحاسوب بعد: أنشئ حسابًا.</translation>
    </message>
    <message>
        <source>Demo profile with invented people. Its passphrase is: {0}</source>
        <translation>حساب تجريبي بأشخاص وهميين. عبارة المرور الخاصة به: {0}</translation>
    </message>
    <message>
        <source>Enter your passphrase.</source>
        <translation>أدخل عبارة المرور.</translation>
    </message>
    <message>
        <source>Unlocking…</source>
        <translation>جارٍ فتح القفل…</translation>
    </message>
    <message>
        <source>You can try again now.</source>
        <translation>يمكنك المحاولة مرة أخرى الآن.</translation>
    </message>
    <message>
        <source>Wait {0} seconds before trying again.</source>
        <translation>انتظر {0} ثانية قبل المحاولة مرة أخرى.</translation>
    </message>
    <message>
        <source>Unlock</source>
        <translation>فتح القفل</translation>
    </message>
    <message>
        <source>Tokyo Desk</source>
        <translation>Tokyo Desk</translation>
    </message>
    <message>
        <source>Case records and condition explanations (UN Tokyo Rules)</source>
        <translation>سجلات الملفات وشرح الشروط (قواعد طوكيو للأمم المتحدة)</translation>
    </message>
    <message>
        <source>&amp;Officer profile</source>
        <translation>&amp;حساب المشرف</translation>
    </message>
    <message>
        <source>Officer profile</source>
        <translation>حساب المشرف</translation>
    </message>
    <message>
        <source>&amp;Passphrase</source>
        <translation>&amp;عبارة المرور</translation>
    </message>
    <message>
        <source>Passphrase</source>
        <translation>عبارة المرور</translation>
    </message>
    <message>
        <source>Status</source>
        <translation>الحالة</translation>
    </message>
    <message>
        <source>Working</source>
        <translation>جارٍ العمل</translation>
    </message>
    <message>
        <source>&amp;New profile…</source>
        <translation>حساب &amp;جديد…</translation>
    </message>
    <message>
        <source>&amp;Unlock</source>
        <translation>&amp;فتح القفل</translation>
    </message>
</context>
<context>
    <name>Workspace</name>
    <message>
        <source>All open cases</source>
        <translation>كل الملفات المفتوحة</translation>
    </message>
    <message>
        <source>Explanation pending</source>
        <translation>بانتظار الشرح</translation>
    </message>
    <message>
        <source>Review due</source>
        <translation>مراجعة مستحقة</translation>
    </message>
    <message>
        <source>Breach open</source>
        <translation>إخلال قيد المعالجة</translation>
    </message>
    <message>
        <source>Ending soon</source>
        <translation>ينتهي قريبًا</translation>
    </message>
    <message>
        <source>{0} matching cases</source>
        <translation>الملفات المطابقة: {0}</translation>
    </message>
    <message>
        <source>{0} of {1} cases shown (scroll for more)</source>
        <translation>الملفات المعروضة: {0} من {1} (مرّر لعرض المزيد)</translation>
    </message>
    <message>
        <source>{0} cases</source>
        <translation>عدد الملفات: {0}</translation>
    </message>
    <message>
        <source>{0} cases shown</source>
        <translation>الملفات المعروضة: {0}</translation>
    </message>
    <message>
        <source>Recorded.</source>
        <translation>تم التسجيل.</translation>
    </message>
    <message>
        <source>Case opened.</source>
        <translation>فُتح الملف.</translation>
    </message>
    <message>
        <source>Explanation recorded.</source>
        <translation>سُجّل الشرح.</translation>
    </message>
    <message>
        <source>Name or case number</source>
        <translation>الاسم أو رقم الملف</translation>
    </message>
    <message>
        <source>Search names and case numbers</source>
        <translation>البحث في الأسماء وأرقام الملفات</translation>
    </message>
    <message>
        <source>Se&amp;arch</source>
        <translation>&amp;بحث</translation>
    </message>
    <message>
        <source>Sho&amp;w</source>
        <translation>&amp;عرض</translation>
    </message>
    <message>
        <source>Which cases to show</source>
        <translation>الملفات المطلوب عرضها</translation>
    </message>
    <message>
        <source>&amp;New case…</source>
        <translation>&amp;ملف جديد…</translation>
    </message>
    <message>
        <source>Open a case for a new person</source>
        <translation>فتح ملف لشخص جديد</translation>
    </message>
    <message>
        <source>Caseload</source>
        <translation>الملفات</translation>
    </message>
    <message>
        <source>Caseload summary</source>
        <translation>ملخص الملفات</translation>
    </message>
</context>
<context>
    <name>printing</name>
    <message>
        <source>Print the sheet</source>
        <translation>طباعة الورقة</translation>
    </message>
    <message>
        <source>Printing</source>
        <translation>الطباعة</translation>
    </message>
    <message>
        <source>Sending the sheet to the printer…</source>
        <translation>جارٍ إرسال الورقة إلى الطابعة…</translation>
    </message>
    <message>
        <source>Save the sheet as PDF</source>
        <translation>حفظ الورقة بصيغة PDF</translation>
    </message>
    <message>
        <source>PDF documents (*.pdf)</source>
        <translation>مستندات PDF (*.pdf)</translation>
    </message>
</context>
</TS>
