## Staff management: a coordinator's /staff (access, backup counsellors, moving learners),
## and notices about reassigned learners and backup counsellors
# access = xaqa isticmaalka, backup counsellor = la-taliye beddel ah, page = bogga.

command-staff = Shaqaalaha, xaqa isticmaalka iyo la-taliyayaasha beddelka ah
staff-none = Ma jiro shaqaale kale oo la tuso.
staff-list =
    Kuwani waa la-taliyayaasha shaqada iyo isku-duwayaasha (bogga { $page }/{ $pages }).
    Riix magaca qofka si aad u joojiso xaqiisa Polku, ama aad dib ugu celiso.
staff-deactivate-button = { $role ->
        [coordinator] Jooji { $name } (isku-duwe)
       *[counsellor] Jooji { $name } (la-taliye)
    }
staff-deactivate-confirm =
    Ma joojinaysaa hadda xaqa isticmaalka ee <b>{ $name }</b>? { $role ->
        [coordinator] Mar dambe uma isticmaali karo Polku isku-duwe ahaan.
       *[counsellor] Mar dambe ma isticmaali karo Polku. Ardaydiisu waxay sugi doonaan la-taliye cusub.
    }
staff-confirm-button = Haa, jooji xaqa isticmaalka
staff-deactivated =
    Xaqa isticmaalka ee <b>{ $name }</b> waa dhammaaday. { $count ->
        [0] Arday ma lahayn.
        [one] Hal arday ayaa sugaya la-taliye cusub.
       *[other] { $count } arday ayaa sugaya la-taliye cusub.
    }
notice-learners-reassigned = { $count ->
        [one] Waxaad leedahay hal arday oo cusub. Qor /learners si aad u aragto.
       *[other] Waxaad leedahay { $count } arday oo cusub. Qor /learners si aad u aragto.
    }

## Giving access back

staff-activate-button = { $role ->
        [coordinator] Dib u fur { $name } (isku-duwe)
       *[counsellor] Dib u fur { $name } (la-taliye)
    }
staff-activate-confirm =
    Ma dib u siinaysaa <b>{ $name }</b> xaqa isticmaalka Polku? { $role ->
        [coordinator] Mar kale wuxuu Polku u isticmaali karaa isku-duwe ahaan.
       *[counsellor] Mar kale wuxuu Polku u isticmaali karaa la-taliye shaqo ahaan. Ardayda u wareegay la-taliye kale halkaas ayay sii joogayaan.
    }
staff-activate-confirm-button = Haa, dib u sii xaqa isticmaalka
staff-activated =
    <b>{ $name }</b> mar kale wuu isticmaali karaa Polku. { $count ->
        [0] Hadda ma jiro arday isaga la-taliye u haysta.
        [one] Hal arday ayaa weli isaga la-taliye u haysta.
       *[other] { $count } arday ayaa weli isaga la-taliye u haysta.
    } Ardayda u wareegay la-taliye kale halkaas ayay sii joogayaan.

## Pages of a list

staff-page-previous = ◀ Hore
staff-page-next = Xiga ▶
staff-back-button = ◀ Dib u noqo

## Backup counsellors: a backup helps a learner when their counsellor is away

staff-backups-button = La-taliyayaasha beddelka ah ee ardayda
staff-backups-none = Weli ma jiraan la-taliyayaal shaqo.
staff-backups-choose-counsellor =
    Dooro la-taliye shaqo. Kadib waxaad arki doontaa ardaydiisa (bogga { $page }/{ $pages }).
staff-counsellor-learners-button = { $active ->
        [no] { $name } (wuu tagay): { $count } arday
       *[yes] { $name }: { $count } arday
    }
staff-learners-none = <b>{ $name }</b> hadda arday ma laha.
staff-learners-choose =
    Kuwani waa ardayda <b>{ $name }</b> (bogga { $page }/{ $pages }).
    Dooro arday si aad ugu doorato la-taliye beddel ah.
staff-learner-button = { $name } – beddel ma leh
staff-learner-with-backup-button = { $name } – beddel: { $backup }
staff-backup-no-choice = Ma jiro la-taliye shaqo kale oo firfircoon oo noqon kara beddelka <b>{ $name }</b>.
staff-backup-choose =
    Yaa noqonaya la-taliyaha beddelka ah ee <b>{ $name }</b>? (bogga { $page }/{ $pages })
    La-taliyaha beddelka ahi wuu caawiyaa marka la-taliyaha ardaygu maqan yahay.
staff-backup-choice-button = { $name }
staff-backup-confirm = Ma ka dhigaysaa <b>{ $backup }</b> la-taliyaha beddelka ah ee <b>{ $name }</b>?
staff-backup-confirm-button = Haa, ka dhig la-taliye beddel ah
staff-backup-done =
    <b>{ $backup }</b> hadda waa la-taliyaha beddelka ah ee <b>{ $name }</b>. Labadoodaba waan u sheegnay.
staff-more-backups-button = Dooro la-taliyayaal beddel ah oo kale

## Moving the learners of a counsellor who left

staff-move-choose = { $count ->
        [one] Ardayda <b>{ $name }</b>: hal arday ayaa sugaya la-taliye cusub. Yaa qaadanaya?
       *[other] Ardayda <b>{ $name }</b>: { $count } arday ayaa sugaya la-taliye cusub. Yaa qaadanaya?
    }
staff-move-choice-button = U wareeji { $name }
staff-move-confirm = { $count ->
        [one] Ardayda <b>{ $name }</b>: ma u wareejinaysaa hal arday <b>{ $target }</b>?
       *[other] Ardayda <b>{ $name }</b>: ma u wareejinaysaa { $count } arday <b>{ $target }</b>?
    }
staff-move-confirm-button = Haa, u wareeji
staff-moved = { $count ->
        [one] Ardayda <b>{ $name }</b>: hal arday hadda wuxuu la-taliye u leeyahay <b>{ $target }</b>.
       *[other] Ardayda <b>{ $name }</b>: { $count } arday hadda waxay la-taliye u leeyihiin <b>{ $target }</b>.
    }

## Notices about backup counsellors (sent through the outbox)

notice-backup-for-learner =
    <b>{ $backup }</b> hadda waa la-taliyahaaga beddelka ah. { $backup } ayaa ku caawinaya marka { $counsellor } maqan yahay.
notice-backup-for-counsellor =
    Hadda waxaad tahay la-taliyaha beddelka ah ee <b>{ $name }</b>. Fariimihiisa waxaad heli doontaa marka la-taliyihiisa caadiga ahi maqan yahay.
