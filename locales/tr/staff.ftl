## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

command-staff = Personel, erişim ve yedek danışmanlar
staff-none = Gösterilecek başka personel yok.
staff-list =
    Kariyer danışmanları ve koordinatörler bunlar (sayfa { $page } / { $pages }).
    Bir kişinin Polku erişimini kapatmak veya geri vermek için ismine basın.
staff-deactivate-button = { $role ->
        [coordinator] Erişimi kapat: { $name } (koordinatör)
       *[counsellor] Erişimi kapat: { $name } (danışman)
    }
staff-deactivate-confirm =
    <b>{ $name }</b> için erişim şimdi kapatılsın mı? { $role ->
        [coordinator] Bu kişi artık Polku'yu koordinatör olarak kullanamaz.
       *[counsellor] Bu kişi artık Polku'yu kullanamaz. Öğrencileri yeni bir danışman bekler.
    }
staff-confirm-button = Evet, erişimi kapat
staff-deactivated =
    <b>{ $name }</b> için erişim kapandı. { $count ->
        [0] Bu kişinin öğrencisi yoktu.
        [one] Bir öğrenci yeni bir danışman bekliyor.
       *[other] { $count } öğrenci yeni bir danışman bekliyor.
    }
notice-learners-reassigned = { $count ->
        [one] Bir yeni öğrenciniz var. Görmek için /learners yazın.
       *[other] { $count } yeni öğrenciniz var. Görmek için /learners yazın.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Erişimi aç: { $name } (koordinatör)
       *[counsellor] Erişimi aç: { $name } (danışman)
    }
staff-activate-confirm =
    <b>{ $name }</b> için Polku erişimi tekrar açılsın mı? { $role ->
        [coordinator] Bu kişi Polku'yu tekrar koordinatör olarak kullanabilir.
       *[counsellor] Bu kişi Polku'yu tekrar kariyer danışmanı olarak kullanabilir. Başka bir danışmana geçen öğrenciler orada kalır.
    }
staff-activate-confirm-button = Evet, erişimi tekrar aç
staff-activated =
    <b>{ $name }</b> Polku'yu tekrar kullanabilir. { $count ->
        [0] Şu anda hiçbir öğrencinin danışmanı değil.
        [one] Bir öğrencinin danışmanı olmaya devam ediyor.
       *[other] { $count } öğrencinin danışmanı olmaya devam ediyor.
    } Başka bir danışmana geçen öğrenciler orada kalır.

## Pages of a list

staff-page-previous = ◀ Önceki
staff-page-next = Sonraki ▶
staff-back-button = ◀ Geri

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Öğrenciler için yedek danışmanlar
staff-backups-none = Henüz kariyer danışmanı yok.
staff-backups-choose-counsellor =
    Bir kariyer danışmanı seçin. Sonra onun öğrencilerini görürsünüz (sayfa { $page } / { $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (ayrıldı): { $count } öğrenci
       *[yes] { $name }: { $count } öğrenci
    }
staff-learners-none = <b>{ $name }</b> adlı danışmanın şu anda öğrencisi yok.
staff-learners-choose =
    <b>{ $name }</b> adlı danışmanın öğrencileri bunlar (sayfa { $page } / { $pages }).
    Yedek danışmanını belirlemek için bir öğrenci seçin.
staff-learner-button = { $name } – yedek danışman yok
staff-learner-with-backup-button = { $name } – yedek danışman: { $backup }
staff-backup-no-choice = <b>{ $name }</b> için yedek danışman olabilecek başka aktif bir kariyer danışmanı yok.
staff-backup-choose =
    <b>{ $name }</b> için yedek danışman kim olsun? (sayfa { $page } / { $pages })
    Öğrencinin kendi danışmanı yokken yedek danışman yardım eder.
staff-backup-choice-button = { $name }
staff-backup-confirm = <b>{ $backup }</b>, <b>{ $name }</b> için yedek danışman olsun mu?
staff-backup-confirm-button = Evet, yedek danışman olsun
staff-backup-done =
    <b>{ $backup }</b> artık <b>{ $name }</b> için yedek danışman. İkisine de haber verdik.
staff-more-backups-button = Başka yedek danışmanlar belirle

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] <b>{ $name }</b> adlı danışmanın bir öğrencisi yeni bir danışman bekliyor. Öğrenciyi kim alsın?
       *[other] <b>{ $name }</b> adlı danışmanın { $count } öğrencisi yeni bir danışman bekliyor. Öğrencileri kim alsın?
    }
staff-move-choice-button = { $name } adlı danışmana taşı
staff-move-confirm = { $count ->
        [one] <b>{ $name }</b> adlı danışmanın bir öğrencisi <b>{ $target }</b> adlı danışmana taşınsın mı?
       *[other] <b>{ $name }</b> adlı danışmanın { $count } öğrencisi <b>{ $target }</b> adlı danışmana taşınsın mı?
    }
staff-move-confirm-button = Evet, taşı
staff-moved = { $count ->
        [one] <b>{ $name }</b> adlı danışmanın bir öğrencisinin yeni danışmanı artık <b>{ $target }</b>.
       *[other] <b>{ $name }</b> adlı danışmanın { $count } öğrencisinin yeni danışmanı artık <b>{ $target }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> artık sizin yedek danışmanınız. { $counsellor } yokken { $backup } size yardım eder.
notice-backup-for-counsellor =
    Artık <b>{ $name }</b> için yedek danışmansınız. Öğrencinin kendi danışmanı yokken onun mesajlarını siz alırsınız.
