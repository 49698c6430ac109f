## Motivation: escalation notices to counsellors, the kind message to the learner, crisis replies.

motivation-notice =
    { $head }
    { $who }
    Miks: { $reasons }
    Plaani järgmine samm: { $step }
    Järgmine kohtumine: { $meeting }
motivation-notice-who-score = { $name } · punktid { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Üks õppija võib teid vajada.
motivation-head-request = 🙋 Üks õppija soovib teiega rääkida.
motivation-head-crisis = 🚨 KIIRE: õppija kirjutas sõnu, mis võivad tähendada kriisi. Palun võtke temaga kohe ühendust.
motivation-head-forwarded = ⏰ Keegi ei ole sellele teatele veel vastanud. Kas saate aidata?
motivation-notice-step = { $type } (tähtaeg { $due })
motivation-notice-no-date = kuupäev puudub
motivation-notice-meeting = { $when }
motivation-notice-none = puudub
motivation-reason-low-mood = { $count ->
    [one] tuju { $mood }/5
   *[other] halb tuju viimasel ajal { $count } korda, madalaim { $mood }/5
}
motivation-reason-mood-drop = tuju langes: enne umbes { $average }, nüüd { $mood }/5
motivation-reason-unanswered = ei vastanud { $count } küsimusele või meeldetuletusele
motivation-reason-silence = { $days ->
    [one] ei ole { $days } päev ühendust võtnud
   *[other] ei ole { $days } päeva ühendust võtnud
}
motivation-reason-missed-meeting = { $count ->
    [one] ei tulnud kohtumisele { $date }
   *[other] ei tulnud { $count } kohtumisele, viimati { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] üks plaani samm on hiljaks jäänud
   *[other] { $count } plaani sammu on hiljaks jäänud
}
motivation-reason-help = palus abi plaani sammuga
motivation-reason-discouraged = kirjutas sõnu, mis näitavad, et ta on heitunud
motivation-reason-request = soovib teiega rääkida
motivation-reason-crisis = kirjutas sõnu, mis võivad tähendada kriisi
motivation-reason-other = muu märk ({ $count })
motivation-button-ack = Võtan ühendust
motivation-button-message = Saada sõnum
motivation-button-book = Broneeri kohtumine
motivation-button-not-needed = Ei ole vaja
motivation-escalation-gone = Seda teadet ei ole enam.
motivation-learner-will-contact = Teie nõustaja { $counsellor } võtab teiega varsti ühendust. Võite mulle ka igal ajal kirjutada.
motivation-learner-will-contact-someone = Keegi keskusest võtab teiega varsti ühendust. Võite mulle ka igal ajal kirjutada.
motivation-crisis-confirm =
    Ma tahan olla kindel, et te olete turvas. Kas te olete praegu ohus? Kas mõtlete sellele, et teha haiget endale või kellelegi teisele?
    Kui olete praegu ohus, helistage numbril 112.
motivation-crisis-yes = Jah, vajan kohe abi
motivation-crisis-no = Ei, ma olen turvas
motivation-crisis-help =
    Palun helistage kohe numbril 112, kui teie või keegi teine on ohus.
    Võite rääkida MIELI kriisitelefoniga: 09 2525 0111 (avatud alati).
    Ma andsin teie nõustajale teada. Nõustaja võtab teiega ühendust nii kiiresti kui võimalik.
motivation-crisis-safe = Aitäh, et rääkisite. Kui teil on halb olla, kirjutage mulle. Võite ka helistada MIELI kriisitelefonile: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Kuidas teie plaaniga läheb?
check-in-mood-1 = 😞 Väga halvasti
check-in-mood-2 = 🙁 Halvasti
check-in-mood-3 = 😐 Nii ja naa
check-in-mood-4 = 🙂 Hästi
check-in-mood-5 = 😄 Väga hästi
check-in-hardest = Mis on praegu kõige raskem? Valige üks või mitu ja vajutage siis Valmis.
option-hardest-language = Keel
option-hardest-money = Raha
option-hardest-health = Tervis
option-hardest-family = Pere
option-hardest-childcare = Lapsehoid
option-hardest-next_step = Ma ei tea järgmist sammu
option-hardest-other = Midagi muud
check-in-note = Kas soovite oma nõustajale midagi öelda? Kirjutage üks rida või vajutage Jäta vahele.
check-in-thanks = Aitäh! Hea kuulda. Kuidas teil läheb, võite mulle öelda igal ajal käsuga /mood.
check-in-thanks-low = Aitäh, et rääkisite. Kui soovite oma nõustajaga rääkida, vajutage nuppu.
check-in-note-to-counsellor =
    💬 { $name } vastas küsimusele tuju kohta ({ $mood }/5) ja kirjutas:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Räägi minu nõustajaga
motivation-request-sent = Ma andsin teie nõustajale { $counsellor } teada. Nõustaja võtab teiega varsti ühendust.
motivation-request-sent-someone = Ma andsin keskusele teada. Keegi võtab teiega varsti ühendust.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Õppijad, kes võivad teid praegu vajada:
motivation-escalations-none = Avatud teateid ei ole. Hea!
motivation-acknowledged = Aitäh. { $name } saab teada, et te võtate temaga ühendust.
motivation-not-needed-thanks = Märgitud: { $name } ei vaja praegu ühendust. See aitab meil teateid paremaks teha.
motivation-already-handled = Keegi on sellele teatele juba vastanud. Õppija: { $name }
motivation-message-ask = Kirjutage oma sõnum. Saadan selle edasi. Saaja: { $name }
motivation-message-to-learner =
    💬 Sõnum teie nõustajalt. Nõustaja: { $counsellor }
    { $text }
motivation-message-sent = Saadetud. Saaja: { $name }
motivation-book-how = Kohtumise jaoks saatke õppijale sõnum, kus on aeg. Võite ka paluda, et õppija broneerib kohtumise Polkus. Õppija: { $name }

## /mydata

mydata-motivation = Mitu korda te ütlesite mulle, kuidas teil läheb: { $check_ins }. Märgid, mida ma märkasin (näiteks halb tuju või kohtumine, kust te puudusite): { $signals }. Mitu korda ma teie nõustajale teada andsin: { $escalations }.
