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
motivation-reason-mood-trend = tuju langes iga küsimusega: enne { $from }, nüüd { $mood }/5
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
motivation-reason-crisis-unanswered = kirjutas sõnu, mis võivad tähendada kriisi, ega vastanud { $minutes } minuti jooksul küsimusele turvalisuse kohta
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
## "Ask my counsellor": a question Polku cannot answer, relayed both ways

ask-not-understood =
    Sellele ma ise vastata ei oska. Võib-olla aitab üks neist:
    /plan – teie plaan
    /appointments – teie kohtumised
    /help – kõik, mida ma oskan teha
    Võin ka saata teie küsimuse teie nõustajale.
ask-counsellor-button = Küsi minu nõustajalt
ask-sent = Saatsin teie küsimuse teie nõustajale ({ $counsellor }). Vastus tuleb siia.
ask-nobody = Vabandust, ma ei saanud teie küsimust saata. Teil ei ole praegu Polkus nõustajat. Palun võtke ühendust keskuse kantseleiga.
ask-notice = <b>{ $name }</b> küsib: { $text }
ask-answer-button = Vasta
ask-answer-ask = Kirjutage oma vastus. Saadan selle Polkus. Saaja: { $name }
ask-answer-sent = Saatsin teie vastuse. Saaja: { $name }
ask-answer-gone = Ma ei saanud teie vastust saata. See õppija ei ole enam teie õppija või on Polkust lahkunud.
ask-answer-to-learner = Teie nõustaja { $counsellor } vastab: { $text }

## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).

check-in-when-button = 🕒 Vali päev ja kellaaeg
check-in-when-day = Ma küsin, kuidas teie plaaniga läheb. Mis päeval soovite seda küsimust saada? Praegu: { $current }.
check-in-when-default-rhythm = umbes nädal pärast eelmist
check-in-when-chosen = { $day }, kell { $time }
# The weekday, also a button: lower case, as Estonian writes it inside a sentence.
check-in-weekday = { $day ->
    [0] esmaspäev
    [1] teisipäev
    [2] kolmapäev
    [3] neljapäev
    [4] reede
    [5] laupäev
   *[6] pühapäev
}
check-in-when-default = Umbes nädal pärast eelmist
check-in-when-hour = Mis kellaajal? Päev: { $day }.
check-in-when-hour-button = { $time }
check-in-when-saved = Valmis. Küsin igal nädalal, kuidas teil läheb: { $day }, kell { $time }. Saate seda muuta käsuga /checkin.
check-in-when-saved-default = Valmis. Küsin, kuidas teil läheb, umbes nädal pärast eelmist korda. Saate seda muuta käsuga /checkin.
