# Polku — Türkçe: personal plans and their reminders.

## Step types: a short name, and a plain explanation for the learner

step-type-language_course = Fince kursu
step-type-language_course-about = Fince kursu günlük hayatta ve işte size yardım eder. Danışmanınız size uygun bir kurs bulmanıza yardım eder.
step-type-vocational_application = Meslek okuluna başvuru
step-type-vocational_application-about = Meslek okulunda bir meslek öğrenirsiniz. Bir form ile başvurursunuz, genellikle internetten. Danışmanınız formu doldurmanıza yardım edebilir.
step-type-cv = CV (özgeçmiş)
step-type-cv-about = CV, eğitiminizi, işlerinizi ve becerilerinizi anlatan kısa bir yazıdır. İşe başvurduğunuzda işverenler CV'nizi okur.
step-type-job_application = İş başvurusu
step-type-job_application-about = Bir işe başvurursunuz. CV'nizi ve kısa bir mektup gönderirsiniz veya bir form doldurursunuz.
step-type-employment_office = İstihdam hizmetlerine ziyaret
step-type-employment_office-about = İstihdam hizmetlerinde iş aramanızı ve planınızı konuşursunuz.
step-type-work_tryout = İş denemesi
step-type-work_tryout-about = İş denemesinde kısa bir süre bir iş yerinde çalışırsınız. Böylece öğrenirsiniz ve işin size uygun olup olmadığını görürsünüz.
step-type-social_worker = Sosyal hizmet uzmanıyla görüşme
step-type-social_worker-about = Sosyal hizmet uzmanı para, ev, aile ve hayatın başka konularında yardım eder.
step-type-health_check = Sağlık kontrolü
step-type-health_check-about = Bir hemşire veya doktor sağlığınızı kontrol eder. Bu, eğitiminizi ve işinizi planlamaya yardım eder.
step-type-document = Getirilecek belge
step-type-document-about = Bu belgeyi yanınızda getirin. Belgeniz yoksa danışmanınıza söyleyin.
step-type-counsellor_meeting = Danışmanınızla görüşme
step-type-counsellor_meeting-about = Planınızı konuşmak için danışmanınızla görüşürsünüz.
step-type-other = Başka bir görev
step-type-other-about = Ne yapacağınızı danışmanınız size söyleyecek.

## Steps in a list

plan-line-todo = { $number }. <b>{ $type }</b> – { $due }{ $details }
plan-line-done = { $number }. ✅ <s>{ $type }</s> – { $due }
plan-line-skipped = { $number }. ➖ <s>{ $type }</s> – { $due }
plan-no-date = tarih yok
plan-place = {"\u000A"}   📍 { $place }
plan-note = {"\u000A"}   📝 { $note }
plan-no-path = henüz yol yok
plan-no-next = açık adım yok

## The learner's plan

plan-learner-view =
    <b>Planınız</b> ({ $path })

    { $lines }
    { $meeting }

    Bir adımı bitirince onun düğmesine basın.
plan-learner-empty = Danışmanınız planınızı hâlâ hazırlıyor. Plan hazır olunca size haber vereceğim.
plan-learner-not-accepted = Polku'da planınız yok, çünkü Göçmenler için Beceri Merkezi'ne katılamadınız. Bir cevabınız yanlışsa, yeniden başlamak için /intake yazın.
plan-done-button = ✅ { $number }. { $type }: bitti
# A short note on the button (plain text).
plan-done-thanks = Tebrikler! Danışmanınız bunu görecek.
plan-done-well-done = Tebrikler!
plan-ready =
    Danışmanınız planınızı onayladı: { $count ->
        [one] bir adım
       *[other] { $count } adım
    }. İlk adım: <b>{ $first }</b> ({ $due }). Görmek için /plan yazın. Her adımdan önce size hatırlatacağım.
plan-need-help = Yardıma ihtiyacım var
plan-help-sent = Danışmanınıza yardıma ihtiyacınız olduğunu söyledim. Danışmanınız sizinle iletişime geçecek.
plan-help-already-sent = Danışmanınız yardıma ihtiyacınız olduğunu zaten biliyor. Danışmanınız sizinle iletişime geçecek.
plan-help-nobody = Üzgünüm, kimseye haber veremedim. Şu anda Polku'da bir danışmanınız yok. Lütfen merkezin ofisiyle iletişime geçin.

## Reminders

reminder-step =
    { $days ->
        [0] <b>Bugün:</b> { $type }
        [1] <b>Yarın:</b> { $type }
       *[other] <b>{ $days } gün sonra:</b> { $type }
    }
    🗓 { $due }{ $details }
reminder-overdue =
    <b>{ $type }</b> için son tarih { $due } idi. Nasıl gidiyor?
    Yaptıysanız "Bitti" düğmesine basın. Zorlandığınız bir şey varsa "Yardıma ihtiyacım var" düğmesine basın.{ $details }

## Counsellors: learners and plans

learners-list =
    <b>Öğrencileriniz</b>

    { $lines }
learners-line = <b>{ $name }</b> · { $path } · sonraki: { $next } · son görülme: { $seen }
learners-none = Henüz öğrenciniz yok. /invite ile bir öğrenci davet edin.
learners-button = { $name }
plan-counsellor-view =
    <b>{ $name } adlı öğrencinin planı</b> ({ $path }){ $status ->
        [unconfirmed] {"\u000A"}Bu bir öneri. Siz onaylayınca öğrenci planı görür.
       *[confirmed] {""}
    }

    { $lines }
    { $meeting }
plan-counsellor-empty =
    <b>{ $name } adlı öğrencinin planı</b> ({ $path })
    Planda henüz adım yok.
    { $meeting }
plan-step-button = { $number }. { $type }
plan-add = ➕ Adım ekle
plan-confirm = ✔️ Planı onayla
plan-confirmed-told = Plan onaylandı. Haber verdim: { $name }.
plan-open = Planı aç
plan-step-menu =
    { $name }:
    { $line }
plan-mark-done = ✅ Bitti
plan-mark-todo = ↩️ Bitmedi
plan-skip = ➖ Atla
plan-up = ⬆️ Yukarı
plan-down = ⬇️ Aşağı
plan-change-date = 🗓 Tarihi değiştir
plan-remove = 🗑 Kaldır
plan-remove-yes = 🗑 Evet, kaldır
plan-remove-confirm = Bu adım kaldırılsın mı? { $line }
plan-back-to-plan = ← Plana geri dön
plan-add-type = Bu ne tür bir adım?
plan-add-due = Son tarih ne? Bir tarih yazın, örneğin 31.12.2026. Saat de ekleyebilirsiniz, örneğin 31.12.2026 14:30. Tarih yoksa Geç'e basın.
plan-add-place = Nerede? Bir yer veya link yazın. Yer yoksa Geç'e basın.
plan-add-note = Öğrencinin bilmesi gereken başka bir şey var mı? Kısa bir not yazın veya Geç'e basın.
plan-step-added = Adımı ekledim. Öğrenci tarihten önce hatırlatma alacak.
plan-date-changed = Tarihi değiştirdim. Hatırlatmalar yeni tarihe göre gelecek.
plan-date-removed = Tarihi kaldırdım. Bu adımın artık hatırlatması yok.
plan-step-added-no-date = Adımı ekledim. Adımın tarihi yok, bu yüzden hatırlatma da yok.

## Notices to counsellors

notice-plan-proposed = <b>{ $name }</b> için bir başlangıç planı yaptım. Lütfen planı kontrol edip onaylayın veya değiştirin.
notice-steps-done =
    Öğrencileriniz şu adımları bitti olarak işaretledi:
    { $lines }
notice-step-done-line = ✅ <b>{ $name }</b>: { $type }
notice-needs-help = <b>{ $name }</b> bu adım için yardıma ihtiyaç duyuyor: { $type }. Lütfen kendisiyle iletişime geçin.
