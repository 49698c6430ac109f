## Motivaatio: ilmoitukset ohjaajalle, viesti oppijalle, kriisivastaukset.

motivation-notice =
    { $head }
    { $name } · pisteet { $score }
    Miksi: { $reasons }
    Seuraava suunnitelman askel: { $step }
    Seuraava tapaaminen: { $meeting }
motivation-head-score = ⚠️ Oppija saattaa tarvita sinua.
motivation-head-request = 🙋 Oppija haluaa puhua kanssasi.
motivation-head-crisis = 🚨 KIIREELLINEN: oppija kirjoitti sanoja, jotka voivat tarkoittaa kriisiä. Ota yhteyttä heti.
motivation-head-forwarded = ⏰ Kukaan ei ole vielä vastannut tähän ilmoitukseen. Voitko auttaa?
motivation-notice-step = { $type } (määräaika { $due })
motivation-notice-no-date = ei päivää
motivation-notice-meeting = { $when }
motivation-notice-none = ei ole
motivation-reason-low-mood = mieliala { $mood }/5 { $count ->
    [one] kerran
   *[other] { $count } kertaa peräkkäin
}
motivation-reason-mood-drop = mieliala laski noin { $average }:sta { $mood }/5:een
motivation-reason-unanswered = ei vastannut { $count } kyselyyn tai muistutukseen
motivation-reason-silence = ei yhteyttä { $days } päivään
motivation-reason-missed-meeting = { $count ->
    [one] ei tullut tapaamiseen { $date }
   *[other] ei tullut { $count } tapaamiseen, viimeksi { $date }
}
motivation-reason-overdue-step = { $count ->
    [one] yksi askel on myöhässä
   *[other] { $count } askelta on myöhässä
}
motivation-reason-help = pyysi apua suunnitelman askeleeseen
motivation-reason-discouraged = kirjoitti lannistuneita sanoja
motivation-reason-request = haluaa puhua kanssasi
motivation-reason-crisis = kirjoitti sanoja, jotka voivat tarkoittaa kriisiä
motivation-reason-other = muu merkki ({ $count })
motivation-button-ack = Otan yhteyttä
motivation-button-message = Lähetä viesti
motivation-button-book = Varaa tapaaminen
motivation-button-not-needed = Ei tarpeen
motivation-escalation-gone = Tätä ilmoitusta ei ole enää.
motivation-learner-will-contact = Ohjaajasi { $counsellor } ottaa sinuun pian yhteyttä. Voit myös kirjoittaa minulle milloin vain.
motivation-learner-will-contact-someone = Joku keskuksesta ottaa sinuun pian yhteyttä. Voit myös kirjoittaa minulle milloin vain.
motivation-crisis-confirm = Haluan varmistaa, että olet turvassa. Oletko nyt vaarassa, tai ajatteletko satuttaa itseäsi tai jotakuta muuta?
motivation-crisis-yes = Kyllä, tarvitsen apua nyt
motivation-crisis-no = En, olen turvassa
motivation-crisis-help =
    Soita heti 112, jos sinä tai joku muu on vaarassa.
    Voit puhua jonkun kanssa MIELI ry:n kriisipuhelimessa: 09 2525 0111 (aina auki).
    Kerroin ohjaajallesi. Hän ottaa sinuun yhteyttä niin pian kuin voi.
motivation-crisis-safe = Kiitos, että kerroit. Jos on vaikeaa, kirjoita minulle tai soita MIELI ry:n kriisipuhelimeen: 09 2525 0111.
