## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

command-staff = Töötajad, ligipääs ja asendusnõustajad
staff-none = Teisi töötajaid ei ole näidata.
staff-list =
    Siin on nõustajad ja koordinaatorid (lehekülg { $page }/{ $pages }).
    Vajutage nimele, et lõpetada selle inimese ligipääs Polkule või see taastada.
staff-deactivate-button = { $role ->
        [coordinator] Lõpeta ligipääs: { $name } (koordinaator)
       *[counsellor] Lõpeta ligipääs: { $name } (nõustaja)
    }
staff-deactivate-confirm =
    Kas lõpetan kohe ligipääsu? Töötaja: <b>{ $name }</b>. { $role ->
        [coordinator] Ta ei saa enam Polkut koordinaatorina kasutada.
       *[counsellor] Ta ei saa enam Polkut kasutada. Tema õppijad ootavad uut nõustajat.
    }
staff-confirm-button = Jah, lõpeta ligipääs
staff-deactivated =
    Ligipääs on lõpetatud. Töötaja: <b>{ $name }</b>. { $count ->
        [0] Tal ei olnud õppijaid.
        [one] Üks õppija ootab uut nõustajat.
       *[other] { $count } õppijat ootab uut nõustajat.
    }
notice-learners-reassigned = { $count ->
        [one] Teil on üks uus õppija. Kirjutage /learners, siis näete teda.
       *[other] Teil on { $count } uut õppijat. Kirjutage /learners, siis näete neid.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Taasta ligipääs: { $name } (koordinaator)
       *[counsellor] Taasta ligipääs: { $name } (nõustaja)
    }
staff-activate-confirm =
    Kas taastan ligipääsu Polkule? Töötaja: <b>{ $name }</b>. { $role ->
        [coordinator] Ta saab jälle Polkut koordinaatorina kasutada.
       *[counsellor] Ta saab jälle Polkut nõustajana kasutada. Õppijad, kes läksid teise nõustaja juurde, jäävad sinna.
    }
staff-activate-confirm-button = Jah, taasta ligipääs
staff-activated =
    <b>{ $name }</b> saab jälle Polkut kasutada. { $count ->
        [0] Praegu ei ole ta ühegi õppija nõustaja.
        [one] Ta on endiselt ühe õppija nõustaja.
       *[other] Ta on endiselt { $count } õppija nõustaja.
    } Õppijad, kes läksid teise nõustaja juurde, jäävad sinna.

## Pages of a list

staff-page-previous = ◀ Eelmine
staff-page-next = Järgmine ▶
staff-back-button = ◀ Tagasi

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Õppijate asendusnõustajad
staff-backups-none = Nõustajaid veel ei ole.
staff-backups-choose-counsellor =
    Valige nõustaja. Siis näete tema õppijaid (lehekülg { $page }/{ $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (lahkunud): { $count } õppijat
       *[yes] { $name }: { $count } õppijat
    }
staff-learners-none = Nõustaja <b>{ $name }</b> – praegu õppijaid ei ole.
staff-learners-choose =
    Nõustaja: <b>{ $name }</b>. Need on tema õppijad (lehekülg { $page }/{ $pages }).
    Valige õppija, et määrata talle asendusnõustaja.
staff-learner-button = { $name } – asendaja puudub
staff-learner-with-backup-button = { $name } – asendaja: { $backup }
staff-backup-no-choice = Ei ole ühtegi teist aktiivset nõustajat, kes saaks olla asendusnõustaja. Õppija: <b>{ $name }</b>
staff-backup-choose =
    Kes on asendusnõustaja? Õppija: <b>{ $name }</b> (lehekülg { $page }/{ $pages })
    Asendusnõustaja aitab, kui õppija enda nõustaja on eemal.
staff-backup-choice-button = { $name }
staff-backup-confirm = Kas määran asendusnõustajaks: <b>{ $backup }</b>? Õppija: <b>{ $name }</b>
staff-backup-confirm-button = Jah, määra asendusnõustajaks
staff-backup-done =
    <b>{ $backup }</b> on nüüd asendusnõustaja. Õppija: <b>{ $name }</b>. Andsime mõlemale teada.
staff-more-backups-button = Määra veel asendusnõustajaid

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] Üks õppija ootab uut nõustajat. Endine nõustaja: <b>{ $name }</b>. Kes võtab ta enda juurde?
       *[other] { $count } õppijat ootab uut nõustajat. Endine nõustaja: <b>{ $name }</b>. Kes võtab nad enda juurde?
    }
staff-move-choice-button = Uus nõustaja: { $name }
staff-move-confirm = { $count ->
        [one] Kas viin ühe õppija üle? Endine nõustaja: <b>{ $name }</b>. Uus nõustaja: <b>{ $target }</b>.
       *[other] Kas viin { $count } õppijat üle? Endine nõustaja: <b>{ $name }</b>. Uus nõustaja: <b>{ $target }</b>.
    }
staff-move-confirm-button = Jah, vii üle
staff-moved = { $count ->
        [one] Ühe õppija uus nõustaja on nüüd <b>{ $target }</b>. Endine nõustaja: <b>{ $name }</b>.
       *[other] { $count } õppija uus nõustaja on nüüd <b>{ $target }</b>. Endine nõustaja: <b>{ $name }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> on nüüd teie asendusnõustaja. { $backup } aitab teid, kui { $counsellor } on eemal.
notice-backup-for-counsellor =
    Te olete nüüd asendusnõustaja. Õppija: <b>{ $name }</b>. Kui õppija enda nõustaja on eemal, saate teie tema sõnumeid.
