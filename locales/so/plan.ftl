# Polku — Soomaali: qorshayaasha ardayda iyo xasuusintooda (personal plans and their reminders).
# plan = qorshe, step = tallaabo, due date = taariikhda (ugu dambayn).
# The overdue reminder names its buttons: "Waa dhammaatay" (plan-mark-done) and
# "Caawimo ayaan u baahanahay" (plan-need-help).

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Koorso Af-Finish
step-type-language_course-about = Koorsada Af-Finishku waxay kaa caawinaysaa nolol maalmeedka iyo shaqada. La-taliyahaagu wuxuu kaa caawinayaa inaad hesho koorso kuu habboon.
step-type-vocational_application = Codsiga dugsiga xirfadda
step-type-vocational_application-about = Dugsiga xirfadda waxaad ku barataa shaqo. Waxaad ku codsataa foom, badanaa internetka. La-taliyahaagu wuu kaa caawin karaa inaad foomka buuxiso.
step-type-cv = CV
step-type-cv-about = CV waa warqad gaaban oo ku saabsan waxbarashadaada, shaqadaada iyo xirfadahaaga. Loo-shaqeeyayaashu way akhriyaan marka aad shaqo codsato.
step-type-job_application = Codsi shaqo
step-type-job_application-about = Waxaad codsanaysaa shaqo. Waxaad dirtaa CV-gaaga iyo warqad gaaban, ama waxaad buuxisaa foom.
step-type-employment_office = Booqasho xafiiska shaqada
step-type-employment_office-about = Xafiiska shaqada waxaad kaga hadashaa raadinta shaqada iyo qorshahaaga.
step-type-work_tryout = Tijaabo shaqo
step-type-work_tryout-about = Tijaabada shaqada, waxaad muddo gaaban ka shaqaysaa goob shaqo. Waxaad wax baranaysaa, waxaadna arkaysaa haddii shaqadu kuu habboon tahay.
step-type-social_worker = Ballan shaqaalaha bulshada
step-type-social_worker-about = Shaqaalaha bulshadu wuxuu kaa caawiyaa lacagta, guriga, qoyska iyo arrimo kale oo nolosha ah.
step-type-health_check = Baaritaan caafimaad
step-type-health_check-about = Kalkaaliye ama dhakhtar ayaa baaraya caafimaadkaaga. Tani waxay ka caawinaysaa qorshaynta waxbarashadaada iyo shaqadaada.
step-type-document = Dukumenti aad keenayso
step-type-document-about = Dukumentigan la kaalay. Haddii aadan haysan, u sheeg la-taliyahaaga.
step-type-counsellor_meeting = Ballan la-taliyahaaga
step-type-counsellor_meeting-about = Waxaad la kulantaa la-taliyahaaga. Waxaad ka wada hadlaysaan qorshahaaga.
step-type-other = Hawl kale
step-type-other-about = La-taliyahaagu wuu kuu sheegi doonaa waxa aad samaynayso.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = taariikh ma leh
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = weli waddo ma jirto
plan-no-next = ma jiraan tallaabooyin furan

## The learner's plan

plan-learner-view =
    <b>Qorshahaaga</b> ({ $path })

    { $lines }
    { $meeting }

    Marka aad tallaabo dhammayso, riix badhankeeda.
plan-learner-empty = La-taliyahaagu weli wuu samaynayaa qorshahaaga. Waan kuu sheegi doonaa marka uu diyaar noqdo.
plan-learner-not-accepted = Qorshe kuma lihid Polku, sababtoo ah Xarunta Xirfadaha ee Soo-galootiga kuma aqbali karin. Haddii jawaab kaa mid ahi khalad ahayd, qor /intake si aad dib u bilowdo.
plan-done-button = ✅ { $number }. { $type }: waa dhammaatay
# A short note on the button (plain text).
plan-done-thanks = Hambalyo! La-taliyahaagu wuu arki doonaa.
plan-done-well-done = Hambalyo!
plan-ready =
    La-taliyahaagu wuu xaqiijiyay qorshahaaga: { $count ->
        [one] hal tallaabo
       *[other] { $count } tallaabo
    }. Tallaabada ugu horreysa waa <b>{ $first }</b> ({ $due }). Qor /plan si aad u aragto. Tallaabo kasta ka hor waan ku xasuusin doonaa.
plan-need-help = Caawimo ayaan u baahanahay
plan-help-sent = Waxaan u sheegay la-taliyahaaga inaad caawimo u baahan tahay. Wuu kula soo xiriiri doonaa.
plan-help-already-sent = La-taliyahaagu horay ayuu u ogaa inaad caawimo u baahan tahay. Wuu kula soo xiriiri doonaa.
plan-help-nobody = Waan ka xumahay, qofna uma sheegi karin. Hadda Polku kuma lihid la-taliye. Fadlan la xiriir xafiiska xarunta.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Maanta:</b> { $type }
        [1] <b>Berri:</b> { $type }
       *[other] <b>{ $days } maalmood kadib:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b>: wakhtigu wuxuu ahaa { $due }. Sidee ayay kuu socotaa?
    Haddii aad dhammaysay, riix "Waa dhammaatay". Haddii ay wax kugu adag yihiin, riix "Caawimo ayaan u baahanahay".{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Ardaydaada</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · xiga: { $next } · markii ugu dambaysay: { $seen }
learners-none = Weli ma lihid arday. Mid ku casuun /invite.
learners-button = { $name }
plan-counsellor-view =
    <b>Qorshaha { $name }</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Tani waa soo jeedin. Ardaygu wuu arki doonaa marka aad xaqiijiso.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>Qorshaha { $name }</b> ({ $path })
    Qorshuhu weli tallaabooyin ma leh.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Ku dar tallaabo
plan-confirm = ✔️ Xaqiiji qorshaha
plan-confirmed-told = Qorshaha waad xaqiijisay. Waxaan u sheegay { $name }.
plan-open = Fur qorshaha
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Waa dhammaatay
plan-mark-todo = ↩️ Weli ma dhammaan
plan-skip = ➖ Ka bood
plan-up = ⬆️ Kor
plan-down = ⬇️ Hoos
plan-change-date = 🗓 Beddel taariikhda
plan-remove = 🗑 Ka saar
plan-remove-yes = 🗑 Haa, ka saar
plan-remove-confirm = Ma ka saaraysaa tallaabadan? { $line }
plan-back-to-plan = ← Ku noqo qorshaha
plan-add-type = Tallaabo noocee ah ayay tahay?
plan-add-due = Goorma ayay tahay tallaabadan? Qor taariikh, tusaale ahaan 31.12.2026. Waxaad ku dari kartaa saacad, tusaale ahaan 31.12.2026 14:30. Haddii aysan taariikh lahayn, riix "Ka bood".
plan-add-place = Xaggee? Qor meel ama linki. Haddii aysan meel jirin, riix "Ka bood".
plan-add-note = Ma jiraan wax kale oo ardaygu u baahan yahay inuu ogaado? Qor qoraal gaaban, ama riix "Ka bood".
plan-step-added = Waan ku daray tallaabada. Ardaygu wuxuu heli doonaa xasuusin taariikhda ka hor.
plan-date-changed = Taariikhda waan beddelay. Xasuusintu waxay raacaysaa taariikhda cusub.
plan-date-removed = Taariikhda waan ka saaray. Hadda tallaabadan xasuusin ma leh.
plan-step-added-no-date = Waan ku daray tallaabada. Taariikh ma leh, sidaas darteed xasuusin ma jirto.

## Notices to counsellors

notice-plan-proposed = Waxaan u sameeyay qorshe bilow ah <b>{ $name }</b>. Fadlan hubi oo xaqiiji, ama beddel.
notice-steps-done =
    Ardaydaadu waxay calaamadeeyeen inay dhammeeyeen tallaabooyinkan:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = Ardayga <b>{ $name }</b> wuxuu caawimo ugu baahan yahay tallaabadan: { $type }. Fadlan la xiriir.
