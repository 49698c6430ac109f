# Polku — Türkçe. Translated from locales/en/main.ftl: same message ids.
# Writing rules: locales/README.md. Short sentences, common words.
# The reader is addressed as "siz" (the form adults expect from a public service).
# Terms: learner = öğrenci, career counsellor = kariyer danışmanı (short: danışman),
# coordinator = koordinatör, invite link = davet linki, meeting = görüşme,
# Skills Centre for Migrants = Göçmenler için Beceri Merkezi, Polku = Polku.

## The language itself

# The language's own name, in its own script (shown in the language picker).
language-name = Türkçe
language-first = Hangi dili kullanmamı istersiniz? Dili daha sonra /language ile değiştirebilirsiniz.
language-choose = Dilinizi seçin.
language-set = Tamam. Size bundan sonra Türkçe yazacağım.
language-settings =
    Dilinizi seçin.

    İkinci diliniz: { $second }. Bir mesaj sizin dilinizde yoksa, onu ikinci dilinizde alırsınız.
language-second-none = yok
language-second-button = İkinci dil
language-second-choose = Bir ikinci dil seçin. Bir mesaj sizin dilinizde yoksa bu dili kullanırım.
language-second-nothing = İkinci dil yok
language-second-set = Tamam. İkinci diliniz artık { $second }.
language-second-removed = Tamam. Artık ikinci diliniz yok.
language-practice-on = Fince pratik yap
language-practice-off = Fince pratiği durdur
practice-started = Fince pratik açık. Her mesajı kolay Fince olarak da alırsınız. Durdurmak için /suomi yazın.
practice-stopped = Fince pratik kapalı. Yeniden başlatmak için /suomi yazın.
practice-finnish = Size zaten Fince yazıyorum. Pratik yapmak için önce /language ile başka bir dil seçin.
# The heading above the Finnish text under each message, in Finnish practice.
practice-in-finnish = Fincesi:
mydata-reading =
    İkinci dil: { $second }.
    Fince pratik: { $practice ->
        [on] açık
       *[off] kapalı
    }.

## Starting and invites

start-no-invite =
    Merhaba! Ben Polku, Göçmenler için Beceri Merkezi'nin asistanıyım.
    Başlamak için danışmanınızdan bir davet linki almanız gerekiyor. Linki danışmanınızdan isteyin. Sonra linki bu telefonda açın.
start-invite-invalid = Bu davet linki çalışmıyor. Lütfen linkin tamamını aldığınızı kontrol edin. Ya da danışmanınızdan yeni bir link isteyin.
start-invite-expired = Bu davet linkinin süresi doldu. Lütfen danışmanınızdan yeni bir link isteyin.
start-invite-used = Bu davet linkini biri daha önce kullandı. Lütfen danışmanınızdan yeni bir link isteyin.
start-already-joined = { $name }, siz zaten katıldınız. Yeni bir davete ihtiyacınız yok.
start-welcome-back = Tekrar merhaba, { $name }!
start-welcome-learner =
    Hoş geldiniz, { $name }! Ben Polku.
    Beceri Merkezi'ndeki planınızı takip etmenize yardım ederim. Önemli tarihleri size hatırlatırım. Danışmanınıza ulaşmanıza da yardım ederim.
start-welcome-counsellor =
    Hoş geldiniz, { $name }! Artık Polku'da kariyer danışmanısınız.
    Öğrencilerinizi /invite ile davet edebilirsiniz. Öğrencileriniz katıldığında ve yardımınıza ihtiyaç duyduğunda size haber veririm.
start-welcome-coordinator =
    Hoş geldiniz, { $name }! Artık Polku'da koordinatörsünüz.
    Kariyer danışmanlarını ve koordinatörleri /invite ile davet edebilirsiniz.

## Help, one text for each role

help-visitor =
    Ben Polku, Göçmenler için Beceri Merkezi'nin asistanıyım.
    Beni kullanmak için danışmanınızdan bir davet linki almanız gerekiyor.
    /language – dilinizi seçin
help-learner =
    Neler yapabilirsiniz:
    /plan – planınızı görün, biten adımları işaretleyin
    /book – danışmanınızla görüşme ayarlayın
    /appointments – görüşmelerinizi görün, taşıyın veya iptal edin
    /mood – nasıl gittiğini anlatın
    /counsellor – danışmanınız size ulaşsın
    /intake – başlangıç sorularını yeniden cevaplayın
    /profile – cevaplarınızı görün ve değiştirin
    /mydata – Polku'nun sakladıklarını görün
    /forget – bilgilerinizi silin
    /cancel – soruları durdurun
    /language – dili değiştirin
    /help – bu listeyi gösterin
help-counsellor =
    Neler yapabilirsiniz:
    /learners – öğrencilerinizi ve planlarını görün
    /appointments – görüşmelerinizi görün ve iptal edin
    /escalations – şu an size ihtiyacı olabilecek öğrenciler
    /invite – yeni bir öğrenci için davet linki oluşturun
    /cancel – adım eklemeyi durdurun
    /language – dili değiştirin
    /help – bu mesajı gösterin
help-coordinator =
    Neler yapabilirsiniz:
    /invite – bir kariyer danışmanı veya koordinatör için davet linki oluşturun
    /staff – personelin erişimini kapatın veya geri verin, öğrencileri taşıyın, yedek danışman belirleyin
    /campaign – öğrenci gruplarına hatırlatma gönderin, önizlemeleri ve raporları görün
    /escalations – öğrencilerle ilgili açık bildirimler
    /language – dili değiştirin
    /help – bu mesajı gösterin

## The command menu (short, plain text, no formatting)

command-start = Başlayın
command-help = Yardım
command-language = Dili değiştirin
command-suomi = Fince pratik: mesajlar Fince olarak da gelir
command-invite = Davet linki oluşturun
command-intake = Başlangıç sorularını cevaplayın
command-profile = Cevaplarınızı görün ve değiştirin
command-mydata = Bilgilerinizi görün
command-forget = Bilgilerinizi silin
command-cancel = Soruları durdurun
command-learners = Öğrencileriniz ve planları
command-plan = Planınız
command-book = Görüşme ayarlayın
command-appointments = Görüşmeleriniz
command-mood = Nasıl olduğunuzu anlatın
command-checkin = Nasıl olduğunuzu ne zaman soracağımı seçin
command-counsellor = Danışmanınızla konuşun
command-escalations = Size ihtiyacı olabilecek öğrenciler

## Making invites

invite-choose-role = Kimi davet etmek istiyorsunuz?
invite-role-counsellor = Kariyer danışmanı
invite-role-coordinator = Koordinatör
invite-created-learner =
    Bu, yeni bir öğrenci için davet linki. Linki sadece o kişiye gönderin. Link bir kez çalışır. Son geçerlilik zamanı: { $expires }.

    { $link }
invite-created-counsellor =
    Bu, bir kariyer danışmanı için davet linki. Linki sadece o kişiye gönderin. Link bir kez çalışır. Son geçerlilik zamanı: { $expires }.

    { $link }
invite-created-coordinator =
    Bu, bir koordinatör için davet linki. Linki sadece o kişiye gönderin. Link bir kez çalışır. Son geçerlilik zamanı: { $expires }.

    { $link }

## Notices to staff (sent through the outbox)

notice-learner-joined = <b>{ $name }</b> davetinizle Polku'ya katıldı. Artık sizin öğrencinizdir.
notice-staff-joined =
    <b>{ $name }</b> Polku'ya { $role ->
        [coordinator] koordinatör
       *[counsellor] kariyer danışmanı
    } olarak katıldı.

## Input that Polku does not take

input-text = Üzgünüm, anlamadım. Neler yapabildiğimi görmek için /help yazın.
input-long-text = Mesajınız benim için çok uzun. Lütfen daha kısa bir mesaj yazın.
input-media = Sadece yazı okuyabiliyorum. Lütfen mesajınızı yazın.
input-private-data = Teşekkürler, ama konumunuza veya kişilerinize ihtiyacım yok. Onları kaydetmedim.
input-edited = Sadece yeni mesajları okuyabiliyorum, değişiklikleri okuyamıyorum. Lütfen mesajınızı tekrar gönderin.
input-unknown-command = Bu komutu bilmiyorum. Neler yapabildiğimi görmek için /help yazın.
input-slow-down = Çok hızlı ve çok sayıda mesaj gönderiyorsunuz. Lütfen biraz bekleyin, sonra tekrar yazın. Son mesajlarınızı okumadım.

## Errors

error-generic = Üzgünüm, bende bir sorun oldu. Lütfen biraz sonra tekrar deneyin.
error-not-allowed = Üzgünüm, bunu yapamazsınız.
error-stale-button = Bu düğme artık çalışmıyor.
