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
campaign-state-draft = taslak
campaign-state-scheduled = zamanlandı
campaign-state-sending = gönderiliyor
campaign-state-done = gönderildi
campaign-state-cancelled = iptal edildi
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
campaign-scheduled = “{ $name }” kampanyasını onayladınız. Seçtiğiniz zamanda göndereceğim. Bitirince bir rapor alacaksınız.
campaign-sending-now = “{ $name }” kampanyasını onayladınız. Şimdi gönderiyorum. Bitirince bir rapor alacaksınız.
campaign-cancelled = “{ $name }” kampanyasını iptal ettim. Kampanyanın { $count } mesajını göndermeyeceğim.

# $in_doubt: nothing, or one more line (campaign-report-in-doubt) when some messages
# may have arrived: a request was on its way when something went wrong.
campaign-report =
    Rapor: { $name }
    Öğrenci sayısı: { $audience }
    Gönderilen: { $sent }. Başarısız: { $failed }. Engelleyen: { $blocked }. Kapatan: { $muted }. Bekleyen: { $pending }.{ $in_doubt }
    { $languages }
    Cevaplar:
    { $answers }
campaign-report-language = { $language }: { $total } mesajdan { $sent } tanesi gönderildi
campaign-report-answer = Düğme { $number }: { $count }
campaign-report-no-answers = Henüz cevap yok.
campaign-report-in-doubt = {"\u000A"}{ $count ->
        [one] Bir mesaj ulaşmış olabilir. Gönderirken bir sorun yaşadım, bu yüzden bilmiyorum. Onu tekrar göndermeyeceğim.
       *[other] { $count } mesaj ulaşmış olabilir. Gönderirken bir sorun yaşadım, bu yüzden bilmiyorum. Onları tekrar göndermeyeceğim.
    }

campaign-error = Bu kampanyayı şu anda değiştiremezsiniz.
campaign-error-not_draft = Biri bu kampanyayı zaten gönderdi veya iptal etti.
campaign-error-finished = Bu kampanya bitti.

## The guided dialogue: a new campaign (/campaign, "New campaign")

campaign-new-button = ➕ Yeni kampanya
campaign-new-name = Yeni bir kampanya. Adı ne olsun? Adı sadece personel görür.
campaign-new-audience =
    Kim alacak? Bir filtre seçin veya Tamam'a basın. Filtre yoksa bütün öğrenciler alır.
    Yol: { $path }
    Durum: { $status }
    Danışman: { $counsellor }
    Dil: { $language }
    Yapılmamış plan adımı: { $step }
    Son etkinlik: { $active }
campaign-filter-path = Yol
campaign-filter-status = Durum
campaign-filter-counsellor = Danışman
campaign-filter-language = Dil
campaign-filter-step = Yapılmamış plan adımı
campaign-filter-active = Son etkinlik
campaign-filter-done = ✓ Tamam
campaign-new-path = Hangi yoldaki öğrenciler? Seçin, sonra Tamam'a basın. Geç, bu filtreyi kaldırır.
campaign-new-status = Hangi aşamadaki öğrenciler? Seçin, sonra Tamam'a basın. Geç, bu filtreyi kaldırır.
campaign-new-counsellor = Hangi danışmanın öğrencileri? Seçin, sonra Tamam'a basın. Geç, bu filtreyi kaldırır.
campaign-new-language = Hangi dili okuyan öğrenciler? Seçin, sonra Tamam'a basın. Geç, bu filtreyi kaldırır.
campaign-new-step = Hangi plan adımını henüz yapmamış öğrenciler? Seçin, sonra Tamam'a basın. Geç, bu filtreyi kaldırır.
campaign-new-active = Son olarak ne zaman etkin olan öğrenciler? Geç, bu filtreyi kaldırır.
campaign-status-new = Katıldı, başlangıç soruları bitmedi
campaign-status-intake_done = Başlangıç soruları bitti
campaign-status-plan_confirmed = Plan onaylandı
campaign-option-counsellor = { $name }
campaign-active-active_7 = Son 7 günde etkin
campaign-active-active_30 = Son 30 günde etkin
campaign-active-inactive_14 = 14 gündür etkin değil
campaign-active-inactive_30 = 30 gündür etkin değil
campaign-new-fallback = Şimdi mesaj. Önce ana dil. Kendi dilinde metin olmayan öğrenciler bu metni alır. Hangi dil?
campaign-new-text = Mesajı yazın, dil: { $language }. { "{" }first_name{ "}" }, { "{" }counsellor_name{ "}" } (danışmanın adı) ve { "{" }date{ "}" } kullanabilirsiniz. Her öğrenci kendi bilgisini görür.
campaign-new-buttons = Cevap düğmeleri, dil: { $language } (geçebilirsiniz). En fazla 3 düğme adı yazın, her satıra bir tane. Öğrencilerin cevaplarını sayarım.
campaign-new-other-buttons = Aynı cevap düğmeleri, dil: { $language }. Her satıra bir düğme adı yazın, aynı sırayla.
campaign-new-more = Mesajı başka bir dilde de ekleyeyim mi?
campaign-more-add = ➕ Başka bir dil
campaign-more-done = ✓ Tamam
campaign-new-other-language = Hangi dil?
campaign-new-schedule = Ne zaman gitsin?
campaign-schedule-now = Şimdi
campaign-schedule-at = Bir tarih ve saatte
campaign-schedule-daily = Her gün
campaign-schedule-weekly = Her hafta
campaign-new-send-at = Tarihi ve saati şöyle yazın: 31.12.2026 14:30.
campaign-new-until = Son gün hangisi? Şöyle yazın: 31.1.2027.
campaign-new-too-long = Bu çok uzun: en fazla { $limit } karakter.
campaign-new-bad-placeholder = Süslü parantez içindeki bir kelimeyi tanımıyorum. { "{" }first_name{ "}" }, { "{" }counsellor_name{ "}" } (danışmanın adı) veya { "{" }date{ "}" } kullanın. Parantez için { "{{" } yazın.
campaign-new-bad-buttons = 1 ile { $most } arasında düğme adı yazın, her satıra bir tane. Her ad en fazla { $limit } karakter olsun.
campaign-new-buttons-count = { $count } düğme adı yazın, her satıra bir tane: ana dildeki kadar.
campaign-new-language-given = Bu ana dil, metni zaten var. Başka bir dil seçin.
campaign-new-need-time = Lütfen saati de ekleyin, şöyle: 31.12.2026 14:30.
campaign-new-past = Bu saat geçti. Lütfen daha geç bir saat seçin.
campaign-new-until-early = Son gün, ilk günden önce olamaz.
campaign-new-failed = Üzgünüm, bu kampanyayı kaydedemedim. Lütfen /campaign ile yeniden başlayın.
campaign-new-saved = “{ $name }” kampanyasını kaydettim. { $schedule } Önizlemeye bakın, sonra onaylayın.
campaign-when-now = Siz onaylayınca hemen gönderirim.
campaign-when-at = Gönderme zamanı: { $when }.
campaign-when-daily = Her gün gönderirim. Başlangıç: { $when }, son gün: { $until }.
campaign-when-weekly = Her hafta gönderirim. Başlangıç: { $when }, son gün: { $until }.
