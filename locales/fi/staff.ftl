## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors

command-staff = Henkilöstö, käyttöoikeudet ja varaohjaajat
staff-none = Muita henkilöstön jäseniä ei ole.
staff-list =
    Tässä ovat uraohjaajat ja koordinaattorit (sivu { $page }/{ $pages }).
    Paina nimeä, niin lopetat henkilön käyttöoikeuden Polkuun tai annat sen takaisin.
staff-deactivate-button = { $role ->
        [coordinator] Poista käytöstä: { $name } (koordinaattori)
       *[counsellor] Poista käytöstä: { $name } (uraohjaaja)
    }
staff-deactivate-confirm =
    Lopetatko henkilön <b>{ $name }</b> käyttöoikeuden nyt? { $role ->
        [coordinator] Hän ei voi enää käyttää Polkua koordinaattorina.
       *[counsellor] Hän ei voi enää käyttää Polkua. Hänen opiskelijansa odottavat uutta uraohjaajaa.
    }
staff-confirm-button = Kyllä, lopeta käyttöoikeus
staff-deactivated =
    Henkilön <b>{ $name }</b> käyttöoikeus on päättynyt. { $count ->
        [0] Hänellä ei ollut opiskelijoita.
        [one] Yksi opiskelija odottaa uutta uraohjaajaa.
       *[other] { $count } opiskelijaa odottaa uutta uraohjaajaa.
    }
notice-learners-reassigned = { $count ->
        [one] Sinulla on yksi uusi opiskelija. Kirjoita /learners, niin näet hänet.
       *[other] Sinulla on { $count } uutta opiskelijaa. Kirjoita /learners, niin näet heidät.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Palauta käyttöön: { $name } (koordinaattori)
       *[counsellor] Palauta käyttöön: { $name } (uraohjaaja)
    }
staff-activate-confirm =
    Annatko henkilölle <b>{ $name }</b> käyttöoikeuden Polkuun uudelleen? { $role ->
        [coordinator] Hän voi taas käyttää Polkua koordinaattorina.
       *[counsellor] Hän voi taas käyttää Polkua uraohjaajana. Opiskelijat, jotka siirtyivät toiselle ohjaajalle, pysyvät siellä.
    }
staff-activate-confirm-button = Kyllä, anna käyttöoikeus
staff-activated =
    <b>{ $name }</b> voi taas käyttää Polkua. { $count ->
        [0] Hänellä ei ole nyt opiskelijoita.
        [one] Yksi opiskelija on yhä hänen ohjattavanaan.
       *[other] { $count } opiskelijaa on yhä hänen ohjattavinaan.
    } Opiskelijat, jotka siirtyivät toiselle ohjaajalle, pysyvät siellä.

## Pages of a list

staff-page-previous = ◀ Edellinen
staff-page-next = Seuraava ▶
staff-back-button = ◀ Takaisin

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = Opiskelijoiden varaohjaajat
staff-backups-none = Uraohjaajia ei vielä ole.
staff-backups-choose-counsellor =
    Valitse uraohjaaja. Sitten näet hänen opiskelijansa (sivu { $page }/{ $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (lähtenyt): opiskelijoita { $count }
       *[yes] { $name }: opiskelijoita { $count }
    }
staff-learners-none = Uraohjaajalla <b>{ $name }</b> ei ole nyt opiskelijoita.
staff-learners-choose =
    Nämä ovat uraohjaajan <b>{ $name }</b> opiskelijat (sivu { $page }/{ $pages }).
    Valitse opiskelija. Sitten voit valita hänelle varaohjaajan.
staff-learner-button = { $name } – ei varaohjaajaa
staff-learner-with-backup-button = { $name } – varaohjaaja: { $backup }
staff-backup-no-choice = Muita aktiivisia uraohjaajia ei ole. Opiskelijalle <b>{ $name }</b> ei voi valita varaohjaajaa.
staff-backup-choose =
    Kuka on opiskelijan <b>{ $name }</b> varaohjaaja? (sivu { $page }/{ $pages })
    Varaohjaaja auttaa, kun opiskelijan oma ohjaaja on poissa.
staff-backup-choice-button = { $name }
staff-backup-confirm = Valitsetko <b>{ $backup }</b> opiskelijan <b>{ $name }</b> varaohjaajaksi?
staff-backup-confirm-button = Kyllä, valitse varaohjaajaksi
staff-backup-done =
    <b>{ $backup }</b> on nyt opiskelijan <b>{ $name }</b> varaohjaaja. Kerroimme asiasta molemmille.
staff-more-backups-button = Valitse lisää varaohjaajia

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] Yksi uraohjaajan <b>{ $name }</b> opiskelija odottaa uutta ohjaajaa. Kuka ottaa hänet?
       *[other] { $count } uraohjaajan <b>{ $name }</b> opiskelijaa odottaa uutta ohjaajaa. Kuka ottaa heidät?
    }
staff-move-choice-button = Siirrä ohjaajalle { $name }
staff-move-confirm = { $count ->
        [one] Siirrätkö yhden uraohjaajan <b>{ $name }</b> opiskelijan ohjaajalle <b>{ $target }</b>?
       *[other] Siirrätkö { $count } uraohjaajan <b>{ $name }</b> opiskelijaa ohjaajalle <b>{ $target }</b>?
    }
staff-move-confirm-button = Kyllä, siirrä
staff-moved = { $count ->
        [one] Yksi opiskelija siirtyi uraohjaajalta <b>{ $name }</b> ohjaajalle <b>{ $target }</b>.
       *[other] { $count } opiskelijaa siirtyi uraohjaajalta <b>{ $name }</b> ohjaajalle <b>{ $target }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> on nyt varaohjaajasi. { $backup } auttaa sinua, kun { $counsellor } on poissa.
notice-backup-for-counsellor =
    Olet nyt opiskelijan <b>{ $name }</b> varaohjaaja. Saat hänen viestinsä, kun hänen oma ohjaajansa on poissa.
