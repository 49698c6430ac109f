## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Neden: { $reasons }
    Plandaki sonraki adım: { $step }
    Sonraki görüşme: { $meeting }
motivation-notice-who-score = { $name } · puan { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Bir öğrencinin size ihtiyacı olabilir.
motivation-head-request = 🙋 Bir öğrenci sizinle konuşmak istiyor.
motivation-head-crisis = 🚨 ACİL: Bir öğrenci kriz anlamına gelebilecek sözler yazdı. Lütfen hemen kendisiyle iletişime geçin.
motivation-head-forwarded = ⏰ Bu bildirime henüz kimse cevap vermedi. Yardım edebilir misiniz?
motivation-notice-step = { $type } (son tarih: { $due })
motivation-notice-no-date = tarih yok
motivation-notice-meeting = { $when }
motivation-notice-none = yok
motivation-reason-low-mood = { $count ->
    [one] ruh hâli { $mood }/5
   *[other] son zamanlarda { $count } kez düşük ruh hâli, en düşük { $mood }/5
}
motivation-reason-mood-drop = ruh hâli yaklaşık { $average } seviyesinden { $mood }/5 seviyesine düştü
motivation-reason-mood-trend = ruh hâli her soruda düştü: { $from } seviyesinden { $mood }/5 seviyesine
motivation-reason-unanswered = { $count } soruya veya hatırlatmaya cevap yok
motivation-reason-silence = { $days } gündür iletişim yok
motivation-reason-missed-meeting = { $count ->
    [one] görüşmeye gelmedi ({ $date })
   *[other] { $count } görüşmeye gelmedi, sonuncusu { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] plandaki bir adımın tarihi geçti
   *[other] plandaki { $count } adımın tarihi geçti
}
motivation-reason-help = plandaki bir adım için yardım istedi
motivation-reason-discouraged = umutsuzluk gösteren sözler yazdı
motivation-reason-request = sizinle konuşmak istedi
motivation-reason-crisis = kriz anlamına gelebilecek sözler yazdı
motivation-reason-crisis-unanswered = kriz anlamına gelebilecek sözler yazdı ve güvende mi diye sorunca { $minutes } dakika içinde cevap vermedi
motivation-reason-other = başka bir işaret ({ $count })
motivation-button-ack = Ben iletişime geçeceğim
motivation-button-message = Mesaj gönder
motivation-button-book = Görüşme ayarla
motivation-button-not-needed = Gerek yok
motivation-escalation-gone = Bu bildirim artık yok.
motivation-learner-will-contact = Danışmanınız { $counsellor } yakında sizinle iletişime geçecek. Bana da istediğiniz zaman yazabilirsiniz.
motivation-learner-will-contact-someone = Merkezden biri yakında sizinle iletişime geçecek. Bana da istediğiniz zaman yazabilirsiniz.
motivation-crisis-confirm =
    Güvende olduğunuzdan emin olmak istiyorum. Şu anda tehlikede misiniz? Kendinize veya başka birine zarar vermeyi düşünüyor musunuz?
    Şu anda tehlikedeyseniz 112'yi arayın.
motivation-crisis-yes = Evet, hemen yardıma ihtiyacım var
motivation-crisis-no = Hayır, güvendeyim
motivation-crisis-help =
    Siz veya başka biri tehlikedeyse lütfen hemen 112'yi arayın.
    MIELI Kriz Hattı'nda biriyle konuşabilirsiniz: 09 2525 0111 (her zaman açık).
    Danışmanınıza haber verdim. Danışmanınız en kısa zamanda sizinle iletişime geçecek.
motivation-crisis-safe = Bana anlattığınız için teşekkürler. Kendinizi kötü hissederseniz bana yazın. MIELI Kriz Hattı'nı da arayabilirsiniz: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Planınızla ilgili işler nasıl gidiyor?
check-in-mood-1 = 😞 Çok kötü
check-in-mood-2 = 🙁 Kötü
check-in-mood-3 = 😐 İdare eder
check-in-mood-4 = 🙂 İyi
check-in-mood-5 = 😄 Çok iyi
check-in-hardest = Şu anda en zor olan ne? Bir veya daha fazlasını seçin, sonra Tamam'a basın.
option-hardest-language = Dil
option-hardest-money = Para
option-hardest-health = Sağlık
option-hardest-family = Aile
option-hardest-childcare = Çocuk bakımı
option-hardest-next_step = Sonraki adımı bilmiyorum
option-hardest-other = Başka bir şey
check-in-note = Danışmanınıza bir şey söylemek ister misiniz? Bir satır yazın veya Geç'e basın.
check-in-thanks = Teşekkürler! Bunu duyduğuma sevindim. Nasıl olduğunuzu bana istediğiniz zaman /mood ile anlatabilirsiniz.
check-in-thanks-low = Anlattığınız için teşekkürler. Danışmanınızla konuşmak isterseniz düğmeye basın.
check-in-note-to-counsellor =
    💬 { $name } durumunu bildirdi (ruh hâli { $mood }/5) ve şunu yazdı:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Danışmanımla konuşmak istiyorum
motivation-request-sent = Danışmanınıza ({ $counsellor }) haber verdim. Danışmanınız yakında sizinle iletişime geçecek.
motivation-request-sent-someone = Merkeze haber verdim. Yakında biri sizinle iletişime geçecek.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Şu anda size ihtiyacı olabilecek öğrenciler:
motivation-escalations-none = Açık bildirim yok. Güzel!
motivation-acknowledged = Teşekkürler. { $name } kendisiyle iletişime geçeceğinizi öğrenecek.
motivation-not-needed-thanks = Kaydedildi: { $name } için gerek yok. Bu, bildirimleri daha iyi yapmamıza yardım ediyor.
motivation-already-handled = { $name } ile ilgili bu bildirime başka biri zaten cevap verdi.
motivation-message-ask = { $name } için mesajınızı yazın. Mesajı ona göndereceğim.
motivation-message-to-learner =
    💬 Danışmanınız { $counsellor } size bir mesaj gönderdi:
    { $text }
motivation-message-sent = Mesaj gönderildi: { $name }
motivation-book-how = { $name } ile görüşmek için ona bir saat yazan bir mesaj gönderin. Ya da Polku'da bir görüşme ayarlamasını isteyin.

## /mydata

mydata-motivation = Nasıl olduğunuzu bana kaç kez anlattınız: { $check_ins }. Fark ettiğim işaretler (örneğin düşük ruh hâli veya kaçırılan bir görüşme): { $signals }. Danışmanınıza kaç kez haber verdim: { $escalations }.

## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    Buna kendim cevap veremiyorum. Belki bunlardan biri yardım eder:
    /plan – planınız
    /appointments – görüşmeleriniz
    /help – yapabildiğim her şey
    Ya da sorunuzu danışmanınıza gönderebilirim.
ask-counsellor-button = Danışmanıma sor
ask-sent = Sorunuzu danışmana gönderdim: { $counsellor }. Cevap buraya gelecek.
ask-nobody = Üzgünüm, sorunuzu gönderemedim. Şu anda Polku'da bir danışmanınız yok. Lütfen merkezin ofisiyle iletişime geçin.
ask-notice = <b>{ $name }</b> soruyor: { $text }
ask-answer-button = Cevap ver
ask-answer-ask = Cevabınızı yazın, kime: { $name }. Cevabı Polku'da gönderirim.
ask-answer-sent = Cevabınızı gönderdim, kime: { $name }.
ask-answer-gone = Cevabınızı gönderemedim. Bu öğrenci artık sizin öğrenciniz değil veya Polku'dan ayrıldı.
ask-answer-to-learner = Danışmanınız { $counsellor } cevap veriyor: { $text }

## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).

check-in-when-button = 🕒 Günü ve saati seçin
check-in-when-day = Planınızın nasıl gittiğini soruyorum. Bu soruyu hangi gün sorayım? Şu an: { $current }.
check-in-when-default-rhythm = bir öncekinden yaklaşık bir hafta sonra
check-in-when-chosen = { $day }, saat { $time }
check-in-weekday = { $day ->
    [0] Pazartesi
    [1] Salı
    [2] Çarşamba
    [3] Perşembe
    [4] Cuma
    [5] Cumartesi
   *[6] Pazar
}
check-in-when-default = Bir öncekinden yaklaşık bir hafta sonra
check-in-when-hour = Saat kaçta? Gün: { $day }.
check-in-when-hour-button = { $time }
check-in-when-saved = Tamam. Nasıl gittiğini soracağım. Gün: { $day }, saat: { $time }. Bunu /checkin ile değiştirebilirsiniz.
check-in-when-saved-default = Tamam. Nasıl gittiğini bir öncekinden yaklaşık bir hafta sonra soracağım. Bunu /checkin ile değiştirebilirsiniz.
