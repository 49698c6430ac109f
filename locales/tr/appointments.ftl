# Polku — Türkçe: meetings with the counsellor (görüşme).

## How and where

appointment-mode-in_person = Yüz yüze
appointment-mode-phone = Telefonla
appointment-mode-video = Görüntülü görüşme
appointment-place-unknown = yeri danışmanınız size söyleyecek
appointment-how = { $mode }: { $place }
appointment-ics-summary = { $counsellor } ile görüşme

## Notices

appointment-booked =
    📅 { $counsellor } ile bir görüşmeniz var.
    🕘 { $when }
    { $mode }: { $place }
appointment-booked-counsellor =
    📅 { $learner } ile yeni görüşme.
    🕘 { $when }
    { $mode }: { $place }
appointment-moved =
    📅 { $counsellor } ile görüşmenizin saati değişti.
    🕘 { $when } (önceki: { $previous })
    { $mode }: { $place }
appointment-moved-counsellor =
    📅 { $learner } ile görüşmenin saati değişti.
    🕘 { $when } (önceki: { $previous })
    { $mode }: { $place }
appointment-cancelled =
    ❌ İptal edildi: { $counsellor } ile görüşmeniz ({ $when }).
    Neden: { $reason }
appointment-cancelled-counsellor =
    ❌ İptal edildi: { $learner } ile görüşme ({ $when }).
    Neden: { $reason }

## Reasons for a cancellation

appointment-reason-learner = öğrenci iptal etti
appointment-reason-ill = hastalık
appointment-reason-counsellor_away = danışman gelemiyor
appointment-reason-not_needed = görüşmeye gerek yok
appointment-reason-other = başka bir neden

## Problems

appointment-error = Bu görüşmeyi bu şekilde değiştiremezsiniz.
appointment-slot-taken = Üzgünüm, bu saati az önce başka biri aldı. Lütfen başka bir saat seçin.
appointment-slot-unavailable = Bu saat için görüşme ayarlayamazsınız. Lütfen başka bir saat seçin.
appointment-no-counsellor = Şu anda bir danışmanınız yok. Danışmanınız olunca size haber vereceğiz.
appointment-not-found = Bu görüşmeyi bulamadım.
appointment-closed = Bu görüşme bitti veya biri onu iptal etti.
appointment-not-started = Görüşme henüz başlamadı.

## Booking in the chat

appointment-book-button = 📅 Görüşme ayarlayın
appointment-choose-day = Ne zaman gelebilirsiniz? Bir gün seçin.
appointment-choose-day-move =
    Görüşmeniz şu an bu zamanda: { $when }
    Yeni bir gün seçin.
appointment-day-button = { $day }
appointment-choose-time = Bir saat seçin. Gün: { $day }
appointment-time-button = { $time }
appointment-other-day = ◀️ Başka bir gün
appointment-other-time = 🔁 Başka bir saat
appointment-no-free-times = Şu anda boş saat yok. Lütfen daha sonra tekrar deneyin veya danışmanınıza sorun.
appointment-stale = Bu düğme eski. Şu anki boş saatler bunlar.
appointment-day-gone = O günde artık boş saat yok. Lütfen başka bir gün seçin.
appointment-time-gone = O saat artık boş değil. Lütfen başka bir saat seçin.
appointment-confirm =
    Bu görüşmeyi ayarlayalım mı?
    🕘 { $when }
    { $mode }: { $place }
appointment-confirm-move =
    Görüşmeniz bu saate alınsın mı?
    🕘 { $when } (şu an: { $previous })
    { $mode }: { $place }
appointment-confirm-for =
    { $learner } için görüşme ayarlansın mı?
    🕘 { $when }
    { $mode }: { $place }
appointment-yes = ✅ Evet
appointment-done =
    ✅ Görüşmenizi ayarladım.
    🕘 { $when }
    { $mode }: { $place }
    Görüşmeden önce size hatırlatacağım.
appointment-moved-done =
    ✅ Görüşmenizin saati değişti.
    🕘 { $when }
    { $mode }: { $place }
appointment-done-for =
    ✅ { $learner } için görüşme ayarlandı.
    🕘 { $when }
    { $mode }: { $place }
appointment-ics-caption = 📎 Görüşmeniz: { $when }. Görüşmeyi telefonunuzun takvimine eklemek için dosyayı açın.
appointment-ics-cancel-caption = 📎 Görüşmeniz iptal oldu: { $when }. Görüşmeyi telefonunuzun takviminden silmek için dosyayı açın.

## Your meetings

appointment-list =
    <b>Görüşmeleriniz</b>

    { $lines }
appointment-line = 🕘 { $when } – { $mode }: { $place }
appointment-none = Ayarlanmış bir görüşmeniz yok.
appointment-move-button = 🔁 Zamanı değiştir: { $day } { $time }
appointment-cancel-button = ❌ İptal et: { $day } { $time }
appointment-list-counsellor =
    <b>Görüşmeleriniz</b>

    { $lines }
appointment-line-counsellor = 🕘 { $when } – { $learner } ({ $mode })
appointment-none-counsellor = Ayarlanmış bir görüşmeniz yok.
appointment-cancel-for-button = ❌ { $learner } { $day } { $time }
appointment-cancel-confirm = Bu görüşmenizi iptal etmek istiyor musunuz? Zamanı: { $when }
appointment-cancel-yes = ❌ Görüşmeyi iptal et
appointment-cancel-no = Görüşme kalsın
appointment-cancel-done = Görüşmenizi iptal ettim. Zamanı: { $when }. Danışmanınız bunu biliyor.
appointment-cancel-why = { $learner } ile görüşmeyi neden iptal ediyorsunuz? Zamanı: { $when }
appointment-why-ill = Hastalık
appointment-why-away = Gelemiyorum
appointment-why-not-needed = Gerek yok
appointment-why-other = Başka bir neden
appointment-cancel-done-counsellor = { $learner } ile görüşmeyi iptal ettim. Zamanı: { $when }. Bunu { $learner } adlı öğrenciye söyledim.
appointment-question = Görüşmelerinizi /appointments ile görebilirsiniz. Yeni bir görüşme için /book kullanın.

## Reminders

appointment-reminder-24h =
    📅 Hatırlatma: yarın { $counsellor } ile görüşmeniz var.
    🕘 { $when }
    { $mode }: { $place }
appointment-reminder-2h =
    📅 { $counsellor } ile görüşmeniz iki saat sonra başlıyor.
    🕘 { $when }
    { $mode }: { $place }
appointment-coming = 👍 Geleceğim
appointment-not-coming = Gelemiyorum
appointment-coming-thanks = Teşekkürler! Görüşmek üzere.
appointment-not-coming-reply = Haber verdiğiniz için teşekkürler. Danışmanınız bunu biliyor. Başka bir saat mi istersiniz, yoksa görüşmeyi iptal mi edelim? Görüşmenin zamanı: { $when }
appointment-not-coming-counsellor = ⚠️ { $learner } görüşmeye gelemiyor. Görüşmenin zamanı: { $when }

## After the meeting

appointment-outcome-question = { $learner } ile görüşme nasıl geçti? Zamanı: { $when }
appointment-met = ✅ Görüştük
appointment-no-show = ❌ Gelmedi
appointment-marked-met = ✅ Kaydedildi: { $learner } ile görüştünüz ({ $when }).
appointment-marked-no-show = ❌ Kaydedildi: { $learner } gelmedi ({ $when }).

## In the plan

plan-meeting-none = 📅 Ayarlanmış görüşme yok.
plan-meeting-next = 📅 Sonraki görüşme: { $when }
