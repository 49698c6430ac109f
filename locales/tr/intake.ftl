# Polku — Türkçe: the dialogue engine's common words and the intake.

## Buttons and answers that every question shares

dialogue-yes = Evet
dialogue-no = Hayır
dialogue-done = Tamam
dialogue-skip = Geç
dialogue-back = ← Geri
dialogue-continue = Devam
dialogue-no-answer = –
# A question once answered: its text, then the answer (the buttons are gone).
dialogue-answered =
    { $question }

    ✅ { $answer }
dialogue-use-buttons = Lütfen düğmelerden biriyle cevap verin.
dialogue-invalid-empty = Cevap alamadım. Lütfen tekrar deneyin.
dialogue-invalid-long = Bu cevap bu soru için çok uzun. Lütfen kısa bir cevap yazın.
dialogue-invalid-text = Lütfen sadece işaret değil, kelimelerle cevap verin.
dialogue-invalid-number = Lütfen bir sayı yazın, örneğin 3.
dialogue-invalid-year = Lütfen yılı dört rakamla yazın, örneğin 1990.
dialogue-invalid-date = Lütfen tarihi şöyle yazın: 31.12.2026.
dialogue-invalid-date-past = Bu tarih geçti. Lütfen bugünün tarihini veya daha sonraki bir tarihi yazın, şöyle: 31.12.2026.
dialogue-past-date-confirm = { $date } geçti. Bu tarihi tutmak istiyor musunuz?
dialogue-past-keep = Evet, tutuyorum
dialogue-past-change = Hayır, başka tarih yazacağım
# A short note on the button (plain text).
dialogue-choose-one = En az birini seçin, sonra Tamam'a basın.
dialogue-reminder = Cevaplarınızı henüz bitirmediniz. Devam etmek ister misiniz? Sadece birkaç dakika sürer.
dialogue-nothing-waiting = Şu anda açık bir soru yok. Neler yapabileceğinizi görmek için /help yazın.
dialogue-cancelled = Tamam, durdurduk. Hiçbir şeyi değiştirmedim.
dialogue-cancelled-intake = Tamam, durdurduk. /intake ile tekrar başlayabilirsiniz.
dialogue-nothing-to-cancel = Şu anda durdurulacak bir şey yok.

## Consent

intake-consent =
    Başlamadan önce: Size hayatınız, eğitiminiz ve işiniz hakkında bazı sorular soracağım. Cevaplarınız, danışmanınızın sizinle plan yapmasına yardım eder.

    • Cevaplarınızı güvenli bir şekilde saklarım. Onları sadece danışmanınız ve Beceri Merkezi görebilir.
    • Cevaplarınızı istediğiniz zaman /mydata ile görebilirsiniz. Onları /forget ile silebilirsiniz.

    Bu sizin için uygun mu?
option-consent-accepted = Evet, uygun
option-consent-later = Şimdi değil
intake-consent-declined = Sorun değil. Hiçbir şey kaydetmedim. Hazır olduğunuzda /intake yazın.

## The questions

intake-preferred-name = Size hangi isimle seslenmemi istersiniz?
intake-birth-year = Hangi yıl doğdunuz? Örneğin: 1990
intake-municipality = Nerede yaşıyorsunuz?
option-municipality = { $name }
option-municipality-elsewhere = Başka bir yerde
intake-residence-permit = Finlandiya'da oturum izniniz var mı?
option-residence_permit-yes = Evet
option-residence_permit-in_process = Başvurdum
option-residence_permit-no = Hayır
intake-job-seeker = İşsiz iş arayan olarak kaydoldunuz mu?
option-job_seeker-yes = Evet
option-job_seeker-no = Hayır
option-job_seeker-not_sure = Emin değilim
intake-languages-spoken = Hangi dilleri konuşuyorsunuz? Hepsini seçin, sonra Tamam'a basın.
option-languages_spoken-fi = Fince
option-languages_spoken-sv = İsveççe
option-languages_spoken-en = İngilizce
option-languages_spoken-ar = Arapça
option-languages_spoken-so = Somalice
option-languages_spoken-ru = Rusça
option-languages_spoken-uk = Ukraynaca
option-languages_spoken-fa = Farsça
option-languages_spoken-et = Estonca
option-languages_spoken-zh = Çince
option-languages_spoken-vi = Vietnamca
option-languages_spoken-tr = Türkçe
option-languages_spoken-other = Başka bir dil
intake-finnish-level = Ne kadar iyi Fince konuşuyorsunuz?
intake-swedish-level = Ne kadar iyi İsveççe konuşuyorsunuz?
intake-english-level = Ne kadar iyi İngilizce konuşuyorsunuz?
option-level-none = Hiç
option-level-a_little = Birkaç kelime
option-level-basics = Basit şeyler
option-level-good = Günlük konular
option-level-very_good = İyi
option-level-fluent = Çok iyi
intake-education = En yüksek eğitiminiz nedir?
option-education-none = Okula gitmedim
option-education-basic = Temel eğitim
option-education-secondary = Lise
option-education-vocational = Meslek okulu
option-education-university = Üniversite
intake-education-country = Hangi ülkede okudunuz?
intake-work-fields = Hangi işlerde çalıştınız? Örneğin: temizlik, yemek pişirme, şoförlük. Hiç çalışmadıysanız Geç'e basın.
intake-work-years = Kaç yıl çalıştınız? Bir sayı yazın.
intake-goal = Önce ne yapmak istiyorsunuz?
option-goal-work_soon = Yakında çalışmak
option-goal-study_first = Önce okumak
option-goal-not_sure = Emin değilim
intake-interests = Hangi işler ilginizi çekiyor? Hepsini seçin, sonra Tamam'a basın.
option-interests-cleaning = Temizlik ve bina bakımı
option-interests-restaurant = Restoran ve mutfak
option-interests-care = Bakım ve sağlık
option-interests-construction = İnşaat
option-interests-logistics = Taşımacılık ve depo
option-interests-it = Bilgisayar ve bilişim
option-interests-retail = Mağaza ve satış
option-interests-beauty = Kuaförlük ve güzellik
option-interests-other = Başka bir şey
intake-support-needs = Bunlardan herhangi biri için yardıma ihtiyacınız var mı? Hepsini seçin, sonra Tamam'a basın.
option-support_needs-childcare = Çocuk bakımı
option-support_needs-health = Sağlık
option-support_needs-money = Para
option-support_needs-housing = Ev
option-support_needs-family = Aile
option-support_needs-none = Yardıma ihtiyacım yok
intake-meeting-times = Görüşmelere ne zaman gelebilirsiniz? Hepsini seçin, sonra Tamam'a basın.
option-meeting_times-mornings = Sabahları
option-meeting_times-afternoons = Öğleden sonraları

## Answers that do not fit

intake-invalid-letters = Lütfen harflerle yazın.
intake-invalid-too-long = Lütfen daha kısa bir cevap yazın. En fazla { $limit } karakter.
intake-invalid-name = Lütfen sadece kullanmamı istediğiniz ismi yazın, örneğin: Amal.
intake-invalid-birth-year = Lütfen doğum yılınızı yazın. Yıl { $first } ile { $last } arasında olmalı.
intake-invalid-work-years = Lütfen yıl sayısını yazın. Sayı sıfır ile altmış arasında olmalı.

## Summary and corrections

intake-summary =
    Cevaplarınız bunlar. Lütfen kontrol edin.

    <b>İsim:</b> { $name }
    <b>Doğum yılı:</b> { $birth_year }
    <b>Yaşadığınız yer:</b> { $municipality }
    <b>Oturum izni:</b> { $permit }
    <b>Kayıtlı iş arayan:</b> { $job_seeker }
    <b>Diller:</b> { $languages }
    <b>Fince:</b> { $finnish } · <b>İsveççe:</b> { $swedish } · <b>İngilizce:</b> { $english }
    <b>Eğitim:</b> { $education } ({ $country })
    <b>İş:</b> { $work } ({ $years })
    <b>İlk hedef:</b> { $goal }
    <b>İlgi alanları:</b> { $interests }
    <b>Yardım gereken konular:</b> { $support }
    <b>Görüşmeler:</b> { $times }

    Her şey doğru mu?
option-summary-confirm = Evet, her şey doğru
option-summary-change = Bir şeyi değiştirmek istiyorum
intake-pick-change = Neyi değiştirmek istiyorsunuz?
slot-preferred_name = İsim
slot-birth_year = Doğum yılı
slot-municipality = Yaşadığınız yer
slot-residence_permit = Oturum izni
slot-job_seeker = İş arayan
slot-languages_spoken = Diller
slot-finnish_level = Fince
slot-swedish_level = İsveççe
slot-english_level = İngilizce
slot-education = Eğitim
slot-work_fields = İş
slot-goal = İlk hedef
slot-interests = İlgi alanları
slot-support_needs = Yardım gereken konular
slot-meeting_times = Görüşmeler

## Eligibility

# One message when someone cannot be accepted: what the centre needs and why, whether the
# counsellor knows, where else to turn, and how to correct or start again.
intake-refused-too-young =
    Cevaplarınız için teşekkürler. Üzgünüm, şu anda Göçmenler için Beceri Merkezi'ne katılamazsınız. Merkez, 18 yaş ve üstü yetişkinler içindir. Eğitimleri ve iş denemeleri yetişkinler için yapıldı.
    { $told ->
        [yes] Danışmanınıza haber verdim.
       *[no] Lütfen merkezin ofisine haber verin.
    }
    İstihdam hizmetleri (Fince työvoimatoimisto) size başka hizmetleri anlatabilir. International House Helsinki'ye veya şehrinizin danışma noktasına da sorabilirsiniz.
    Cevabınız yanlışsa düğmeye basın. Yeniden başlamak için /intake yazın.
intake-refused-outside-area =
    Cevaplarınız için teşekkürler. Üzgünüm, şu anda Göçmenler için Beceri Merkezi'ne katılamazsınız. Merkez, kendi bölgesinde yaşayan kişiler içindir. Çünkü merkezin parasını bölgenin şehirleri ödüyor.
    { $told ->
        [yes] Danışmanınıza haber verdim.
       *[no] Lütfen merkezin ofisine haber verin.
    }
    İstihdam hizmetleri (Fince työvoimatoimisto) yaşadığınız yerdeki hizmetleri anlatabilir. International House Helsinki'ye veya şehrinizin danışma noktasına da sorabilirsiniz.
    Cevabınız yanlışsa düğmeye basın. Yeniden başlamak için /intake yazın.
intake-refused-no-permit =
    Cevaplarınız için teşekkürler. Üzgünüm, şu anda Göçmenler için Beceri Merkezi'ne katılamazsınız. Merkeze katılmak için oturum izniniz veya oturum izni başvurunuz olmalı. Finlandiya'da okumak ve çalışmak için bu izin gerekir.
    { $told ->
        [yes] Danışmanınıza haber verdim.
       *[no] Lütfen merkezin ofisine haber verin.
    }
    Finlandiya Göç İdaresi (Migri) size oturum izni hakkında bilgi verebilir. International House Helsinki'ye veya şehrinizin danışma noktasına da sorabilirsiniz.
    Cevabınız yanlışsa düğmeye basın. Yeniden başlamak için /intake yazın.
intake-refused-not-job-seeker =
    Cevaplarınız için teşekkürler. Üzgünüm, şu anda Göçmenler için Beceri Merkezi'ne katılamazsınız. Merkez, işsiz iş arayanlar içindir. Merkez insanların iş veya meslek eğitimi bulmasına yardım eder.
    { $told ->
        [yes] Danışmanınıza haber verdim.
       *[no] Lütfen merkezin ofisine haber verin.
    }
    İşinizi kaybederseniz veya iş arayan olarak kaydolmak isterseniz, istihdam hizmetleri size yardım eder. Sonra yeniden başlamak için /intake yazın.
    Cevabınız yanlışsa düğmeye basın.
intake-refused-pressed-wrong = Yanlış düğmeye bastım
intake-refused-typed-wrong = Yanlış yılı yazdım

## The proposal

intake-done = Teşekkürler! Cevaplarınızı kaydettim. Danışmanınız cevaplarınızı görecek.
intake-path-work_first = Önerim: <b>iş yolu</b>. Destekle birlikte yakında iş ararsınız.
intake-path-education_first = Önerim: <b>eğitim yolu</b>. Önce okursunuz, sonra iş ararsınız.
path-reason-goal-study = • Önce okumak istiyorsunuz.
path-reason-goal-work = • Yakında çalışmak istiyorsunuz.
path-reason-language = • İşte kullanabileceğiniz bir dili zaten konuşuyorsunuz.
path-reason-language-first = • Önce Fince öğrenmek, iş bulmanıza yardım eder.
path-reason-work-after = • Sonra bu yol, istediğiniz gibi işe gider.
path-reason-skills = • Eğitiminiz veya iş deneyiminiz var.
path-reason-training = • Eğitim size işverenlerin ihtiyaç duyduğu becerileri verir.
intake-next-steps = Danışmanınız bunu sizinle konuşacak. Planınızı birlikte yapacaksınız. Cevaplarınızı /profile ile görebilirsiniz.
path-work_first = iş yolu
path-education_first = eğitim yolu

## Notices to the counsellor

notice-intake-done =
    <b>{ $name }</b> başlangıç sorularını cevapladı.
    Tercih ettiği isim: { $preferred }
    Önerilen yol: <b>{ $path }</b> (nedenler: { $reasons })
    İlk hedef: { $goal } · Fince: { $finnish }
    Yardım gereken konular: { $support }
    Görüşmeler: { $times }
# Why the path was proposed, for the counsellor (joined into one sentence).
notice-reason-goal-study = önce okumak istiyor
notice-reason-goal-work = yakında çalışmak istiyor
notice-reason-language = işte kullanılan bir dili zaten konuşuyor
notice-reason-language-first = önce Fince öğrenmesi gerekiyor
notice-reason-work-after = Fince öğrendikten sonra çalışmak istiyor
notice-reason-skills = eğitimi veya iş deneyimi var
notice-reason-training = eğitimle beceri kazanabilir
notice-intake-not-eligible = <b>{ $name }</b> merkeze katılamıyor: { $rules }. Polku cevaplarını saklamadı. Kendisiyle iletişime geçmek isteyebilirsiniz.
# Which rule, for the counsellor (joined into one sentence).
notice-eligibility-too-young = 18 yaşından küçük
notice-eligibility-outside-area = merkezin bölgesi dışında yaşıyor
notice-eligibility-no-permit = oturum izni yok
notice-eligibility-not-job-seeker = işsiz iş arayan değil
notice-learner-left = Öğrencilerinizden biri Polku'daki bilgilerini sildi ve ayrıldı. Bu kişi artık listenizde yok.

## The learner's own data

profile-empty = Başlangıç sorularını henüz cevaplamadınız. Başlamak için /intake yazın.
profile-answers =
    <b>Cevaplarınız</b>

    <b>İsim:</b> { $name }
    <b>Doğum yılı:</b> { $birth_year }
    <b>Yaşadığınız yer:</b> { $municipality }
    <b>Oturum izni:</b> { $permit }
    <b>Kayıtlı iş arayan:</b> { $job_seeker }
    <b>Diller:</b> { $languages }
    <b>Fince:</b> { $finnish } · <b>İsveççe:</b> { $swedish } · <b>İngilizce:</b> { $english }
    <b>Eğitim:</b> { $education } ({ $country })
    <b>İş:</b> { $work } ({ $years })
    <b>İlk hedef:</b> { $goal }
    <b>İlgi alanları:</b> { $interests }
    <b>Yardım gereken konular:</b> { $support }
    <b>Görüşmeler:</b> { $times }
    <b>Önerilen yol:</b> { $path }

    { $change ->
        [buttons] Bir cevabı değiştirmek için onun düğmesine basın.
       *[command] Bir cevabı değiştirmek için /profile yazın.
    }
mydata-person =
    <b>Polku'nun sizinle ilgili sakladığı bilgiler</b>
    Telegram'daki isminiz: { $name }
    Dil: { $language }
    Katılma tarihi: { $joined }
    Danışmanınız: { $counsellor }
mydata-consent = Başlangıç sorularına { $when } tarihinde evet dediniz.
mydata-in-progress = Başlangıç sorularına başladınız. Bitirmenizi bekleyen { $count } cevap var.
mydata-how-to-forget = Bunların hepsini silmek için /forget yazın.
forget-confirm = Bütün bilgilerinizi silmemi istiyor musunuz? Danışmanınıza ayrıldığınızı haber vereceğim. Bunu geri alamazsınız.
forget-yes = Evet, her şeyi sil
forget-no = Hayır, sakla
forget-kept = Tamam. Hiçbir şey silmedim.
forget-expired = Bu soru eski. Bu yüzden hiçbir şey silmedim. Bilgilerinizi silmemi istiyorsanız tekrar /forget yazın.
forget-done = Bilgilerinizi sildim. Polku'yu kullandığınız için teşekkürler. Geri dönmek isterseniz danışmanınızdan yeni bir davet linki isteyin.

## Language detection

language-offer = Galiba bu dilde yazdınız: { $language }. Size bu dilde yazmamı ister misiniz?
# Shown in the offered language itself (the button's own language).
language-switch = Evet, dili değiştir
language-keep = Hayır, bu dil kalsın
# A short note on the button (plain text).
language-kept = Tamam, bu dille devam ediyorum.
