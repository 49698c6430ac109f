## Motivaatio: ilmoitukset ohjaajalle, viesti oppijalle, kriisivastaukset.

motivation-notice =
    { $head }
    { $who }
    Miksi: { $reasons }
    Seuraava suunnitelman askel: { $step }
    Seuraava tapaaminen: { $meeting }
motivation-notice-who-score = { $name } · pisteet { $score }
motivation-notice-who = { $name }
motivation-head-score = ⚠️ Oppija saattaa tarvita sinua.
motivation-head-request = 🙋 Oppija haluaa puhua kanssasi.
motivation-head-crisis = 🚨 KIIREELLINEN: oppija kirjoitti sanoja, jotka voivat tarkoittaa kriisiä. Ota yhteyttä heti.
motivation-head-forwarded = ⏰ Kukaan ei ole vielä vastannut tähän ilmoitukseen. Voitko auttaa?
motivation-notice-step = { $type } (määräaika { $due })
motivation-notice-no-date = ei päivää
motivation-notice-meeting = { $when }
motivation-notice-none = ei ole
motivation-reason-low-mood = { $count ->
    [one] mieliala { $mood }/5
   *[other] huono mieliala { $count } kertaa viime aikoina, alimmillaan { $mood }/5
}
motivation-reason-mood-drop = mieliala laski noin { $average }:sta { $mood }/5:een
motivation-reason-mood-trend = mieliala laski kerta kerralta, { $from }/5 → { $mood }/5
motivation-reason-unanswered = ei vastannut { $count } kyselyyn tai muistutukseen
motivation-reason-silence = ei yhteyttä { $days } päivään
motivation-reason-missed-meeting = { $count ->
    [one] ei tullut tapaamiseen { $date }
   *[other] ei tullut { $count } tapaamiseen, viimeksi { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] yksi suunnitelman askel on myöhässä
   *[other] { $count } suunnitelman askelta on myöhässä
}
motivation-reason-help = pyysi apua suunnitelman askeleeseen
motivation-reason-discouraged = kirjoitti lannistuneita sanoja
motivation-reason-request = haluaa puhua kanssasi
motivation-reason-crisis = kirjoitti sanoja, jotka voivat tarkoittaa kriisiä
motivation-reason-crisis-unanswered = voi olla kriisissä: ei kertonut { $minutes } minuutissa, onko hän turvassa
motivation-reason-other = muu merkki ({ $count })
motivation-button-ack = Otan yhteyttä
motivation-button-message = Lähetä viesti
motivation-button-book = Varaa tapaaminen
motivation-button-not-needed = Ei tarpeen
motivation-escalation-gone = Tätä ilmoitusta ei ole enää.
motivation-learner-will-contact = Ohjaajasi { $counsellor } ottaa sinuun pian yhteyttä. Voit myös kirjoittaa minulle milloin vain.
motivation-learner-will-contact-someone = Joku keskuksesta ottaa sinuun pian yhteyttä. Voit myös kirjoittaa minulle milloin vain.
motivation-crisis-confirm =
    Haluan varmistaa, että olet turvassa. Oletko nyt vaarassa, tai ajatteletko satuttaa itseäsi tai jotakuta muuta?
    Jos olet nyt vaarassa, soita 112.
motivation-crisis-yes = Kyllä, tarvitsen apua nyt
motivation-crisis-no = En, olen turvassa
motivation-crisis-help =
    Soita heti 112, jos sinä tai joku muu on vaarassa.
    Voit soittaa MIELI-kriisipuhelimeen: 09 2525 0111. Se on aina auki.
    Kerroin ohjaajallesi. Hän ottaa sinuun yhteyttä niin pian kuin voi.
motivation-crisis-safe = Kiitos, että kerroit. Jos on vaikeaa, kirjoita minulle. Voit myös soittaa MIELI-kriisipuhelimeen: 09 2525 0111.

## Check-ins (learners)

check-in-mood = Miten suunnitelmasi kanssa menee?
check-in-mood-1 = 😞 Tosi huonosti
check-in-mood-2 = 🙁 Huonosti
check-in-mood-3 = 😐 Niin ja näin
check-in-mood-4 = 🙂 Hyvin
check-in-mood-5 = 😄 Tosi hyvin
check-in-hardest = Mikä on nyt vaikeinta? Valitse yksi tai useampi ja paina Valmis.
option-hardest-language = Kieli
option-hardest-money = Raha
option-hardest-health = Terveys
option-hardest-family = Perhe
option-hardest-childcare = Lastenhoito
option-hardest-next_step = En tiedä seuraavaa askelta
option-hardest-other = Jokin muu
check-in-note = Haluatko kertoa jotain ohjaajallesi? Kirjoita yksi rivi tai paina Ohita.
check-in-thanks = Kiitos! Kiva kuulla. Voit kertoa minulle vointisi milloin vain komennolla /mood.
check-in-thanks-low = Kiitos, että kerroit. Jos haluat puhua ohjaajasi kanssa, paina painiketta.
check-in-note-to-counsellor =
    💬 { $name } vastasi kyselyyn (mieliala { $mood }/5) ja kirjoitti:
    { $text }

## "Talk to my counsellor"

motivation-button-counsellor = Haluan puhua ohjaajani kanssa
motivation-request-sent = Kerroin ohjaajallesi { $counsellor }. Hän ottaa sinuun pian yhteyttä.
motivation-request-sent-someone = Kerroin keskukseen. Joku ottaa sinuun pian yhteyttä.

## Counsellors: /escalations and the notice's buttons

motivation-escalations-head = Nämä opiskelijat saattavat tarvita sinua nyt:
motivation-escalations-none = Ei avoimia ilmoituksia. Hyvä!
motivation-acknowledged = Kiitos. { $name } saa tiedon, että otat häneen yhteyttä.
motivation-not-needed-thanks = Merkitty: ei tarpeen ({ $name }). Tämä auttaa parantamaan ilmoituksia.
motivation-already-handled = Joku on jo vastannut tähän ilmoitukseen ({ $name }).
motivation-message-ask = Kirjoita viestisi opiskelijalle { $name }. Lähetän sen hänelle.
motivation-message-to-learner =
    💬 Viesti ohjaajaltasi { $counsellor }:
    { $text }
motivation-message-sent = Lähetetty: { $name }.
motivation-book-how = Tapaaminen ({ $name }): lähetä hänelle viesti ja ehdota aikaa. Tai pyydä häntä varaamaan aika Polussa.

## /mydata

mydata-motivation = Vastauksesi vointikyselyihin: { $check_ins }. Huomaamamme merkit (esimerkiksi huono mieliala tai väliin jäänyt tapaaminen): { $signals }. Kuinka monta kertaa kerroin ohjaajallesi: { $escalations }.
## "Ask my counsellor"

ask-not-understood =
    En osaa vastata tähän itse. Ehkä joku näistä auttaa:
    /plan – suunnitelmasi
    /appointments – tapaamisesi
    /help – kaikki, mitä osaan
    Voin myös lähettää kysymyksesi ohjaajallesi.
ask-counsellor-button = Kysy ohjaajaltani
ask-sent = Lähetin kysymyksesi: { $counsellor }. Saat vastauksen tänne, tähän keskusteluun.
ask-nobody = Valitettavasti en voinut lähettää kysymystäsi. Sinulla ei ole nyt ohjaajaa Polussa. Ota yhteyttä osaamiskeskuksen toimistoon.
ask-notice = <b>{ $name }</b> kysyy: { $text }
ask-answer-button = Vastaa
ask-answer-ask = Kirjoita vastauksesi: { $name }. Lähetän sen Polussa.
ask-answer-sent = Lähetin vastauksesi: { $name }.
ask-answer-gone = En voinut lähettää vastaustasi. Opiskelija ei ole enää sinun opiskelijasi, tai hän on lähtenyt Polusta.
ask-answer-to-learner = Ohjaajasi { $counsellor } vastaa: { $text }
## Choosing when the weekly check-in comes (/checkin, or the button under the check-in).
check-in-when-button = 🕒 Valitse, milloin kysyn tämän
check-in-when-day = Kysyn sinulta, miten suunnitelmasi sujuu. Minä päivänä haluat tämän kysymyksen? Nyt kysymys tulee: { $current }.
check-in-when-default-rhythm = noin kerran viikossa, ei tiettynä päivänä
check-in-when-chosen = { $day } klo { $time }
check-in-weekday = { $day ->
    [0] maanantai
    [1] tiistai
    [2] keskiviikko
    [3] torstai
    [4] perjantai
    [5] lauantai
   *[6] sunnuntai
}
check-in-when-default = Ei tiettyä päivää, noin kerran viikossa
check-in-when-hour = Mihin aikaan? ({ $day })
check-in-when-hour-button = { $time }
check-in-when-saved = Valmis. Kysyn joka viikko, miten menee: { $day } klo { $time }. Voit muuttaa tämän komennolla /checkin.
check-in-when-saved-default = Valmis. Kysyn noin kerran viikossa, miten menee, en tiettynä päivänä. Voit muuttaa tämän komennolla /checkin.
