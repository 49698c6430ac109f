## Campaigns: reminders a coordinator sends to a group of learners

command-campaign = Öğrenci gruplarına hatırlatma gönderin

# The coordinator's own text, in the learner's language (or the fallback language).
campaign-message = { $text }
campaign-answer = { $label }
campaign-mute = 🔕 Bu mesajları kapat
campaign-muted = Bu grup mesajlarını artık almayacaksınız. Planınız ve görüşmeleriniz için hatırlatmalar yine gelecek.
campaign-answer-thanks = Teşekkürler, cevabınızı kaydettim.

campaign-list =
    Kampanyalarınız:
    { $lines }
campaign-list-line = { $id }. { $name } ({ $status })
campaign-list-empty = Henüz kampanya yok. Komut satırında bir kampanya oluşturun: polku campaign create FILE.yml
campaign-button-show = Kampanya { $id }
campaign-button-send = Gönder
campaign-button-confirm = Evet, gönder
campaign-button-cancel = Kampanyayı iptal et

campaign-preview =
    Kampanya { $id }: { $name } ({ $status })
    Öğrenci sayısı: { $count }
    { $languages }
    { $fallback } öğrenci metni { $fallback_language } dilinde alacak, çünkü kendi dillerinde metin yok.
    Mesajları kapatan: { $muted }. Botu engelleyen: { $blocked }.
campaign-preview-language = { $language }: { $count } (metni yedek dilde alacak: { $fallback })
campaign-example =
    Örnek, dil: { $language }
    { $text }
campaign-confirm = Bu kampanya { $count } öğrenciye gönderilsin mi?
campaign-scheduled = “{ $name }” kampanyasını şimdi gönderiyorum. Bitirince bir rapor alacaksınız.
campaign-cancelled = “{ $name }” kampanyasını iptal ettim. Kampanyanın { $count } mesajını göndermeyeceğim.

campaign-report =
    Rapor: { $name }
    Öğrenci sayısı: { $audience }
    Gönderilen: { $sent }. Başarısız: { $failed }. Engelleyen: { $blocked }. Kapatan: { $muted }. Bekleyen: { $pending }.
    { $languages }
    Cevaplar:
    { $answers }
campaign-report-language = { $language }: { $total } mesajdan { $sent } tanesi gönderildi
campaign-report-answer = Düğme { $number }: { $count }
campaign-report-no-answers = Henüz cevap yok.

campaign-error = Bu kampanyayı şu anda değiştiremezsiniz.
campaign-error-not_draft = Biri bu kampanyayı zaten gönderdi veya iptal etti.
campaign-error-finished = Bu kampanya bitti.
